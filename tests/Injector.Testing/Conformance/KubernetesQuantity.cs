using System.Globalization;

namespace Injector.Testing.Conformance;

/// <summary>Reads Kubernetes resource quantities (<c>2000m</c>, <c>1Gi</c>, <c>1e3</c>) to compare them by value.</summary>
public static class KubernetesQuantity
{
    private static readonly (string Suffix, decimal Factor)[] Suffixes =
    [
        ("Ki", 1024m), ("Mi", 1024m * 1024), ("Gi", 1024m * 1024 * 1024), ("Ti", 1024m * 1024 * 1024 * 1024),
        ("Pi", 1024m * 1024 * 1024 * 1024 * 1024), ("Ei", 1024m * 1024 * 1024 * 1024 * 1024 * 1024),
        ("n", 0.000000001m), ("u", 0.000001m), ("m", 0.001m), ("k", 1e3m), ("M", 1e6m), ("G", 1e9m),
        ("T", 1e12m), ("P", 1e15m), ("E", 1e18m),
    ];

    /// <summary>Parses a quantity; false when the text is not one.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = 0;
        string trimmed = text.Trim();
        foreach ((string suffix, decimal factor) in Suffixes)
        {
            if (trimmed.EndsWith(suffix, StringComparison.Ordinal) && TryNumber(trimmed[..^suffix.Length], out decimal number))
            {
                try
                {
                    value = number * factor;
                    return true;
                }
                catch (OverflowException)
                {
                    return false;
                }
            }
        }

        return TryNumber(trimmed, out value);
    }

    private static bool TryNumber(string text, out decimal value)
    {
        value = 0;
        if (text.Length == 0 || text.EndsWith('e') || text.EndsWith('E'))
        {
            return false;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
