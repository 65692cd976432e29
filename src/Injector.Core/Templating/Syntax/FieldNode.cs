using System.Text;

namespace Injector.Core.Templating.Syntax;

/// <summary>A field chain on the cursor: <c>.Values.global.hub</c>.</summary>
internal sealed class FieldNode(int position, string[] fields) : Node(position)
{
    public string[] Fields { get; } = fields;

    public override void WriteTo(StringBuilder builder)
    {
        foreach (var field in Fields)
        {
            builder.Append('.').Append(field);
        }
    }
}
