using System.Collections;
using System.Collections.ObjectModel;

using Injector.Core.Templating.Formatting;

namespace Injector.Core.Templating.Functions;

/// <summary>Go's view of the engine's values for functions: kind names, Sprig's emptiness, reflect.DeepEqual, spf13/cast.</summary>
internal static class FunctionValues
{
    /// <summary>reflect.Kind's name.</summary>
    public static string KindOf(object? value) => value switch
    {
        null => "invalid",
        string => "string",
        bool => "bool",
        int => "int",
        long => "int64",
        double => "float64",
        ITemplateObject o => o.TypeName.StartsWith('*') ? "ptr" : "struct",
        IReadOnlyList<string> or IReadOnlyList<object?> => "slice",
        IReadOnlyDictionary<string, string> or IReadOnlyDictionary<string, object?> => "map",
        _ => "struct",
    };

    /// <summary>True for Go slices; a <c>[]string</c> is read through list covariance.</summary>
    public static bool TryList(object? value, out IReadOnlyList<object?> list)
    {
        switch (value)
        {
            case IReadOnlyList<object?> l:
                list = l;
                return true;
            default:
                list = [];
                return false;
        }
    }

    /// <summary>A map of either model type as <c>map[string]interface{}</c>.</summary>
    public static bool TryMap(object? value, out IReadOnlyDictionary<string, object?> map)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> m:
                map = m;
                return true;
            case IReadOnlyDictionary<string, string> s:
                map = s.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
                return true;
            default:
                map = EmptyMap;
                return false;
        }
    }

    /// <summary>An empty <c>map[string]interface{}</c>, read-only so functions that change maps in place copy it instead.</summary>
    public static IReadOnlyDictionary<string, object?> EmptyMap => ReadOnlyDictionary<string, object?>.Empty;

    /// <summary>Sprig's <c>empty</c>: nil, zero numbers, false, empty strings, lists and maps; structs never.</summary>
    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        bool b => !b,
        int i => i == 0,
        long l => l == 0,
        double d => d == 0,
        ITemplateObject o => o.IsNil && o.TypeName.StartsWith('*'),
        IReadOnlyList<string> l => l.Count == 0,
        IReadOnlyList<object?> l => l.Count == 0,
        IReadOnlyDictionary<string, string> m => m.Count == 0,
        IReadOnlyDictionary<string, object?> m => m.Count == 0,
        ICollection c => c.Count == 0,
        _ => false,
    };

    /// <summary>reflect.DeepEqual over the value model: same Go type and equal contents.</summary>
    public static bool DeepEqual(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (GoTypeName.Of(a) != GoTypeName.Of(b))
        {
            return false;
        }

        switch (a)
        {
            case int i:
                return i == (int)b;
            case long l:
                return l == (long)b;
            case double d:
                return d == (double)b;
            case string or bool:
                return a.Equals(b);
        }

        if (TryList(a, out var la) && TryList(b, out var lb))
        {
            if (la.Count != lb.Count)
            {
                return false;
            }

            for (int i = 0; i < la.Count; i++)
            {
                if (!DeepEqual(la[i], lb[i]))
                {
                    return false;
                }
            }

            return true;
        }

        if (TryMap(a, out var ma) && TryMap(b, out var mb))
        {
            if (ma.Count != mb.Count)
            {
                return false;
            }

            foreach (var (key, value) in ma)
            {
                if (!mb.TryGetValue(key, out var other) || !DeepEqual(value, other))
                {
                    return false;
                }
            }

            return true;
        }

        return ReferenceEquals(a, b) || a.Equals(b);
    }

    /// <summary>Sprig's <c>strval</c>: strings as is, Stringers through String(), anything else as <c>%v</c>.</summary>
    public static string ToDisplayString(object? value) => value switch
    {
        string s => s,
        IGoStringer s => s.GoString(),
        _ => GoFormat.Sprint(value),
    };

    /// <summary>spf13/cast ToInt64: numbers truncate, strings parse (base prefixes, ".0" suffix), bools are 0/1, else 0.</summary>
    public static long ToInt64(object? value) => TryToInt64(value, out long result) ? result : 0;

    /// <summary>spf13/cast ToInt64E without the error text.</summary>
    public static bool TryToInt64(object? value, out long result)
    {
        switch (value)
        {
            case int i:
                result = i;
                return true;
            case long l:
                result = l;
                return true;
            case double d:
                result = FloatToInt64(d);
                return true;
            case bool b:
                result = b ? 1 : 0;
                return true;
            case null:
                result = 0;
                return true;
            case string s:
                return GoStrconv.TryParseInt(TrimZeroDecimal(s), 0, out result);
            default:
                result = 0;
                return false;
        }
    }

    /// <summary>
    /// Go's int64(f) on amd64: truncation toward zero, and the "integer indefinite" minimum for NaN and values out
    /// of range (C#'s conversion saturates instead).
    /// </summary>
    public static long FloatToInt64(double value) =>
        value is >= -9.2233720368547758E+18 and < 9.2233720368547758E+18 ? (long)value : long.MinValue;

    /// <summary>A Go int result: an int when it fits, else a long.</summary>
    public static object GoInt(long value) => value is >= int.MinValue and <= int.MaxValue ? (int)value : (object)value;

    /// <summary>spf13/cast ToFloat64: numbers widen, strings parse as Go floats, bools are 0/1, else 0.</summary>
    public static double ToFloat64(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        bool b => b ? 1 : 0,
        string s => GoStrconv.TryParseFloat(s, out double d) ? d : 0,
        _ => 0,
    };

    // cast accepts "12.000" as an integer by dropping a fraction made only of zeros.
    private static string TrimZeroDecimal(string s)
    {
        bool foundZero = false;
        for (int i = s.Length; i > 0; i--)
        {
            switch (s[i - 1])
            {
                case '.':
                    if (foundZero)
                    {
                        return s[..(i - 1)];
                    }

                    break;
                case '0':
                    foundZero = true;
                    break;
                default:
                    return s;
            }
        }

        return s;
    }
}
