using System.Globalization;
using System.Text;

namespace Injector.Core.Templating.Formatting;

/// <summary>One fmt print operation: the output buffer and the flags, width and precision of the current verb.</summary>
internal sealed class FormatPrinter
{
    private const string LowerDigits = "0123456789abcdefx";
    private const string UpperDigits = "0123456789ABCDEFX";
    private const int MaxWidth = 1_000_000;

    private bool _plus;
    private bool _minus;
    private bool _sharp;
    private bool _space;
    private bool _zero;
    private bool _plusV;
    private bool _sharpV;
    private bool _widthPresent;
    private bool _precisionPresent;
    private int _width;
    private int _precision;

    public FormatPrinter(StringBuilder output)
    {
        Output = output;
    }

    public StringBuilder Output { get; }

    public void Printf(string format, ReadOnlySpan<object?> args)
    {
        int end = format.Length;
        int argNum = 0;
        bool reordered = false;
        int i = 0;
        while (i < end)
        {
            int literalStart = i;
            int percent = format.IndexOf('%', i);
            i = percent < 0 ? end : percent;
            Output.Append(format, literalStart, i - literalStart);
            if (i >= end)
            {
                break;
            }

            i++;
            ClearFlags();
            bool goodArgNum = true;
            for (; i < end; i++)
            {
                char c = format[i];
                if (c == '#')
                {
                    _sharp = true;
                }
                else if (c == '0')
                {
                    _zero = !_minus;
                }
                else if (c == '+')
                {
                    _plus = true;
                }
                else if (c == '-')
                {
                    _minus = true;
                    _zero = false;
                }
                else if (c == ' ')
                {
                    _space = true;
                }
                else
                {
                    break;
                }
            }

            bool afterIndex = ArgNumber(format, ref i, ref argNum, args.Length, ref reordered, ref goodArgNum);

            if (i < end && format[i] == '*')
            {
                i++;
                _widthPresent = IntFromArg(args, ref argNum, out _width);
                if (!_widthPresent)
                {
                    Output.Append("%!(BADWIDTH)");
                }

                if (_width < 0)
                {
                    _width = -_width;
                    _minus = true;
                    _zero = false;
                }

                afterIndex = false;
            }
            else
            {
                _widthPresent = ParseNumber(format, ref i, out _width);
                if (afterIndex && _widthPresent)
                {
                    goodArgNum = false;
                }
            }

            if (i + 1 < end && format[i] == '.')
            {
                i++;
                if (afterIndex)
                {
                    goodArgNum = false;
                }

                afterIndex = ArgNumber(format, ref i, ref argNum, args.Length, ref reordered, ref goodArgNum);
                if (i < end && format[i] == '*')
                {
                    i++;
                    _precisionPresent = IntFromArg(args, ref argNum, out _precision);
                    if (_precision < 0)
                    {
                        _precision = 0;
                        _precisionPresent = false;
                    }

                    if (!_precisionPresent)
                    {
                        Output.Append("%!(BADPREC)");
                    }

                    afterIndex = false;
                }
                else
                {
                    _precisionPresent = ParseNumber(format, ref i, out _precision);
                    if (!_precisionPresent)
                    {
                        _precision = 0;
                        _precisionPresent = true;
                    }
                }
            }

            if (!afterIndex)
            {
                ArgNumber(format, ref i, ref argNum, args.Length, ref reordered, ref goodArgNum);
            }

            if (i >= end)
            {
                Output.Append("%!(NOVERB)");
                break;
            }

            int verb = format[i];
            if (char.IsHighSurrogate(format[i]) && i + 1 < end && char.IsLowSurrogate(format[i + 1]))
            {
                verb = char.ConvertToUtf32(format[i], format[i + 1]);
            }

            i += verb > 0xFFFF ? 2 : 1;

            if (verb == '%')
            {
                Output.Append('%');
            }
            else if (!goodArgNum)
            {
                Output.Append("%!");
                AppendRune(verb);
                Output.Append("(BADINDEX)");
            }
            else if (argNum >= args.Length)
            {
                Output.Append("%!");
                AppendRune(verb);
                Output.Append("(MISSING)");
            }
            else
            {
                if (verb == 'v')
                {
                    _sharpV = _sharp;
                    _sharp = false;
                    _plusV = _plus;
                    _plus = false;
                }

                PrintArgument(args[argNum], verb);
                argNum++;
            }
        }

        if (!reordered && argNum < args.Length)
        {
            ClearFlags();
            Output.Append("%!(EXTRA ");
            for (int k = argNum; k < args.Length; k++)
            {
                if (k > argNum)
                {
                    Output.Append(", ");
                }

                if (args[k] is null)
                {
                    Output.Append("<nil>");
                }
                else
                {
                    Output.Append(GoTypeName.Of(args[k])).Append('=');
                    PrintArgument(args[k], 'v');
                }
            }

            Output.Append(')');
        }
    }

