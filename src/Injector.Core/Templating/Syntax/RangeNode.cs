namespace Injector.Core.Templating.Syntax;

/// <summary><c>{{range pipeline}} ... {{else}} ... {{end}}</c>.</summary>
internal sealed class RangeNode(int position, PipeNode pipe, ListNode list, ListNode? elseList)
    : BranchNode(position, pipe, list, elseList)
{
    protected override string Keyword => "range";
}
