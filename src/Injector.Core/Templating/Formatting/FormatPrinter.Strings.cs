using System.Text;

namespace Injector.Core.Templating.Formatting;

internal sealed partial class FormatPrinter
{
    private void FormatString(string value, int verb, object original)
    {
        switch (verb)
        {
            case 'v':
                if (_sharpV)
                {
                    FormatQuoted(value);
                }
                else
                {
                    PadString(Truncate(value));
                }

                break;
            case 's':
                PadString(Truncate(value));
                break;
            case 'x':
                FormatHexString(value, LowerDigits);
                break;
            case 'X':
                FormatHexString(value, UpperDigits);
                break;
            case 'q':
                FormatQuoted(value);
                break;
            default:
                BadVerb(original, verb);
                break;
        }
    }

    private void FormatQuoted(string value)
    {
        value = Truncate(value);
        if (_sharp && GoQuote.CanBackquote(value))
        {
            PadString("`" + value + "`");
            return;
        }

        var quoted = new StringBuilder(value.Length + 2);
        GoQuote.Append(quoted, value, '"', asciiOnly: _plus);
        PadString(quoted.ToString());
    }

    private void FormatHexString(string value, string digits)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(value);
        int length = bytes.Length;
        if (_precisionPresent && _precision < length)
        {
            length = _precision;
        }

        var hex = new StringBuilder(length * 3);
        for (int i = 0; i < length; i++)
        {
            if (_space && i > 0)
            {
                hex.Append(' ');
            }

            if (_sharp && (_space || i == 0))
            {
                hex.Append('0').Append(digits[16]);
            }

            hex.Append(digits[bytes[i] >> 4]).Append(digits[bytes[i] & 0xF]);
        }

        // Hex encodings are padded with spaces even under the 0 flag.
        bool zero = _zero;
        _zero = false;
        PadString(hex.ToString());
        _zero = zero;
    }

    private string Truncate(string value)
    {
        if (!_precisionPresent)
        {
            return value;
        }

        int runes = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (runes == _precision)
            {
                return value[..i];
            }

            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }

            runes++;
        }

        return value;
    }

    private void PadString(string value)
    {
        if (!_widthPresent || _width == 0)
        {
            Output.Append(value);
            return;
        }

        int padding = _width - RuneCount(value);
        if (_minus)
        {
            Output.Append(value);
            WritePadding(padding);
        }
        else
        {
            WritePadding(padding);
            Output.Append(value);
        }
    }

    private void WritePadding(int count)
    {
        if (count > 0)
        {
            Output.Append(_zero ? '0' : ' ', count);
        }
    }

    private void AppendRune(int rune)
    {
        if (rune > 0xFFFF)
        {
            Output.Append(char.ConvertFromUtf32(rune));
        }
        else
        {
            Output.Append((char)rune);
        }
    }

    private static string RuneString(long value)
    {
        if (value is < 0 or > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        {
            return "\uFFFD";
        }

        return char.ConvertFromUtf32((int)value);
    }

    private static int RuneCount(string value)
    {
        int count = value.Length;
        for (int i = 0; i + 1 < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && char.IsLowSurrogate(value[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }
}
