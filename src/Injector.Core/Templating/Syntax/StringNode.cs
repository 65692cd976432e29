using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary>A string constant; <see cref="Quoted"/> is the source form, <see cref="Text"/> the unquoted value.</summary>
internal sealed class StringNode(int position, string quoted, string text) : Node(position)
{
    public string Quoted { get; } = quoted;

    public string Text { get; } = text;

    public override void WriteTo(StringBuilder builder) => builder.Append(Quoted);
}
