using System.Globalization;
using System.Text;

namespace Injector.Core.Templating.Functions.Encoding;

/// <summary>
/// Go's <c>strconv.FormatFloat(f, fmt, -1, 64)</c>: the shortest digits that round-trip, laid out in Go's
/// 'e', 'f' or 'g' form. .NET's round-trip formatting yields the same shortest digits; only the layout differs.
/// </summary>
internal static class GoFloatFormat
{
    /// <summary>Go's <c>%e</c>/<c>'e'</c> layout: <c>1.5e+06</c>, two exponent digits at least.</summary>
    public static string E(double value) => Format(value, 'e');

    /// <summary>Go's <c>'f'</c> layout: no exponent.</summary>
    public static string F(double value) => Format(value, 'f');

    /// <summary>Go's <c>'g'</c> layout: 'e' when the decimal exponent is below -4 or at least 6 (<c>1e+06</c>).</summary>
    public static string G(double value) => Format(value, 'g');

    /// <summary>encoding/json's float64 layout: 'f' unless the magnitude is below 1e-6 or at least 1e21.</summary>
    public static string Json(double value)
    {
        double abs = Math.Abs(value);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21))
        {
            string e = E(value);

            // encoding/json shortens a negative two-digit exponent with a leading zero (e-07 -> e-7).
            int n = e.Length;
            if (n >= 4 && e[n - 4] == 'e' && e[n - 3] == '-' && e[n - 2] == '0')
            {
                e = string.Concat(e.AsSpan(0, n - 2), e.AsSpan(n - 1));
            }

            return e;
        }

        return F(value);
    }

    private static string Format(double value, char layout)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "+Inf" : "-Inf";
        }

        (string digits, int point, bool negative) = ShortestDigits(value);
        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }

        if (layout == 'g')
        {
            // Shortest 'g' decides with precision 6, as strconv does.
            int exp = point - 1;
            layout = exp < -4 || exp >= 6 ? 'e' : 'f';
        }

        if (layout == 'e')
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }

            int exp = digits == "0" ? 0 : point - 1;
            sb.Append('e').Append(exp < 0 ? '-' : '+');
            int absExp = Math.Abs(exp);
            if (absExp < 10)
            {
                sb.Append('0');
            }

            sb.Append(absExp.ToString(CultureInfo.InvariantCulture));
            return sb.ToString();
        }

        if (point <= 0)
        {
            sb.Append("0");
            if (digits != "0")
            {
                sb.Append('.').Append('0', -point).Append(digits);
            }
        }
        else if (point >= digits.Length)
        {
            sb.Append(digits).Append('0', point - digits.Length);
        }
        else
        {
            sb.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point);
        }

        return sb.ToString();
    }

    /// <summary>Shortest round-trip decimal digits (no leading/trailing zeros) and the decimal point position.</summary>
    private static (string Digits, int Point, bool Negative) ShortestDigits(double value)
    {
        bool negative = value < 0 || (value == 0 && double.IsNegative(value));
        string text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        int exponent = 0;
        int e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        int dot = text.IndexOf('.', StringComparison.Ordinal);
        string intPart = dot >= 0 ? text[..dot] : text;
        string fracPart = dot >= 0 ? text[(dot + 1)..] : string.Empty;
        string all = intPart + fracPart;
        int point = intPart.Length + exponent;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0')
        {
            lead++;
        }

        all = all[lead..];
        point -= lead;
        all = all.TrimEnd('0');
        if (all.Length == 0)
        {
            return ("0", 1, negative);
        }

        return (all, point, negative);
    }
}
