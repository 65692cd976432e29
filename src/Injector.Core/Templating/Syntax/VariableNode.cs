using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary>A variable with optional field chain: <c>$x</c>, <c>$x.Field.Key</c>, <c>$</c>.</summary>
internal sealed class VariableNode(int position, string name, string[] fields) : Node(position)
{
    public string Name { get; } = name;

    public string[] Fields { get; } = fields;

    public override void WriteTo(StringBuilder builder)
    {
        builder.Append(Name);
        foreach (var field in Fields)
        {
            builder.Append('.').Append(field);
        }
    }
}
