using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Injector.Core.Workloads;

/// <summary>
/// Decides what an unquoted YAML scalar means, the way Kubernetes' YAML decoder (YAML 1.1) reads it:
/// <c>yes</c>/<c>on</c> are booleans and <c>0644</c> is octal. The writer asks the same question to know
/// which strings must be quoted to stay strings.
/// </summary>
internal static class YamlScalarResolver
{
    private const int MaxSharedNumbers = 4096;

    private static readonly SearchValues<char> s_decimalDigits = SearchValues.Create("0123456789");

    private static readonly ConcurrentDictionary<string, JsonElement> s_numberElements = new(StringComparer.Ordinal);

    private static readonly HashSet<string> s_nullWords = new(StringComparer.Ordinal) { "", "~", "null", "Null", "NULL" };

    private static readonly HashSet<string> s_trueWords = new(StringComparer.Ordinal)
    {
        "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y",
    };

    private static readonly HashSet<string> s_falseWords = new(StringComparer.Ordinal)
    {
        "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N",
    };

    private static readonly HashSet<string> s_specialFloats = new(StringComparer.Ordinal)
    {
        ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN",
    };

    /// <summary>Resolves a plain scalar; <paramref name="isString"/> is false when it is not a plain string.</summary>
    public static JsonNode? Resolve(string text, out bool isString)
    {
        isString = false;
        if (s_nullWords.Contains(text))
        {
            return null;
        }

        if (s_trueWords.Contains(text))
        {
            return JsonValue.Create(true);
        }

        if (s_falseWords.Contains(text))
        {
            return JsonValue.Create(false);
        }

        if (TryParseInteger(text, out JsonNode? integer))
        {
            return integer;
        }

        if (TryParseFloat(text, out double number))
        {
            return Number(number.ToString("R", CultureInfo.InvariantCulture));
        }

        if (s_specialFloats.Contains(text))
        {
            // JSON has no infinities or NaN; keep the text, the writer quotes it so it never turns into a float.
            return JsonValue.Create(text);
        }

        isString = true;
        return JsonValue.Create(text);
    }

    /// <summary>True when <paramref name="text"/> read as a plain scalar is a string, without building its node.</summary>
    public static bool IsPlainString(string text)
    {
        // Numbers, special floats and the null word "~" start with a digit, sign, dot or tilde; a scalar starting
        // with a letter is a string unless it is one of the null or boolean words.
        if (text.Length > 0 && char.IsAsciiLetter(text[0]))
        {
            return !s_nullWords.Contains(text) && !s_trueWords.Contains(text) && !s_falseWords.Contains(text);
        }

        Resolve(text, out bool isString);
        return isString;
    }

    /// <summary>True when <paramref name="text"/> written unquoted would read back as something other than this string.</summary>
    public static bool NeedsQuotes(string text) => !IsPlainString(text);

    private static bool TryParseInteger(string text, out JsonNode? value)
    {
        value = null;
        ReadOnlySpan<char> span = text.AsSpan();
        bool negative = false;
        if (span.Length > 0 && (span[0] == '-' || span[0] == '+'))
        {
            negative = span[0] == '-';
            span = span[1..];
        }

        if (span.IsEmpty || !char.IsAsciiDigit(span[0]))
        {
            return false;
        }

        // Plain decimals (ports, counts) are most of what templates write, and are already their own JSON.
        if (text[0] != '+' && !negative && span.Length <= 18 && (span[0] != '0' || span.Length == 1) && !span.ContainsAnyExcept(s_decimalDigits))
        {
            value = Number(text);
            return true;
        }

        string digits = span.ToString().Replace("_", string.Empty, StringComparison.Ordinal);
        int radix = 10;
        if (digits.StartsWith("0x", StringComparison.Ordinal))
        {
            radix = 16;
            digits = digits[2..];
        }
        else if (digits.StartsWith("0o", StringComparison.Ordinal))
        {
            radix = 8;
            digits = digits[2..];
        }
        else if (digits.StartsWith("0b", StringComparison.Ordinal))
        {
            radix = 2;
            digits = digits[2..];
        }
        else if (digits.Length > 1 && digits[0] == '0' && !digits.AsSpan().ContainsAnyExceptInRange('0', '7'))
        {
            // YAML 1.1 octal, as in `defaultMode: 0644`.
            radix = 8;
            digits = digits[1..];
        }

        if (digits.Length == 0 || !AllDigitsIn(digits, radix))
        {
            return false;
        }

        System.Numerics.BigInteger magnitude = System.Numerics.BigInteger.Zero;
        foreach (char c in digits)
        {
            magnitude = (magnitude * radix) + Convert.ToInt32(c.ToString(), 16);
        }

        System.Numerics.BigInteger signed = negative ? -magnitude : magnitude;
        value = signed >= long.MinValue && signed <= long.MaxValue
            ? Number(((long)signed).ToString(CultureInfo.InvariantCulture))
            : Number(((double)signed).ToString("R", CultureInfo.InvariantCulture));
        return true;
    }

    // Numbers are backed by a JSON element, like those of a parsed JSON pod, so GetValue<int>, <long> and <double> all work.
    // Elements are immutable, so each number's is parsed once and shared by every node made for it.
    private static JsonNode Number(string json)
    {
        if (!s_numberElements.TryGetValue(json, out JsonElement element))
        {
            using var document = JsonDocument.Parse(json);
            element = document.RootElement.Clone();
            if (s_numberElements.Count < MaxSharedNumbers)
            {
                s_numberElements.TryAdd(json, element);
            }
        }

        return JsonValue.Create(element)!;
    }

    // A loop rather than a lambda: a closure over the radix would be allocated on every call, fast path included.
    private static bool AllDigitsIn(string digits, int radix)
    {
        foreach (char c in digits)
        {
            if (!IsDigitIn(c, radix))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigitIn(char c, int radix) => radix switch
    {
        2 => c is '0' or '1',
        8 => c is >= '0' and <= '7',
        10 => char.IsAsciiDigit(c),
        _ => char.IsAsciiHexDigit(c),
    };

    private static bool TryParseFloat(string text, out double value)
    {
        value = 0;
        ReadOnlySpan<char> span = text.AsSpan();
        int i = 0;
        if (i < span.Length && (span[i] == '-' || span[i] == '+'))
        {
            i++;
        }

        int mantissaDigits = 0;
        while (i < span.Length && (char.IsAsciiDigit(span[i]) || span[i] == '_'))
        {
            mantissaDigits++;
            i++;
        }

        if (i < span.Length && span[i] == '.')
        {
            i++;
            while (i < span.Length && (char.IsAsciiDigit(span[i]) || span[i] == '_'))
            {
                mantissaDigits++;
                i++;
            }
        }

        if (mantissaDigits == 0)
        {
            return false;
        }

        if (i < span.Length && (span[i] == 'e' || span[i] == 'E'))
        {
            i++;
            if (i < span.Length && (span[i] == '-' || span[i] == '+'))
            {
                i++;
            }

            int exponentDigits = 0;
            while (i < span.Length && char.IsAsciiDigit(span[i]))
            {
                exponentDigits++;
                i++;
            }

            if (exponentDigits == 0)
            {
                return false;
            }
        }

        return i == span.Length
            && double.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }
}
