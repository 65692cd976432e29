namespace Injector.Core.Injection.TemplateData;

/// <summary>A protobuf message type: Go type name and fields in declaration order (the order protobuf-JSON writes them).</summary>
internal sealed class ProtoMessageType
{
    private readonly List<ProtoField> _fields = [];
    private readonly Dictionary<string, ProtoField> _byGoName = new(StringComparer.Ordinal);

    public ProtoMessageType(string typeName)
    {
        TypeName = typeName;
    }

    public string TypeName { get; }

    public IReadOnlyList<ProtoField> Fields => _fields;

    /// <summary>Adds a field by its proto name (<c>drain_duration</c>), deriving the Go and JSON names as protoc does.</summary>
    public ProtoMessageType Add(string protoName, ProtoKind kind, ProtoMessageType? message = null, ProtoEnumType? enumType = null, object? wrapperZero = null)
    {
        string[] parts = protoName.Split('_');
        string goName = string.Concat(parts.Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
        string jsonName = char.ToLowerInvariant(goName[0]) + goName[1..];
        var field = new ProtoField(goName, jsonName, kind) { MessageType = message, EnumType = enumType, WrapperZero = wrapperZero };
        _fields.Add(field);
        _byGoName[goName] = field;
        return this;
    }

    public bool TryGetField(string goName, out ProtoField field) => _byGoName.TryGetValue(goName, out field!);
}