    public void PrintArgument(object? argument, int verb)
    {
        if (argument is null)
        {
            if (verb is 'v' or 'T')
            {
                PadString("<nil>");
            }
            else
            {
                BadVerb(argument, verb);
            }

            return;
        }

        if (verb == 'T')
        {
            PadString(GoTypeName.Of(argument));
            return;
        }

        PrintValue(argument, verb, 0);
    }

    private void PrintValue(object? value, int verb, int depth)
    {
        switch (value)
        {
            case null:
                // A nil inside a list or map is a nil interface: printed as <nil> whatever the verb.
                Output.Append("<nil>");
                return;
            case string s:
                FormatString(s, verb, value);
                return;
            case bool b:
                if (verb is 't' or 'v')
                {
                    PadString(b ? "true" : "false");
                }
                else
                {
                    BadVerb(value, verb);
                }

                return;
            case int n:
                FormatInteger(n, verb, value);
                return;
            case long n:
                FormatInteger(n, verb, value);
                return;
            case double d:
                FormatFloat(d, verb, value);
                return;
            case float f:
                FormatFloat(f, verb, value);
                return;
            case IGoStringer stringer when verb is 'v' or 's' or 'x' or 'X' or 'q' && !_sharpV:
                FormatString(stringer.GoString(), verb, value);
                return;
            case ITemplateObject { IsNil: true } when depth == 0:
                PadString("<nil>");
                return;
            case IReadOnlyList<string> strings:
                Output.Append('[');
                for (int i = 0; i < strings.Count; i++)
                {
                    if (i > 0)
                    {
                        Output.Append(' ');
                    }

                    PrintValue(strings[i], verb, depth + 1);
                }

                Output.Append(']');
                return;
            case IReadOnlyList<object?> list:
                Output.Append('[');
                for (int i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        Output.Append(' ');
                    }

                    PrintValue(list[i], verb, depth + 1);
                }

                Output.Append(']');
                return;
            case IReadOnlyDictionary<string, object?> map:
                PrintMap(map, verb, depth);
                return;
            case IReadOnlyDictionary<string, string> stringMap:
                PrintMap(stringMap, verb, depth);
                return;
            default:
                FormatString(value.ToString() ?? string.Empty, verb, value);
                return;
        }
    }

    private void PrintMap<TValue>(IReadOnlyDictionary<string, TValue> map, int verb, int depth)
    {
        var keys = new string[map.Count];
        int n = 0;
        foreach (var key in map.Keys)
        {
            keys[n++] = key;
        }

        Array.Sort(keys, StringComparer.Ordinal);
        Output.Append("map[");
        for (int i = 0; i < keys.Length; i++)
        {
            if (i > 0)
            {
                Output.Append(' ');
            }

            PrintValue(keys[i], verb, depth + 1);
            Output.Append(':');
            PrintValue(map[keys[i]], verb, depth + 1);
        }

        Output.Append(']');
    }

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

    private void BadVerb(object? value, int verb)
    {
        Output.Append("%!");
        AppendRune(verb);
        Output.Append('(');
        if (value is null)
        {
            Output.Append("<nil>");
        }
        else
        {
            Output.Append(GoTypeName.Of(value)).Append('=');
            PrintArgument(value, 'v');
        }

        Output.Append(')');
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

    private void ClearFlags()
    {
        _plus = _minus = _sharp = _space = _zero = _plusV = _sharpV = false;
        _widthPresent = _precisionPresent = false;
        _width = _precision = 0;
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

    private static bool ParseNumber(string format, ref int i, out int number)
    {
        number = 0;
        int start = i;
        while (i < format.Length && format[i] is >= '0' and <= '9')
        {
            if (number > MaxWidth)
            {
                // Go gives up on absurd widths rather than overflowing.
                number = 0;
                return false;
            }

            number = (number * 10) + (format[i] - '0');
            i++;
        }

        return i > start;
    }

    private static bool IntFromArg(ReadOnlySpan<object?> args, ref int argNum, out int number)
    {
        number = 0;
        if (argNum >= args.Length)
        {
            return false;
        }

        bool isInt = false;
        switch (args[argNum])
        {
            case int n:
                number = n;
                isInt = true;
                break;
            case long n when n is >= int.MinValue and <= int.MaxValue:
                number = (int)n;
                isInt = true;
                break;
        }

        argNum++;
        if (number is > MaxWidth or < -MaxWidth)
        {
            number = 0;
            isInt = false;
        }

        return isInt;
    }

    private static bool ArgNumber(
        string format, ref int i, ref int argNum, int argCount, ref bool reordered, ref bool goodArgNum)
    {
        if (i >= format.Length || format[i] != '[')
        {
            return false;
        }

        reordered = true;
        int close = format.IndexOf(']', i + 1);
        if (close < 0)
        {
            // No closing bracket: consume just the '['.
            i++;
            goodArgNum = false;
            return false;
        }

        int j = i + 1;
        bool ok = ParseNumber(format, ref j, out int index) && j == close;
        i = close + 1;
        index--;
        if (ok && index >= 0 && index < argCount)
        {
            argNum = index;
            return true;
        }

        goodArgNum = false;
        return ok;
    }
}
