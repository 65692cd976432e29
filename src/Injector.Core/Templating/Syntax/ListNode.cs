using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary>A sequence of nodes: a template body or a branch of a control structure.</summary>
internal sealed class ListNode(int position, Node[] nodes) : Node(position)
{
    public Node[] Nodes { get; } = nodes;

    public override void WriteTo(StringBuilder builder)
    {
        foreach (var node in Nodes)
        {
            node.WriteTo(builder);
        }
    }
}
