using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary>One stage of a pipeline: a function, field, variable or constant, and its arguments.</summary>
internal sealed class CommandNode(int position, Node[] arguments) : Node(position)
{
    public Node[] Arguments { get; } = arguments;

    public override void WriteTo(StringBuilder builder)
    {
        for (int i = 0; i < Arguments.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            if (Arguments[i] is PipeNode)
            {
                builder.Append('(');
                Arguments[i].WriteTo(builder);
                builder.Append(')');
            }
            else
            {
                Arguments[i].WriteTo(builder);
            }
        }
    }
}
