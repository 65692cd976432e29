namespace Injector.Core.Injection.TemplateData;

/// <summary>A protobuf enum: its Go type name and its value names by number (the first listed is the zero value).</summary>
internal sealed class ProtoEnumType
{
    public ProtoEnumType(string typeName, params (string Name, int Number)[] values)
    {
        TypeName = typeName;
        Values = values;
    }

    public string TypeName { get; }

    public IReadOnlyList<(string Name, int Number)> Values { get; }

    public string ZeroName => Values.FirstOrDefault(v => v.Number == 0).Name ?? "0";
}
