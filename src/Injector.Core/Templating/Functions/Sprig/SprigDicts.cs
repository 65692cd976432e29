using Injector.Core.Templating.Formatting;

using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>
/// Sprig's dict functions. <c>set</c>, <c>unset</c> and <c>merge*</c> change their first map in place as Go does
/// when it is a mutable dictionary (one <c>dict</c> made); a read-only map is copied instead. <c>keys</c> and
/// <c>values</c> come out in sorted key order where Go's map order would be random.
/// </summary>
internal static class SprigDicts
{
    // copystructure asks reflect for the type of an untyped nil.
    private const string ZeroValueType = "reflect: call of reflect.Value.Type on zero Value";

    // A failed Go type assertion on an interface {} names nil as "nil", unlike fmt's "<nil>".
    private static TemplateFunctionException ConversionError(object? value, string wanted) =>
        new($"interface conversion: interface {{}} is {(value is null ? "nil" : GoTypeName.Of(value))}, not {wanted}");

    public static void Register(TemplateFunctionMap map)
    {
        map.Set("dict", static a =>
        {
            var result = NewMap();
            for (int i = 0; i < a.Length; i += 2)
            {
                result[FunctionValues.ToDisplayString(a[i])] = i + 1 < a.Length ? a[i + 1] : string.Empty;
            }

            return result;
        });
        map.Set("get", static a =>
        {
            Exactly(a, 2, "get");
            return Map(a, 0).TryGetValue(String(a, 1), out var value) ? value : string.Empty;
        });
        map.Set("set", static a =>
        {
            Exactly(a, 3, "set");
            if (a[0] is null)
            {
                throw new TemplateFunctionException("assignment to entry in nil map");
            }

            var target = Mutable(Map(a, 0));
            target[String(a, 1)] = a[2];
            return target;
        });
        map.Set("unset", static a =>
        {
            Exactly(a, 2, "unset");
            var target = Mutable(Map(a, 0));
            target.Remove(String(a, 1));
            return target;
        });
        map.Set("hasKey", static a =>
        {
            Exactly(a, 2, "hasKey");
            return Map(a, 0).ContainsKey(String(a, 1));
        });
        map.Set("pluck", static a =>
        {
            AtLeast(a, 1, "pluck");
            string key = String(a, 0);
            var result = new List<object?>();
            for (int i = 1; i < a.Length; i++)
            {
                if (Map(a, i).TryGetValue(key, out var value))
                {
                    result.Add(value);
                }
            }

            return result;
        });
        map.Set("keys", static a =>
        {
            var result = new List<string>();
            for (int i = 0; i < a.Length; i++)
            {
                result.AddRange(Map(a, i).Keys.Order(StringComparer.Ordinal));
            }

            return (IReadOnlyList<string>)result;
        });
        map.Set("values", static a =>
        {
            Exactly(a, 1, "values");
            return Map(a, 0).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToList();
        });
        map.Set("pick", static a =>
        {
            AtLeast(a, 1, "pick");
            var source = Map(a, 0);
            var result = NewMap();
            foreach (string key in Strings(a, 1))
            {
                if (source.TryGetValue(key, out var value))
                {
                    result[key] = value;
                }
            }

            return result;
        });
        map.Set("omit", static a =>
        {
            AtLeast(a, 1, "omit");
            var omit = Strings(a, 1).ToHashSet(StringComparer.Ordinal);
            var result = NewMap();
            foreach (var (key, value) in Map(a, 0))
            {
                if (!omit.Contains(key))
                {
                    result[key] = value;
                }
            }

            return result;
        });
        map.Set("merge", static a => Merge(a, "merge", overwrite: false));
        map.Set("mustMerge", static a => Merge(a, "mustMerge", overwrite: false));
        map.Set("mergeOverwrite", static a => Merge(a, "mergeOverwrite", overwrite: true));
        map.Set("mustMergeOverwrite", static a => Merge(a, "mustMergeOverwrite", overwrite: true));
        map.Set("deepCopy", static a =>
        {
            Exactly(a, 1, "deepCopy");
            return a[0] is null ? throw new TemplateFunctionException(ZeroValueType) : DeepCopy(a[0]);
        });
        map.Set("mustDeepCopy", static a =>
        {
            Exactly(a, 1, "mustDeepCopy");
            return a[0] is null ? throw new TemplateFunctionException(ZeroValueType) : DeepCopy(a[0]);
        });
        map.Set("dig", static a =>
        {
            if (a.Length < 3)
            {
                throw new TemplateFunctionException("dig needs at least three arguments");
            }

            var current = a[^1] as IReadOnlyDictionary<string, object?>
                ?? throw ConversionError(a[^1], "map[string]interface {}");
            object? fallback = a[^2];
            for (int i = 0; i < a.Length - 2; i++)
            {
                string key = a[i] as string
                    ?? throw ConversionError(a[i], "string");
                if (!current.TryGetValue(key, out var step))
                {
                    return fallback;
                }

                if (i == a.Length - 3)
                {
                    return step;
                }

                current = step as IReadOnlyDictionary<string, object?>
                    ?? throw ConversionError(step, "map[string]interface {}");
            }

            return fallback;
        });
    }

    private static Dictionary<string, object?> NewMap() => new(StringComparer.Ordinal);

    private static IDictionary<string, object?> Mutable(IReadOnlyDictionary<string, object?> map) =>
        map is IDictionary<string, object?> { IsReadOnly: false } mutable
            ? mutable
            : new Dictionary<string, object?>(map, StringComparer.Ordinal);

    // mergo: fills keys the destination lacks (or, overwriting, replaces them), recursing into maps on both sides.
    private static object? Merge(ReadOnlySpan<object?> a, string name, bool overwrite)
    {
        AtLeast(a, 1, name);
        var target = Mutable(Map(a, 0));
        for (int i = 1; i < a.Length; i++)
        {
            MergeInto(target, Map(a, i), overwrite);
        }

        return target;
    }

    private static void MergeInto(IDictionary<string, object?> target, IReadOnlyDictionary<string, object?> source, bool overwrite)
    {
        foreach (var (key, value) in source)
        {
            // mergo skips a nil source entry, unless overwriting, when the nil replaces what was there.
            if (value is null)
            {
                if (overwrite)
                {
                    target[key] = null;
                }

                continue;
            }

            if (target.TryGetValue(key, out var existing)
                && existing is IReadOnlyDictionary<string, object?> existingMap
                && value is IReadOnlyDictionary<string, object?> sourceMap)
            {
                var merged = Mutable(existingMap);
                MergeInto(merged, sourceMap, overwrite);
                target[key] = merged;
            }
            else if (!target.ContainsKey(key) || FunctionValues.IsEmpty(existing) || (overwrite && !IsMap(value)) || (overwrite && !FunctionValues.IsEmpty(value)))
            {
                target[key] = value;
            }
        }
    }

    // Overwriting, mergo replaces an entry with any source value, empty ones included, except that an empty source
    // map merges into (and so keeps) what was there.
    private static bool IsMap(object? value) =>
        value is IReadOnlyDictionary<string, object?> or IReadOnlyDictionary<string, string>;

    private static object? DeepCopy(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> m => m.ToDictionary(p => p.Key, p => DeepCopy(p.Value), StringComparer.Ordinal),
        IReadOnlyDictionary<string, string> m => m.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        IReadOnlyList<string> l => l.ToList(),
        IReadOnlyList<object?> l => l.Select(DeepCopy).ToList(),
        _ => value,
    };
}
