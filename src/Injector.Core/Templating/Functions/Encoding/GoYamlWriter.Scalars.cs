using System.Text.RegularExpressions;

namespace Injector.Core.Templating.Functions.Encoding;

/// <content>How yaml.v2 chooses a string's style: plain unless it would read back as another type or
/// the emitter's analysis forbids it, then single quotes, then double quotes.</content>
internal static partial class GoYamlWriter
{
    private enum ScalarStyle
    {
        Plain,
        SingleQuoted,
        DoubleQuoted,
        Literal,
    }

    private static ScalarStyle ChooseStyle(string value, bool simpleKey)
    {
        bool canUsePlain = ResolvesToString(value) && !Base60Float().IsMatch(value);
        var analysis = Analyze(value);
        ScalarStyle style = value.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal
            : canUsePlain ? ScalarStyle.Plain
            : ScalarStyle.DoubleQuoted;

        if (simpleKey && analysis.Multiline)
        {
            style = ScalarStyle.DoubleQuoted;
        }

        if (style == ScalarStyle.Plain && (!analysis.BlockPlainAllowed || (value.Length == 0 && simpleKey)))
        {
            style = ScalarStyle.SingleQuoted;
        }

        if (style == ScalarStyle.SingleQuoted && !analysis.SingleQuotedAllowed)
        {
            style = ScalarStyle.DoubleQuoted;
        }

        if (style == ScalarStyle.Literal && (!analysis.BlockAllowed || simpleKey))
        {
            style = ScalarStyle.DoubleQuoted;
        }

        return style;
    }

    private readonly record struct Analysis(bool Multiline, bool BlockPlainAllowed, bool SingleQuotedAllowed, bool BlockAllowed);

    private static Analysis Analyze(string value)
    {
        if (value.Length == 0)
        {
            return new Analysis(false, true, true, false);
        }

        bool blockIndicators = value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal);
        bool lineBreaks = false, special = false;
        bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
        bool breakSpace = false, spaceBreak = false;
        bool precededByWhitespace = true, previousSpace = false, previousBreak = false;

        for (int i = 0; i < value.Length; i++)
        {
            int rune = RuneAt(value, i, out int width);
            bool last = i + width >= value.Length;
            bool followedByWhitespace = last || IsBlank(value[i + width]);
            if (i == 0)
            {
                switch (rune)
                {
                    case '#' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`':
                        blockIndicators = true;
                        break;
                    case '?' or ':' or '-' when followedByWhitespace:
                        blockIndicators = true;
                        break;
                }
            }
            else
            {
                switch (rune)
                {
                    case ':' when followedByWhitespace:
                    case '#' when precededByWhitespace:
                        blockIndicators = true;
                        break;
                }
            }

            if (!IsPrintable(rune))
            {
                special = true;
            }

            if (rune == ' ')
            {
                leadingSpace |= i == 0;
                trailingSpace |= last;
                breakSpace |= previousBreak;
                previousSpace = true;
                previousBreak = false;
            }
            else if (IsBreak(rune))
            {
                lineBreaks = true;
                leadingBreak |= i == 0;
                trailingBreak |= last;
                spaceBreak |= previousSpace;
                previousSpace = false;
                previousBreak = true;
            }
            else
            {
                previousSpace = false;
                previousBreak = false;
            }

            precededByWhitespace = IsBlank(rune);
            i += width - 1;
        }

        bool blockPlain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || breakSpace || spaceBreak || special || lineBreaks || blockIndicators);
        bool single = !(breakSpace || spaceBreak || special);
        bool block = !(trailingSpace || spaceBreak || special);
        return new Analysis(lineBreaks, blockPlain, single, block);
    }

    // The code point at i (a lone surrogate counts as U+FFFD) and how many chars it takes.
    private static int RuneAt(string value, int i, out int width)
    {
        if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(value[i], value[i + 1]);
        }

        width = 1;
        return char.IsSurrogate(value[i]) ? 0xFFFD : value[i];
    }

    private static bool IsBlank(int c) => c is ' ' or '\t' || IsBreak(c);

    private static bool IsBreak(int c) => c is '\r' or '\n' or 0x85 or 0x2028 or 0x2029;

    private static bool IsPrintable(int c) =>
        c == 0x0A || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || (c >= 0x10000 && c <= 0x10FFFF);

    private static bool NeedsEscape(int c) => !IsPrintable(c) || c == 0xFEFF || IsBreak(c) || c == '"' || c == '\\';

    // yaml.v2's resolve: would this text, written plain, read back as a string?
    private static bool ResolvesToString(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        char hint = value[0];
        bool mapped = hint is '+' or '-' or '.' or (>= '0' and <= '9') or 'y' or 'Y' or 'n' or 'N' or 't' or 'T' or 'f' or 'F' or 'o' or 'O' or '~';
        if (!mapped)
        {
            return true;
        }

        if (s_reservedWords.Contains(value))
        {
            return false;
        }

        if (hint == '.')
        {
            return !GoStrconv.TryParseFloat(value, out _);
        }

        if (hint is '+' or '-' or (>= '0' and <= '9'))
        {
            if (Timestamp().IsMatch(value))
            {
                return false;
            }

            string plain = value.Replace("_", string.Empty, StringComparison.Ordinal);
            if (GoStrconv.TryParseInt(plain, 0, out _) || GoStrconv.TryParseUnsigned(plain, 0, out _))
            {
                return false;
            }

            if (YamlFloat().IsMatch(plain) && GoStrconv.TryParseFloat(plain, out _))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string> s_reservedWords = new(StringComparer.Ordinal)
    {
        "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
        "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
        "~", "null", "Null", "NULL",
        ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
    };

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex YamlFloat();

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$")]
    private static partial Regex Base60Float();

    // The timestamp forms yaml.v2 accepts: a date, optionally with a time and zone.
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?$")]
    private static partial Regex Timestamp();
}
