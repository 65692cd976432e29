namespace Injector.Core.Templating.Syntax;

/// <summary><c>{{if pipeline}} ... {{else}} ... {{end}}</c>.</summary>
internal sealed class IfNode(int position, PipeNode pipe, ListNode list, ListNode? elseList)
    : BranchNode(position, pipe, list, elseList)
{
    protected override string Keyword => "if";
}
