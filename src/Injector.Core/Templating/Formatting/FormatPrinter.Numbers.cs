using System.Globalization;
using System.Text;

namespace Injector.Core.Templating.Formatting;

internal sealed partial class FormatPrinter
{
    private void FormatInteger(long value, int verb, object original)
    {
        switch (verb)
        {
            case 'v' or 'd':
                FormatIntegerBase(value, 10, verb, LowerDigits);
                break;
            case 'b':
                FormatIntegerBase(value, 2, verb, LowerDigits);
                break;
            case 'o' or 'O':
                FormatIntegerBase(value, 8, verb, LowerDigits);
                break;
            case 'x':
                FormatIntegerBase(value, 16, verb, LowerDigits);
                break;
            case 'X':
                FormatIntegerBase(value, 16, verb, UpperDigits);
                break;
            case 'c':
                PadString(RuneString(value));
                break;
            case 'q':
                var quoted = new StringBuilder(8);
                GoQuote.AppendRuneLiteral(quoted, value is < 0 or > 0x10FFFF ? 0xFFFD : (int)value, _plus);
                PadString(quoted.ToString());
                break;
            case 'U':
                FormatUnicode(value);
                break;
            default:
                BadVerb(original, verb);
                break;
        }
    }

    private void FormatIntegerBase(long value, int numberBase, int verb, string digits)
    {
        bool negative = value < 0;
        ulong magnitude = negative ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        int precision = 0;
        if (_precisionPresent)
        {
            precision = _precision;
            if (precision == 0 && magnitude == 0)
            {
                bool zero = _zero;
                _zero = false;
                WritePadding(_width);
                _zero = zero;
                return;
            }
        }
        else if (_zero && _widthPresent)
        {
            precision = _width;
            if (negative || _plus || _space)
            {
                precision--;
            }
        }

        var text = new StringBuilder(24);
        do
        {
            text.Insert(0, digits[(int)(magnitude % (ulong)numberBase)]);
            magnitude /= (ulong)numberBase;
        }
        while (magnitude > 0);

        if (text.Length < precision)
        {
            text.Insert(0, new string('0', precision - text.Length));
        }

        if (_sharp)
        {
            switch (numberBase)
            {
                case 2:
                    text.Insert(0, "0b");
                    break;
                case 8 when text[0] != '0':
                    text.Insert(0, '0');
                    break;
                case 16:
                    text.Insert(0, digits[16]).Insert(0, '0');
                    break;
            }
        }

        if (verb == 'O')
        {
            text.Insert(0, "0o");
        }

        if (negative)
        {
            text.Insert(0, '-');
        }
        else if (_plus)
        {
            text.Insert(0, '+');
        }
        else if (_space)
        {
            text.Insert(0, ' ');
        }

        // The digits already carry any zero padding; the width is filled with spaces.
        bool zeroFlag = _zero;
        _zero = false;
        PadString(text.ToString());
        _zero = zeroFlag;
    }

    private void FormatUnicode(long value)
    {
        var text = new StringBuilder("U+");
        string hex = ((ulong)value).ToString("X", CultureInfo.InvariantCulture);
        int precision = _precisionPresent && _precision > 4 ? _precision : 4;
        if (hex.Length < precision)
        {
            text.Append('0', precision - hex.Length);
        }

        text.Append(hex);
        if (_sharp && value is >= 0 and <= 0x10FFFF && GoQuote.IsPrint((int)value))
        {
            text.Append(" '").Append(char.ConvertFromUtf32((int)value)).Append('\'');
        }

        bool zero = _zero;
        _zero = false;
        PadString(text.ToString());
        _zero = zero;
    }

    private void FormatFloat(double value, int verb, object original)
    {
        char format;
        int precision;
        switch (verb)
        {
            case 'v':
                format = 'g';
                precision = -1;
                break;
            case 'g' or 'G':
                format = (char)verb;
                precision = -1;
                break;
            case 'e' or 'E' or 'f':
                format = (char)verb;
                precision = 6;
                break;
            case 'F':
                format = 'f';
                precision = 6;
                break;
            default:
                BadVerb(original, verb);
                return;
        }

        if (_precisionPresent)
        {
            precision = _precision;
        }

        var number = new StringBuilder(32);
        GoFloat.Append(number, value, format, precision);
        if (number[0] is not '-' and not '+')
        {
            number.Insert(0, '+');
        }

        if (_space && number[0] == '+' && !_plus)
        {
            number[0] = ' ';
        }

        if (number[1] is 'I' or 'N')
        {
            if (number[1] == 'N' && !_space && !_plus)
            {
                number.Remove(0, 1);
            }

            bool zero = _zero;
            _zero = false;
            PadString(number.ToString());
            _zero = zero;
            return;
        }

        if (_sharp)
        {
            AddSharpFloatDigits(number, verb, precision);
        }

        if (_plus || number[0] != '+')
        {
            if (_zero && _widthPresent && _width > number.Length)
            {
                Output.Append(number[0]);
                WritePadding(_width - number.Length);
                Output.Append(number, 1, number.Length - 1);
                return;
            }

            PadString(number.ToString());
            return;
        }

        PadString(number.ToString(1, number.Length - 1));
    }

    private static void AddSharpFloatDigits(StringBuilder number, int verb, int precision)
    {
        // '#' keeps a decimal point and, for %g and %v, the trailing zeros up to the precision.
        int digits = verb is 'v' or 'g' or 'G' ? (precision == -1 ? 6 : precision) : 0;
        string tail = string.Empty;
        bool hasPoint = false;
        bool sawNonZero = false;
        string text = number.ToString();
        int cut = text.Length;
        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                hasPoint = true;
            }
            else if (c is 'e' or 'E')
            {
                tail = text[i..];
                cut = i;
                break;
            }
            else
            {
                sawNonZero |= c != '0';
                if (sawNonZero)
                {
                    digits--;
                }
            }
        }

        number.Length = cut;
        if (!hasPoint)
        {
            if (cut == 2 && text[1] == '0')
            {
                digits--;
            }

            number.Append('.');
        }

        if (digits > 0)
        {
            number.Append('0', digits);
        }

        number.Append(tail);
    }
}
