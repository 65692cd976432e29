using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary>The untyped constant <c>nil</c>.</summary>
internal sealed class NilNode(int position) : Node(position)
{
    public override void WriteTo(StringBuilder builder) => builder.Append("nil");
}
