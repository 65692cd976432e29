using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary>The cursor <c>.</c>.</summary>
internal sealed class DotNode(int position) : Node(position)
{
    public override void WriteTo(StringBuilder builder) => builder.Append('.');
}
