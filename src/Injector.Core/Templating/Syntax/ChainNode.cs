using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary>A field chain on a parenthesized pipeline or other term: <c>(index . 0).Name</c>.</summary>
internal sealed class ChainNode(int position, Node target, string[] fields) : Node(position)
{
    public Node Target { get; } = target;

    public string[] Fields { get; } = fields;

    public override void WriteTo(StringBuilder builder)
    {
        if (Target is PipeNode)
        {
            builder.Append('(');
            Target.WriteTo(builder);
            builder.Append(')');
        }
        else
        {
            Target.WriteTo(builder);
        }

        foreach (var field in Fields)
        {
            builder.Append('.').Append(field);
        }
    }
}
