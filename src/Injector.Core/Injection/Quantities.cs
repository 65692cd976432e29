using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Injector.Core.Injection;

/// <summary>
/// Kubernetes resource quantities in canonical form, as a typed object writes them back: <c>3000m</c> is <c>3</c>,
/// <c>1000</c> is <c>1k</c>, binary quantities keep the largest whole <c>Ki</c>/<c>Mi</c>/<c>Gi</c> unit.
/// </summary>
internal static partial class Quantities
{
    private static readonly (string Suffix, decimal Factor)[] s_binary =
        [("Ei", 1152921504606846976m), ("Pi", 1125899906842624m), ("Ti", 1099511627776m), ("Gi", 1073741824m), ("Mi", 1048576m), ("Ki", 1024m)];

    private static readonly (string Suffix, int Exponent)[] s_decimal =
        [("E", 18), ("P", 15), ("T", 12), ("G", 9), ("M", 6), ("k", 3), (string.Empty, 0), ("m", -3), ("u", -6), ("n", -9)];

    private const int MaxRemembered = 1024;

    // Pods and templates repeat a handful of quantities (100m, 128Mi, 2Gi), so each one's canonical form is worked out once.
    private static readonly ConcurrentDictionary<string, string> s_canonical = new(StringComparer.Ordinal);

    public static string Canonical(string text)
    {
        if (s_canonical.TryGetValue(text, out string? known))
        {
            return known;
        }

        string canonical = Compute(text);
        if (s_canonical.Count < MaxRemembered)
        {
            s_canonical.TryAdd(text, canonical);
        }

        return canonical;
    }

    private static string Compute(string text)
    {
        Match match = QuantityPattern().Match(text.Trim());
        if (!match.Success || !decimal.TryParse(match.Groups[1].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number))
        {
            return text;
        }

        string suffix = match.Groups[2].Value;
        int binaryIndex = Array.FindIndex(s_binary, b => b.Suffix == suffix);
        if (binaryIndex >= 0)
        {
            decimal bytes = number * s_binary[binaryIndex].Factor;
            if (decimal.Truncate(bytes) == bytes)
            {
                foreach (var (binarySuffix, factor) in s_binary)
                {
                    if (bytes != 0 && bytes % factor == 0)
                    {
                        return (bytes / factor).ToString(CultureInfo.InvariantCulture) + binarySuffix;
                    }
                }

                if (bytes < 1024)
                {
                    return bytes.ToString(CultureInfo.InvariantCulture);
                }
            }

            return Decimal(bytes);
        }

        int decimalIndex = Array.FindIndex(s_decimal, d => d.Suffix == suffix);
        return decimalIndex < 0 ? text : Decimal(number * Pow10(s_decimal[decimalIndex].Exponent));
    }

    private static string Decimal(decimal value)
    {
        if (value == 0)
        {
            return "0";
        }

        foreach (var (suffix, exponent) in s_decimal)
        {
            decimal scaled = value / Pow10(exponent);
            if (decimal.Truncate(scaled) == scaled)
            {
                return scaled.ToString("0", CultureInfo.InvariantCulture) + suffix;
            }
        }

        // Finer than nano: round up to whole nanos, as Kubernetes does.
        return decimal.Ceiling(value / Pow10(-9)).ToString("0", CultureInfo.InvariantCulture) + "n";
    }

    private static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < Math.Abs(exponent); i++)
        {
            result *= 10m;
        }

        return exponent < 0 ? 1m / result : result;
    }

    [GeneratedRegex(@"^([+-]?[0-9]*\.?[0-9]+)(Ei|Pi|Ti|Gi|Mi|Ki|E|P|T|G|M|k|m|u|n|)$")]
    private static partial Regex QuantityPattern();
}
