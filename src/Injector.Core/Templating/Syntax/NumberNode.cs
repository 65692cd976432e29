using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary>
/// A numeric or character constant. <see cref="Value"/> is what Go's untyped constant becomes as an
/// <c>interface{}</c>: an int (<see cref="int"/> or <see cref="long"/>) or a float64 (<see cref="double"/>);
/// null for an unsigned constant too large for an int, which Go rejects only when it is evaluated.
/// </summary>
internal sealed class NumberNode(int position, string text, object? value) : Node(position)
{
    public string Text { get; } = text;

    public object? Value { get; } = value;

    public override void WriteTo(StringBuilder builder) => builder.Append(Text);
}
