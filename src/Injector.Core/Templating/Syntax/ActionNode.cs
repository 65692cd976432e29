using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary>An action <c>{{pipeline}}</c>: its value is printed unless the pipeline declares variables.</summary>
internal sealed class ActionNode(int position, PipeNode pipe) : Node(position)
{
    public PipeNode Pipe { get; } = pipe;

    public override void WriteTo(StringBuilder builder)
    {
        builder.Append("{{");
        Pipe.WriteTo(builder);
        builder.Append("}}");
    }
}
