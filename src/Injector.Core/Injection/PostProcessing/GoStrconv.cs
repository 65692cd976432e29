using System.Globalization;

namespace Injector.Core.Injection.PostProcessing;

/// <summary>Go's strconv parsing rules where Istio's behavior depends on exactly what they accept.</summary>
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

    /// <summary>strconv.Atoi: optional sign, decimal digits, nothing else (no spaces).</summary>
    public static bool TryAtoi(string? value, out int result)
    {
        result = 0;
        if (string.IsNullOrEmpty(value) || !IsSignedDigits(value))
        {
            return false;
        }

        return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
    }

    /// <summary>strconv.ParseUint(value, 10, bits): decimal digits only, within the bit size.</summary>
    public static bool TryParseUnsigned(string value, int bits, out ulong result)
    {
        result = 0;
        if (value.Length == 0 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (!ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result))
        {
            return false;
        }

        return bits >= 64 || result <= (1UL << bits) - 1;
    }

    private static bool IsSignedDigits(string value)
    {
        int start = value[0] is '+' or '-' ? 1 : 0;
        if (start == value.Length)
        {
            return false;
        }

        for (int i = start; i < value.Length; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
