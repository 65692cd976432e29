using System.Globalization;

namespace Injector.Core.Templating.Functions;

/// <summary>
/// Go's strconv parsing rules (ParseInt with base 0 prefixes and underscores, ParseFloat's special names, ParseBool's
/// short list), wherever Istio's behavior depends on exactly what they accept.
/// </summary>
internal static class GoStrconv
{
    /// <summary>strconv.ParseBool: only 1, t, T, TRUE, true, True and their false counterparts.</summary>
    public static bool TryParseBool(string? value, out bool result)
    {
        switch (value)
        {
            case "1" or "t" or "T" or "TRUE" or "true" or "True":
                result = true;
                return true;
            case "0" or "f" or "F" or "FALSE" or "false" or "False":
                result = false;
                return true;
            default:
                result = false;
                return false;
        }
    }

    /// <summary>strconv.Atoi: optional sign, decimal digits, nothing else (no spaces), within an int32.</summary>
    public static bool TryAtoi(string? value, out int result)
    {
        result = 0;
        if (value is null || !TryParseInt(value, 10, out long parsed) || parsed is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        result = (int)parsed;
        return true;
    }

    /// <summary>strconv.ParseUint(s, base, bitSize).</summary>
    public static bool TryParseUnsigned(string s, int numberBase, int bitSize, out ulong result) =>
        TryParseUnsigned(s, numberBase, out result) && (bitSize >= 64 || result <= (1UL << bitSize) - 1);

    /// <summary>strconv.ParseInt(s, base, 64); base 0 reads 0x/0o/0b/0 prefixes and allows underscores.</summary>
    public static bool TryParseInt(string s, int numberBase, out long result)
    {
        result = 0;
        if (s.Length == 0)
        {
            return false;
        }

        bool negative = false;
        int i = 0;
        if (s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            i = 1;
        }

        if (!TryParseUnsigned(s[i..], numberBase, out ulong magnitude))
        {
            return false;
        }

        if (negative)
        {
            if (magnitude > (ulong)long.MaxValue + 1)
            {
                return false;
            }

            result = (long)(0 - magnitude);
            return true;
        }

        if (magnitude > long.MaxValue)
        {
            return false;
        }

        result = (long)magnitude;
        return true;
    }

    /// <summary>strconv.ParseUint(s, base, 64).</summary>
    public static bool TryParseUnsigned(string s, int numberBase, out ulong result)
    {
        result = 0;
        if (s.Length == 0)
        {
            return false;
        }

        bool underscores = false;
        if (numberBase == 0)
        {
            numberBase = 10;
            underscores = true;
            if (s[0] == '0')
            {
                if (s.Length >= 3 && (s[1] | 0x20) is 'x' or 'o' or 'b')
                {
                    numberBase = (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
                    s = s[2..];
                }
                else
                {
                    numberBase = 8;
                    s = s[1..];
                    if (s.Length == 0)
                    {
                        return true;
                    }
                }
            }
        }

        bool sawDigit = false;
        foreach (char c in s)
        {
            if (c == '_' && underscores)
            {
                continue;
            }

            int digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => 99,
            };
            if (digit >= numberBase)
            {
                return false;
            }

            try
            {
                result = checked((result * (ulong)numberBase) + (ulong)digit);
            }
            catch (OverflowException)
            {
                return false;
            }

            sawDigit = true;
        }

        return sawDigit;
    }

    /// <summary>strconv.ParseFloat(s, 64) for decimal forms and inf/infinity/nan; out of range fails.</summary>
    public static bool TryParseFloat(string s, out double result)
    {
        result = 0;
        string body = s.TrimStart('+', '-');
        if (body.Length == 0 || s.Length - body.Length > 1)
        {
            return false;
        }

        double sign = s[0] == '-' ? -1 : 1;
        switch (body.ToLowerInvariant())
        {
            case "inf" or "infinity":
                result = sign * double.PositiveInfinity;
                return true;
            case "nan":
                result = double.NaN;
                return true;
        }

        if (body.Contains('_', StringComparison.Ordinal) || !(char.IsAsciiDigit(body[0]) || body[0] == '.'))
        {
            return false;
        }

        if (!double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out result))
        {
            return false;
        }

        return !double.IsInfinity(result);
    }
}
