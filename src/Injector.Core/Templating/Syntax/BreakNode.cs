using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary><c>{{break}}</c>: leaves the innermost range.</summary>
internal sealed class BreakNode(int position) : Node(position)
{
    public override void WriteTo(StringBuilder builder) => builder.Append("{{break}}");
}
