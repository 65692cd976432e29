using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary>The common shape of <c>if</c>, <c>range</c> and <c>with</c>: a pipeline, a body and an optional else.</summary>
internal abstract class BranchNode(int position, PipeNode pipe, ListNode list, ListNode? elseList) : Node(position)
{
    public PipeNode Pipe { get; } = pipe;

    public ListNode List { get; } = list;

    public ListNode? ElseList { get; } = elseList;

    protected abstract string Keyword { get; }

    public override void WriteTo(StringBuilder builder)
    {
        builder.Append("{{").Append(Keyword).Append(' ');
        Pipe.WriteTo(builder);
        builder.Append("}}");
        List.WriteTo(builder);
        if (ElseList is not null)
        {
            builder.Append("{{else}}");
            ElseList.WriteTo(builder);
        }

        builder.Append("{{end}}");
    }
}
