using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary><c>{{continue}}</c>: starts the next iteration of the innermost range.</summary>
internal sealed class ContinueNode(int position) : Node(position)
{
    public override void WriteTo(StringBuilder builder) => builder.Append("{{continue}}");
}
