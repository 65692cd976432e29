namespace Injector.Core.Templating.Formatting;

internal sealed partial class FormatPrinter
{
    private void ClearFlags()
    {
        _plus = _minus = _sharp = _space = _zero = _plusV = _sharpV = false;
        _widthPresent = _precisionPresent = false;
        _width = _precision = 0;
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
