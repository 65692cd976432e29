using System.Globalization;
using System.Text;

using Injector.Core.Templating.Syntax;

namespace Injector.Core.Templating.Parsing;

/// <summary>Number, character and string constants, decoded with Go's rules.</summary>
internal sealed partial class Parser
{
    private NumberNode Number(Token token)
    {
        string text = token.Text;
        if (token.Kind == TokenKind.CharConstant)
        {
            string rune = UnquoteContent(text, '\'');
            int value = char.ConvertToUtf32(rune, 0);
            if (rune.Length != char.ConvertFromUtf32(value).Length)
            {
                throw Error($"malformed character constant: {text}");
            }

            return new NumberNode(token.Position, text, value);
        }

        return new NumberNode(token.Position, text, ParseNumber(text));
    }

    private object? ParseNumber(string text)
    {
        // Go's strconv accepts underscores only between digits (or right after a base prefix).
        if (text.Contains('_', StringComparison.Ordinal) && !UnderscoresSeparateDigits(text))
        {
            throw Error($"illegal number syntax: {Formatting.GoFormat.Quote(text)}");
        }

        string digits = text.Replace("_", string.Empty, StringComparison.Ordinal);
        bool negative = digits.StartsWith('-');
        string unsigned = digits.TrimStart('+', '-');
        bool isHex = unsigned.Length > 2 && unsigned[0] == '0' && unsigned[1] is 'x' or 'X';
        bool looksFloat = isHex
            ? unsigned.AsSpan().IndexOfAny('p', 'P') >= 0 || unsigned.Contains('.', StringComparison.Ordinal)
            : unsigned.AsSpan().IndexOfAny(".eE") >= 0;

        if (!looksFloat)
        {
            if (!TryParseInteger(unsigned, out ulong magnitude, out bool syntaxOk))
            {
                throw Error(syntaxOk
                    ? $"integer overflow: {Formatting.GoFormat.Quote(text)}"
                    : $"illegal number syntax: {Formatting.GoFormat.Quote(text)}");
            }

            if (!negative && magnitude > long.MaxValue)
            {
                return null;
            }

            if (magnitude > (negative ? 1UL << 63 : long.MaxValue))
            {
                throw Error($"integer overflow: {Formatting.GoFormat.Quote(text)}");
            }

            long value = negative ? (long)(0 - magnitude) : (long)magnitude;

            // A Go int beyond C#'s int range has no exact model type; it is carried as a long (which reads as int64).
            return value is >= int.MinValue and <= int.MaxValue ? (int)value : (object)value;
        }

        double number = double.NaN;
        bool parsed = isHex
            ? TryParseHexFloat(unsigned.AsSpan(2), out number)
            : double.TryParse(unsigned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out number);
        if (parsed && !double.IsInfinity(number))
        {
            return negative ? -number : number;
        }

        throw Error($"illegal number syntax: {Formatting.GoFormat.Quote(text)}");
    }

