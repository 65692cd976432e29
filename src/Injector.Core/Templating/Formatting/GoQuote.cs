using System.Globalization;
using System.Text;

namespace Injector.Core.Templating.Formatting;

/// <summary>strconv's quoting of strings and runes: Go escapes, printable runes kept as they are.</summary>
internal static class GoQuote
{
    private const string HexDigits = "0123456789abcdef";

    public static void Append(StringBuilder output, string value, char quote, bool asciiOnly)
    {
        output.Append(quote);
        for (int i = 0; i < value.Length; i++)
        {
            int rune = value[i];
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                rune = char.ConvertToUtf32(value[i], value[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                // A lone surrogate has no UTF-8 form; Go would see the replacement rune.
                rune = 0xFFFD;
            }

            AppendRune(output, rune, quote, asciiOnly);
        }

        output.Append(quote);
    }

    public static void AppendRuneLiteral(StringBuilder output, int rune, bool asciiOnly)
    {
        if (rune > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF))
        {
            rune = 0xFFFD;
        }

        output.Append('\'');
        AppendRune(output, rune, '\'', asciiOnly);
        output.Append('\'');
    }

    public static bool IsPrint(int rune)
    {
        if (rune < 0x80)
        {
            return rune >= 0x20 && rune < 0x7F;
        }

        if (rune > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF))
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
            _ => true,
        };
    }

    public static bool CanBackquote(string value)
    {
        foreach (char c in value)
        {
            if (c == '`' || c == '\uFEFF' || (c < ' ' && c != '\t') || c == '\x7F')
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendRune(StringBuilder output, int rune, char quote, bool asciiOnly)
    {
        if (rune == quote || rune == '\\')
        {
            output.Append('\\').Append((char)rune);
            return;
        }

        if (asciiOnly ? rune < 0x80 && IsPrint(rune) : IsPrint(rune))
        {
            AppendUtf32(output, rune);
            return;
        }

        switch (rune)
        {
            case '\a': output.Append("\\a"); return;
            case '\b': output.Append("\\b"); return;
            case '\f': output.Append("\\f"); return;
            case '\n': output.Append("\\n"); return;
            case '\r': output.Append("\\r"); return;
            case '\t': output.Append("\\t"); return;
            case '\v': output.Append("\\v"); return;
        }

        if (rune < ' ' || rune == 0x7F)
        {
            output.Append("\\x").Append(HexDigits[rune >> 4]).Append(HexDigits[rune & 0xF]);
        }
        else if (rune < 0x10000)
        {
            output.Append("\\u");
            AppendHex(output, rune, 4);
        }
        else
        {
            output.Append("\\U");
            AppendHex(output, rune, 8);
        }
    }

    private static void AppendHex(StringBuilder output, int value, int width)
    {
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4)
        {
            output.Append(HexDigits[(value >> shift) & 0xF]);
        }
    }

    private static void AppendUtf32(StringBuilder output, int rune)
    {
        if (rune < 0x10000)
        {
            output.Append((char)rune);
        }
        else
        {
            output.Append(char.ConvertFromUtf32(rune));
        }
    }
}
