using Injector.Core.Templating;

namespace Injector.Core.Injection.TemplateData;

/// <summary>A protobuf enum value: prints its name (Go's <c>String()</c>) and answers <c>.String</c> and <c>.Number</c>.</summary>
internal sealed class ProtoEnumValue : ITemplateObject, IGoStringer
{
    public ProtoEnumValue(ProtoEnumType type, string name)
    {
        Type = type;
        Name = name;
    }

    public ProtoEnumType Type { get; }

    public string Name { get; }

    public string TypeName => Type.TypeName;

    public string GoString() => Name;

    public bool TryGetMember(string name, out object? value)
    {
        switch (name)
        {
            case "String":
                value = Name;
                return true;
            case "Number":
                value = Type.Values.FirstOrDefault(v => v.Name == Name).Number;
                return true;
            default:
                value = null;
                return false;
        }
    }

    public override string ToString() => Name;
}
