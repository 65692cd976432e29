using Injector.Core.Templating;
using Injector.Core.Templating.Functions;

namespace Injector.Core.Tests.Templating.Functions;

/// <summary>Calls library functions by name, as a template would.</summary>
internal static class FunctionCalls
{
    private static readonly TemplateFunctionMap Injection = FunctionLibrary.CreateInjection();
    private static readonly TemplateFunctionMap Sprig = FunctionLibrary.CreateSprig();

    public static object? Call(string name, params object?[] args)
    {
        Assert.True(Injection.TryGet(name, out var function), $"{name} is not defined");
        return function(args);
    }

    public static object? CallSprig(string name, params object?[] args)
    {
        Assert.True(Sprig.TryGet(name, out var function), $"{name} is not defined");
        return function(args);
    }
}

/// <summary>A Go struct view backed by a dictionary of members.</summary>
internal sealed class FakeObject(string typeName, Dictionary<string, object?> members) : ITemplateObject
{
    public string TypeName => typeName;

    public bool TryGetMember(string name, out object? value) => members.TryGetValue(name, out value);
}
