using Injector.Core.Templating.Formatting;

using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>Sprig's type functions: Go type names (<c>%T</c>) and reflect kinds of the engine's values.</summary>
internal static class SprigReflection
{
    public static void Register(TemplateFunctionMap map)
    {
        map.Set("typeOf", static a =>
        {
            Exactly(a, 1, "typeOf");
            return GoTypeName.Of(a[0]);
        });
        map.Set("typeIs", static a =>
        {
            Exactly(a, 2, "typeIs");
            return String(a, 0) == GoTypeName.Of(a[1]);
        });
        map.Set("typeIsLike", static a =>
        {
            Exactly(a, 2, "typeIsLike");
            string target = String(a, 0);
            string type = GoTypeName.Of(a[1]);
            return target == type || "*" + target == type;
        });
        map.Set("kindOf", static a =>
        {
            Exactly(a, 1, "kindOf");
            return FunctionValues.KindOf(a[0]);
        });
        map.Set("kindIs", static a =>
        {
            Exactly(a, 2, "kindIs");
            return String(a, 0) == FunctionValues.KindOf(a[1]);
        });
        map.Set("deepEqual", static a =>
        {
            Exactly(a, 2, "deepEqual");
            return FunctionValues.DeepEqual(a[0], a[1]);
        });
    }
}
