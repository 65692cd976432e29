using Injector.Core.Templating;

namespace Injector.Core.Tests.Templating.Execution;

/// <summary>A Go struct pointer stand-in: members by name, optionally a nil pointer.</summary>
internal sealed class FakeStruct(string typeName, Dictionary<string, object?> members, bool isNil = false) : ITemplateObject
{
    public string TypeName { get; } = typeName;

    public bool IsNil { get; } = isNil;

    public bool TryGetMember(string name, out object? value) => members.TryGetValue(name, out value);
}
