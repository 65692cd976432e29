using Injector.Core.Templating;
using Injector.Core.Templating.Functions;

namespace Injector.Core.Tests.Templating.Functions;

/// <summary>Calls library functions by name, as a template would.</summary>
internal static class FunctionCalls
{
    private static readonly TemplateFunctionMap s_injection = FunctionLibrary.CreateInjection();
    private static readonly TemplateFunctionMap s_sprig = FunctionLibrary.CreateSprig();

    public static object? Call(string name, params object?[] args)
    {
        Assert.True(s_injection.TryGet(name, out var function), $"{name} is not defined");
        return function(args);
    }

    public static object? CallSprig(string name, params object?[] args)
    {
        Assert.True(s_sprig.TryGet(name, out var function), $"{name} is not defined");
        return function(args);
    }
}
