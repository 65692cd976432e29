using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary>The constant <c>true</c> or <c>false</c>.</summary>
internal sealed class BoolNode(int position, bool value) : Node(position)
{
    public bool Value { get; } = value;

    public override void WriteTo(StringBuilder builder) => builder.Append(Value ? "true" : "false");
}
