using Injector.Core.Templating;

namespace Injector.Core.Tests.Templating.Execution;

/// <summary>The data and functions the Go-generated parity cases ran with.</summary>
internal static class TestData
{
    public static Dictionary<string, object?> Values() => new()
    {
        ["n"] = null,
        ["m"] = new Dictionary<string, object?> { ["x"] = 1, ["y"] = new Dictionary<string, object?> { ["z"] = "deep" } },
        ["s"] = new Dictionary<string, string> { ["a"] = "b" },
        ["l"] = new List<object?> { 1, "a", null, new Dictionary<string, object?> { ["k"] = "v" } },
        ["ls"] = new List<string> { "p", "q" },
        ["f"] = 1.5,
        ["i"] = 3,
        ["str"] = "hi",
        ["t"] = true,
        ["e"] = string.Empty,
        ["big"] = 1000000.0,
        ["u"] = "héllo",
    };

    public static TemplateFunctionMap Functions() => new TemplateFunctionMap()
        .Set("id", args => args.Length == 1
            ? args[0]
            : throw new TemplateFunctionException($"wrong number of args for id: want 1 got {args.Length}"))
        .Set("nilf", _ => null)
        .Set("fail", _ => throw new TemplateFunctionException("boom"))
        .Set("join2", args => args.Length == 2
            ? Injector.Core.Templating.Formatting.GoFormat.Sprint(args[0]) + "+" + Injector.Core.Templating.Formatting.GoFormat.Sprint(args[1])
            : throw new TemplateFunctionException($"wrong number of args for join2: want 2 got {args.Length}"));
}
