using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary><c>{{else}}</c>: separates a control structure's branches; exists only while parsing.</summary>
internal sealed class ElseNode(int position) : Node(position)
{
    public override void WriteTo(StringBuilder builder) => builder.Append("{{else}}");
}
