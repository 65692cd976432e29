using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>Sprig's defaults and flow functions: default, empty, coalesce, all, any, ternary, fail.</summary>
internal static class SprigDefaults
{
    public static void Register(TemplateFunctionMap map)
    {
        // The piped value comes last and may be missing altogether: `default "d"` alone yields "d".
        map.Set("default", static a =>
        {
            AtLeast(a, 1, "default");
            return a.Length < 2 || FunctionValues.IsEmpty(a[1]) ? a[0] : a[1];
        });
        map.Set("empty", static a =>
        {
            Exactly(a, 1, "empty");
            return FunctionValues.IsEmpty(a[0]);
        });
        map.Set("coalesce", static a =>
        {
            foreach (var value in a)
            {
                if (!FunctionValues.IsEmpty(value))
                {
                    return value;
                }
            }

            return null;
        });
        map.Set("all", static a =>
        {
            foreach (var value in a)
            {
                if (FunctionValues.IsEmpty(value))
                {
                    return false;
                }
            }

            return true;
        });
        map.Set("any", static a =>
        {
            foreach (var value in a)
            {
                if (!FunctionValues.IsEmpty(value))
                {
                    return true;
                }
            }

            return false;
        });
        map.Set("ternary", static a =>
        {
            Exactly(a, 3, "ternary");
            return Bool(a, 2) ? a[0] : a[1];
        });
        map.Set("fail", static a =>
        {
            Exactly(a, 1, "fail");
            throw new TemplateFunctionException(String(a, 0));
        });
    }
}
