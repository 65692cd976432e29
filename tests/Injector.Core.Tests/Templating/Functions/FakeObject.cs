using Injector.Core.Templating;

namespace Injector.Core.Tests.Templating.Functions;

/// <summary>A Go struct view backed by a dictionary of members.</summary>
internal sealed class FakeObject(string typeName, Dictionary<string, object?> members) : ITemplateObject
{
    public string TypeName => typeName;

    public bool TryGetMember(string name, out object? value) => members.TryGetValue(name, out value);
}
