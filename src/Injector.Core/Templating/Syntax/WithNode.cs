namespace Injector.Core.Templating.Syntax;

/// <summary><c>{{with pipeline}} ... {{else}} ... {{end}}</c>.</summary>
internal sealed class WithNode(int position, PipeNode pipe, ListNode list, ListNode? elseList)
    : BranchNode(position, pipe, list, elseList)
{
    protected override string Keyword => "with";
}
