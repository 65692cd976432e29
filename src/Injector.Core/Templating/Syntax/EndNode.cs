using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary><c>{{end}}</c>: closes a control structure; exists only while parsing.</summary>
internal sealed class EndNode(int position) : Node(position)
{
    public override void WriteTo(StringBuilder builder) => builder.Append("{{end}}");
}
