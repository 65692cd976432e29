using System.Text;

namespace Injector.Core.Templating.Formatting;

/// <summary>One fmt print operation: the output buffer and the flags, width and precision of the current verb.</summary>
internal sealed partial class FormatPrinter
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
}
