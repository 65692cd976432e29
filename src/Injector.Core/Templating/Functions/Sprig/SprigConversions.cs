using System.Globalization;

using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>Sprig's type conversions (spf13/cast semantics: anything unconvertible becomes 0).</summary>
internal static class SprigConversions
{
    /// <summary>strconv.Atoi with its error ignored, as Sprig does: 0 for bad syntax, the nearest limit on overflow.</summary>
    private static long Atoi(string text)
    {
        if (GoStrconv.TryParseInt(text, 10, out long value))
        {
            return value;
        }

        ReadOnlySpan<char> digits = text.AsSpan(text.StartsWith('-') || text.StartsWith('+') ? 1 : 0);
        if (digits.IsEmpty || digits.ContainsAnyExcept("0123456789"))
        {
            return 0;
        }

        return text.StartsWith('-') ? long.MinValue : long.MaxValue;
    }

    public static void Register(TemplateFunctionMap map)
    {
        map.Set("atoi", static a =>
        {
            Exactly(a, 1, "atoi");
            return FunctionValues.GoInt(Atoi(String(a, 0)));
        });
        map.Set("int", static a =>
        {
            Exactly(a, 1, "int");
            return FunctionValues.GoInt(FunctionValues.ToInt64(a[0]));
        });
        map.Set("int64", static a =>
        {
            Exactly(a, 1, "int64");
            return FunctionValues.ToInt64(a[0]);
        });
        map.Set("float64", static a =>
        {
            Exactly(a, 1, "float64");
            return FunctionValues.ToFloat64(a[0]);
        });
        map.Set("toDecimal", static a =>
        {
            Exactly(a, 1, "toDecimal");
            return GoStrconv.TryParseInt(FunctionValues.ToDisplayString(a[0]), 8, out long value) ? value : 0L;
        });
        map.Set("toStrings", static a =>
        {
            Exactly(a, 1, "toStrings");
            return (IReadOnlyList<string>)ToStrings(a[0]);
        });
    }

    /// <summary>Sprig's strslice: a list's non-nil items as strings; nil is empty; anything else one string.</summary>
    public static List<string> ToStrings(object? value)
    {
        if (value is IReadOnlyList<string> strings)
        {
            return [.. strings];
        }

        if (FunctionValues.TryList(value, out var list))
        {
            return list.Where(v => v is not null).Select(FunctionValues.ToDisplayString).ToList();
        }

        return value is null ? [] : [FunctionValues.ToDisplayString(value)];
    }

    /// <summary>Invariant decimal text of a Go integer.</summary>
    public static string Digits(long value) => value.ToString(CultureInfo.InvariantCulture);
}
