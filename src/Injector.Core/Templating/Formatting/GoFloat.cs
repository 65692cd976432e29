using System.Globalization;
using System.Numerics;
using System.Text;

namespace Injector.Core.Templating.Formatting;

/// <summary>
/// Go's strconv.FormatFloat for float64 in the 'e', 'E', 'f', 'g' and 'G' formats, precision -1 meaning the shortest
/// representation that reads back exactly.
/// </summary>
/// <remarks>
/// Digits come from .NET's round-trip formatting (shortest) or from the exact binary value (fixed precision), so
/// rounding is Go's: half to even on the exact decimal expansion.
/// </remarks>
internal static class GoFloat
{
    public static string Format(double value, char format, int precision)
    {
        var builder = new StringBuilder(24);
        Append(builder, value, format, precision);
        return builder.ToString();
    }

    public static void Append(StringBuilder output, double value, char format, int precision)
    {
        if (double.IsNaN(value))
        {
            output.Append("NaN");
            return;
        }

        if (double.IsInfinity(value))
        {
            output.Append(value > 0 ? "+Inf" : "-Inf");
            return;
        }

        if (double.IsNegative(value))
        {
            output.Append('-');
            value = -value;
        }

        bool shortest = precision < 0;
        Digits digits;
        if (shortest)
        {
            digits = Digits.Shortest(value);
            precision = format switch
            {
                'e' or 'E' => digits.Count - 1,
                'f' => Math.Max(digits.Count - digits.Point, 0),
                _ => digits.Count,
            };
        }
        else
        {
            digits = Digits.Exact(value);
            switch (format)
            {
                case 'e' or 'E':
                    digits.Round(precision + 1);
                    break;
                case 'f':
                    digits.Round(digits.Point + precision);
                    break;
                default:
                    if (precision == 0)
                    {
                        precision = 1;
                    }

                    digits.Round(precision);
                    break;
            }
        }

        switch (format)
        {
            case 'e' or 'E':
                AppendExponent(output, digits, precision, format);
                return;
            case 'f':
                AppendFixed(output, digits, precision);
                return;
        }

        // %e is used when the exponent is below -4 or at least the precision (6 when shortest).
        int exponentLimit = precision;
        if (exponentLimit > digits.Count && digits.Count >= digits.Point)
        {
            exponentLimit = digits.Count;
        }

        if (shortest)
        {
            exponentLimit = 6;
        }

        int exponent = digits.Point - 1;
        if (exponent < -4 || exponent >= exponentLimit)
        {
            if (precision > digits.Count)
            {
                precision = digits.Count;
            }

            AppendExponent(output, digits, precision - 1, format == 'G' ? 'E' : 'e');
            return;
        }

        if (precision > digits.Point)
        {
            precision = digits.Count;
        }

        AppendFixed(output, digits, Math.Max(precision - digits.Point, 0));
    }

    private static void AppendExponent(StringBuilder output, Digits digits, int precision, char exponentChar)
    {
        output.Append(digits.Count == 0 ? '0' : digits.Text[0]);
        if (precision > 0)
        {
            output.Append('.');
            int i = 1;
            int limit = Math.Min(digits.Count, precision + 1);
            for (; i < limit; i++)
            {
                output.Append(digits.Text[i]);
            }

            output.Append('0', precision + 1 - i);
        }

        output.Append(exponentChar);
        int exponent = digits.Count == 0 ? 0 : digits.Point - 1;
        output.Append(exponent < 0 ? '-' : '+');
        exponent = Math.Abs(exponent);
        if (exponent < 10)
        {
            output.Append('0');
        }

        output.Append(exponent.ToString(CultureInfo.InvariantCulture));
    }

    private static void AppendFixed(StringBuilder output, Digits digits, int precision)
    {
        if (digits.Point > 0)
        {
            int whole = Math.Min(digits.Count, digits.Point);
            output.Append(digits.Text, 0, whole);
            output.Append('0', digits.Point - whole);
        }
        else
        {
            output.Append('0');
        }

        if (precision > 0)
        {
            output.Append('.');
            for (int i = 1; i <= precision; i++)
            {
                int j = digits.Point + i - 1;
                output.Append(j >= 0 && j < digits.Count ? digits.Text[j] : '0');
            }
        }
    }

    /// <summary>A decimal 0.d1d2d3... x 10^Point with no leading or trailing zeros; zero has no digits.</summary>
    private sealed class Digits
    {
        private Digits(string text, int point)
        {
            Text = text;
            Point = point;
        }

        public string Text { get; private set; }

        public int Point { get; private set; }

        public int Count => Text.Length;

        public static Digits Shortest(double value)
        {
            string text = value.ToString("R", CultureInfo.InvariantCulture);
            int exponent = 0;
            int e = text.IndexOf('E', StringComparison.Ordinal);
            if (e >= 0)
            {
                exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                text = text[..e];
            }

            int dot = text.IndexOf('.', StringComparison.Ordinal);
            int point = dot < 0 ? text.Length : dot;
            if (dot >= 0)
            {
                text = text.Remove(dot, 1);
            }

            return Normalize(text, point + exponent);
        }

        public static Digits Exact(double value)
        {
            long bits = BitConverter.DoubleToInt64Bits(value);
            int biased = (int)((bits >> 52) & 0x7FF);
            long mantissa = bits & 0xFFFFFFFFFFFFFL;
            if (biased == 0)
            {
                biased = 1;
            }
            else
            {
                mantissa |= 1L << 52;
            }

            int exponent = biased - 1075;
            if (mantissa == 0)
            {
                return new Digits(string.Empty, 0);
            }

            if (exponent >= 0)
            {
                string whole = (new BigInteger(mantissa) << exponent).ToString(CultureInfo.InvariantCulture);
                return Normalize(whole, whole.Length);
            }

            // m / 2^k == m * 5^k / 10^k: exact in decimal.
            int k = -exponent;
            string scaled = (mantissa * BigInteger.Pow(5, k)).ToString(CultureInfo.InvariantCulture);
            return Normalize(scaled, scaled.Length - k);
        }

        /// <summary>Rounds to <paramref name="count"/> significant digits, ties to even as Go does.</summary>
        public void Round(int count)
        {
            if (count < 0 || count >= Count)
            {
                return;
            }

            bool up = Text[count] > '5'
                || (Text[count] == '5' && (count + 1 < Count || (count > 0 && (Text[count - 1] - '0') % 2 == 1)));
            if (!up)
            {
                Text = Text[..count].TrimEnd('0');
                if (Text.Length == 0)
                {
                    Point = 0;
                }

                return;
            }

            int i = count - 1;
            while (i >= 0 && Text[i] == '9')
            {
                i--;
            }

            if (i < 0)
            {
                Text = "1";
                Point++;
                return;
            }

            Text = string.Concat(Text.AsSpan(0, i), ((char)(Text[i] + 1)).ToString());
        }

        private static Digits Normalize(string text, int point)
        {
            int start = 0;
            while (start < text.Length && text[start] == '0')
            {
                start++;
                point--;
            }

            int end = text.Length;
            while (end > start && text[end - 1] == '0')
            {
                end--;
            }

            return end == start ? new Digits(string.Empty, 0) : new Digits(text[start..end], point);
        }
    }
}
