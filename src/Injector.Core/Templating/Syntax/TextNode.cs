using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary>Literal text copied to the output.</summary>
internal sealed class TextNode(int position, string text) : Node(position)
{
    public string Text { get; } = text;

    public override void WriteTo(StringBuilder builder) =>
        builder.Append(Formatting.GoFormat.Sprintf("%q", [Text]));
}