    /// <summary>Go's rule for digit separators: each underscore sits between two digits, a base prefix counting as one.</summary>
    private static bool UnderscoresSeparateDigits(string text)
    {
        ReadOnlySpan<char> s = text.AsSpan().TrimStart("+-");
        char saw = '^';
        int i = 0;
        bool hex = false;
        if (s.Length >= 2 && s[0] == '0' && char.ToLowerInvariant(s[1]) is 'b' or 'o' or 'x')
        {
            i = 2;
            saw = '0';
            hex = char.ToLowerInvariant(s[1]) == 'x';
        }

        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsAsciiDigit(c) || (hex && char.IsAsciiHexDigit(c)))
            {
                saw = '0';
            }
            else if (c == '_')
            {
                if (saw != '0')
                {
                    return false;
                }

                saw = '_';
            }
            else if (saw == '_')
            {
                return false;
            }
            else
            {
                saw = '!';
            }
        }

        return saw != '_';
    }

    /// <summary>A hexadecimal float after its "0x": hex mantissa with an optional point, then a required binary exponent.</summary>
    private static bool TryParseHexFloat(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        int exponentAt = text.IndexOfAny('p', 'P');
        if (exponentAt < 0
            || !int.TryParse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int exponent))
        {
            return false;
        }

        double mantissa = 0;
        int fractionDigits = 0;
        int digitCount = 0;
        bool inFraction = false;
        foreach (char c in text[..exponentAt])
        {
            if (c == '.' && !inFraction)
            {
                inFraction = true;
                continue;
            }

            int digit = HexValue(c);
            if (digit < 0)
            {
                return false;
            }

            mantissa = (mantissa * 16) + digit;
            digitCount++;
            fractionDigits += inFraction ? 1 : 0;
        }

        value = Math.ScaleB(mantissa, exponent - (4 * fractionDigits));
        return digitCount > 0;
    }

    private static bool TryParseInteger(string text, out ulong value, out bool syntaxOk)
    {
        value = 0;
        syntaxOk = false;
        int numberBase = 10;
        int start = 0;
        if (text.Length > 1 && text[0] == '0')
        {
            (numberBase, start) = text[1] switch
            {
                'x' or 'X' => (16, 2),
                'o' or 'O' => (8, 2),
                'b' or 'B' => (2, 2),
                _ => (8, 1),
            };
        }

        if (start >= text.Length)
        {
            return false;
        }

        bool overflow = false;
        for (int i = start; i < text.Length; i++)
        {
            int digit = text[i] switch
            {
                >= '0' and <= '9' => text[i] - '0',
                >= 'a' and <= 'f' => text[i] - 'a' + 10,
                >= 'A' and <= 'F' => text[i] - 'A' + 10,
                _ => 99,
            };
            if (digit >= numberBase)
            {
                // "089" is not octal; Go then reads it as a float that looks like an integer: an overflow.
                syntaxOk = numberBase == 8 && start == 1 && digit < 10;
                return false;
            }

            ulong next = (value * (ulong)numberBase) + (ulong)digit;
            overflow |= value > (ulong.MaxValue - (ulong)digit) / (ulong)numberBase;
            value = next;
        }

        syntaxOk = true;
        return !overflow;
    }

    private string Unquote(string quoted)
    {
        if (quoted.Length >= 2 && quoted[0] == '`' && quoted[^1] == '`')
        {
            return quoted[1..^1].Replace("\r", string.Empty, StringComparison.Ordinal);
        }

        return UnquoteContent(quoted, '"');
    }

    /// <summary>Decodes a Go interpreted literal: byte escapes build UTF-8 sequences, as in Go.</summary>
    private string UnquoteContent(string quoted, char quote)
    {
        if (quoted.Length < 2 || quoted[0] != quote || quoted[^1] != quote)
        {
            throw Error("invalid syntax");
        }

        string content = quoted[1..^1];
        if (content.IndexOf('\\') < 0)
        {
            return quote == '\'' && content.Length == 0 ? throw Error("invalid syntax") : content;
        }

        var bytes = new List<byte>(content.Length);
        Span<byte> buffer = stackalloc byte[4];
        for (int i = 0; i < content.Length; i++)
        {
            char c = content[i];
            if (c != '\\')
            {
                int length = Encoding.UTF8.GetBytes(content.AsSpan(i, char.IsHighSurrogate(c) && i + 1 < content.Length ? 2 : 1), buffer);
                if (char.IsHighSurrogate(c))
                {
                    i++;
                }

                for (int k = 0; k < length; k++)
                {
                    bytes.Add(buffer[k]);
                }

                continue;
            }

            if (++i >= content.Length)
            {
                throw Error("invalid syntax");
            }

            char escape = content[i];
            switch (escape)
            {
                case 'a': bytes.Add(7); break;
                case 'b': bytes.Add(8); break;
                case 'f': bytes.Add(12); break;
                case 'n': bytes.Add(10); break;
                case 'r': bytes.Add(13); break;
                case 't': bytes.Add(9); break;
                case 'v': bytes.Add(11); break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '\'' or '"' when escape == quote: bytes.Add((byte)escape); break;
                case 'x':
                    bytes.Add((byte)ParseHex(content, ref i, 2));
                    break;
                case 'u' or 'U':
                    int rune = ParseHex(content, ref i, escape == 'u' ? 4 : 8);
                    if (rune > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF))
                    {
                        throw Error("invalid syntax");
                    }

                    bytes.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(rune)));
                    break;
                case >= '0' and <= '7':
                    if (i + 2 >= content.Length)
                    {
                        throw Error("invalid syntax");
                    }

                    int octal = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        char d = content[i + k];
                        octal = d is >= '0' and <= '7' ? (octal * 8) + (d - '0') : throw Error("invalid syntax");
                    }

                    if (octal > 255)
                    {
                        throw Error("invalid syntax");
                    }

                    bytes.Add((byte)octal);
                    i += 2;
                    break;
                default:
                    throw Error("invalid syntax");
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private int ParseHex(string content, ref int i, int count)
    {
        if (i + count >= content.Length)
        {
            throw Error("invalid syntax");
        }

        int value = 0;
        for (int k = 1; k <= count; k++)
        {
            int digit = HexValue(content[i + k]);
            value = digit >= 0 ? (value * 16) + digit : throw Error("invalid syntax");
        }

        i += count;
        return value;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
