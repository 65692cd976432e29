using Injector.Core.Templating;

namespace Injector.Core.Injection.TemplateData;

/// <summary>A protobuf wrapper (<c>*wrapperspb.BoolValue</c>, ...): nil when absent, its getter still answering the zero value.</summary>
internal sealed class ProtoWrapperView : ITemplateObject
{
    private readonly object? _value;

    public ProtoWrapperView(string typeName, object? value, bool isNil)
    {
        TypeName = typeName;
        _value = value;
        IsNil = isNil;
    }

    public string TypeName { get; }

    public bool IsNil { get; }

    public bool TryGetMember(string name, out object? value)
    {
        value = _value;
        return name is "GetValue" or "Value";
    }
}
