using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>Sprig's path functions (Go's slash-separated <c>path</c> package; the <c>os*</c> variants behave the same
/// because injection runs with Linux paths).</summary>
internal static class SprigPaths
{
    public static void Register(TemplateFunctionMap map)
    {
        foreach (string prefix in new[] { string.Empty, "os" })
        {
            Add(map, prefix, "base", GoPath.Base);
            Add(map, prefix, "dir", GoPath.Dir);
            Add(map, prefix, "clean", GoPath.Clean);
            Add(map, prefix, "ext", GoPath.Ext);
            Add(map, prefix, "isAbs", static p => p.StartsWith('/'));
        }
    }

    private static void Add(TemplateFunctionMap map, string prefix, string name, Func<string, object?> f)
    {
        string full = prefix.Length == 0 ? name : prefix + char.ToUpperInvariant(name[0]) + name[1..];
        map.Set(full, a =>
        {
            Exactly(a, 1, full);
            return f(String(a, 0));
        });
    }
}
