using System.Globalization;

namespace Injector.Core.Injection.TemplateData;

/// <summary>
/// Writes a google.protobuf.Duration the way protobuf-JSON does: whole seconds as <c>"45s"</c>, fractions with 3, 6
/// or 9 digits. Go-style durations (<c>1m30s</c>) are read too, so equal durations compare equal.
/// </summary>
internal static class ProtoDurations
{
    public static string Normalize(string text)
    {
        if (!TryParseSeconds(text, out decimal seconds))
        {
            return text;
        }

        decimal whole = decimal.Truncate(seconds);
        decimal fraction = Math.Abs(seconds - whole);
        if (fraction == 0)
        {
            return whole.ToString(CultureInfo.InvariantCulture) + "s";
        }

        long nanos = (long)(fraction * 1_000_000_000m);
        string digits = nanos % 1_000_000 == 0 ? (nanos / 1_000_000).ToString("D3", CultureInfo.InvariantCulture)
            : nanos % 1_000 == 0 ? (nanos / 1_000).ToString("D6", CultureInfo.InvariantCulture)
            : nanos.ToString("D9", CultureInfo.InvariantCulture);
        string sign = seconds < 0 && whole == 0 ? "-" : string.Empty;
        return sign + whole.ToString(CultureInfo.InvariantCulture) + "." + digits + "s";
    }

    private static bool TryParseSeconds(string text, out decimal seconds)
    {
        seconds = 0;
        if (text.Length < 2)
        {
            return false;
        }

        int i = 0;
        bool negative = text[0] == '-';
        if (negative || text[0] == '+')
        {
            i++;
        }

        bool any = false;
        while (i < text.Length)
        {
            int start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }

            if (start == i || !decimal.TryParse(text.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
            {
                return false;
            }

            int unitStart = i;
            while (i < text.Length && !char.IsAsciiDigit(text[i]) && text[i] != '.')
            {
                i++;
            }

            decimal scale = text[unitStart..i] switch
            {
                "h" => 3600m,
                "m" => 60m,
                "s" => 1m,
                "ms" => 0.001m,
                "us" or "µs" => 0.000001m,
                "ns" => 0.000000001m,
                _ => -1m,
            };
            if (scale < 0)
            {
                return false;
            }

            seconds += value * scale;
            any = true;
        }

        if (negative)
        {
            seconds = -seconds;
        }

        return any;
    }
}
