using Injector.Core.Templating.Formatting;
using Injector.Core.Templating.Functions.Encoding;

using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Istio;

/// <summary>Istio's functions over pod metadata and string maps: annotation, isset, valueOrDefault, strdict, omit,
/// mergeMaps, toJsonMap, toJSON.</summary>
internal static class IstioMetadata
{
    public static void Register(TemplateFunctionMap map)
    {
        map.Set("annotation", static a =>
        {
            Exactly(a, 3, "annotation");
            var annotations = Annotations(a[0]);
            return annotations.TryGetValue(String(a, 1), out var value) ? value : GoFormat.Sprint(a[2]);
        });
        map.Set("isset", static a =>
        {
            Exactly(a, 2, "isset");
            return StringMap(a, 0).ContainsKey(String(a, 1));
        });

        // Unlike Sprig's default, only "" and nil count as unset: 0 and false are kept.
        map.Set("valueOrDefault", static a =>
        {
            Exactly(a, 2, "valueOrDefault");
            return a[0] is null or "" ? a[1] : a[0];
        });
        map.Set("strdict", static a =>
        {
            var values = Strings(a, 0);
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < values.Length; i += 2)
            {
                result[values[i]] = i + 1 < values.Length ? values[i + 1] : string.Empty;
            }

            return result;
        });
        map.Set("omit", static a =>
        {
            AtLeast(a, 1, "omit");
            var omit = Strings(a, 1).ToHashSet(StringComparer.Ordinal);
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in StringMap(a, 0))
            {
                if (!omit.Contains(key))
                {
                    result[key] = value;
                }
            }

            return result;
        });
        map.Set("mergeMaps", static a => MergeMaps(a));
        map.Set("toJsonMap", static a => GoJsonWriter.Serialize(MergeMaps(a)));
        map.Set("toJSON", static a =>
        {
            Exactly(a, 1, "toJSON");
            return a[0] is null ? "{}" : GoJsonWriter.Serialize(StringMap(a, 0));
        });
    }

    // Later maps win; no maps at all is a nil map.
    private static Dictionary<string, string>? MergeMaps(ReadOnlySpan<object?> a)
    {
        if (a.Length == 0)
        {
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < a.Length; i++)
        {
            foreach (var (key, value) in StringMap(a, i))
            {
                result[key] = value;
            }
        }

        return result;
    }

    private static IReadOnlyDictionary<string, string> Annotations(object? meta)
    {
        if (meta is not ITemplateObject obj)
        {
            throw WrongType("v1.ObjectMeta", meta);
        }

        return obj.TryGetMember("Annotations", out var annotations) && annotations is IReadOnlyDictionary<string, string> map
            ? map
            : EmptyStringMap;
    }
}
