using System.Text;

namespace Injector.Core.Templating.Formatting;

/// <summary>Go's fmt and strconv formatting of template values: Sprint, Sprintln, Sprintf and Quote.</summary>
internal static class GoFormat
{
    /// <summary>fmt.Sprint of one value.</summary>
    public static string Sprint(object? value) => value switch
    {
        string s => s,
        null => "<nil>",
        bool b => b ? "true" : "false",
        _ => Print(value),
    };

    /// <summary>fmt.Sprint: operands in their %v form, a space between two operands when neither is a string.</summary>
    public static string Sprint(ReadOnlySpan<object?> args)
    {
        var printer = new FormatPrinter(new StringBuilder());
        for (int i = 0; i < args.Length; i++)
        {
            if (i > 0 && args[i] is not string && args[i - 1] is not string)
            {
                printer.Output.Append(' ');
            }

            printer.PrintArgument(args[i], 'v');
        }

        return printer.Output.ToString();
    }

    /// <summary>fmt.Sprintln: operands in their %v form separated by spaces, then a newline.</summary>
    public static string Sprintln(ReadOnlySpan<object?> args)
    {
        var printer = new FormatPrinter(new StringBuilder());
        for (int i = 0; i < args.Length; i++)
        {
            if (i > 0)
            {
                printer.Output.Append(' ');
            }

            printer.PrintArgument(args[i], 'v');
        }

        printer.Output.Append('\n');
        return printer.Output.ToString();
    }

    /// <summary>fmt.Sprintf, with Go's verbs, flags, width, precision and its <c>%!</c> error notations.</summary>
    public static string Sprintf(string format, ReadOnlySpan<object?> args)
    {
        ArgumentNullException.ThrowIfNull(format);
        var printer = new FormatPrinter(new StringBuilder(format.Length + 16));
        printer.Printf(format, args);
        return printer.Output.ToString();
    }

    /// <summary>Appends fmt.Sprint of one value to <paramref name="output"/> without an intermediate string.</summary>
    public static void AppendSprint(StringBuilder output, object? value)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (value)
        {
            case string s:
                output.Append(s);
                break;
            case bool b:
                output.Append(b ? "true" : "false");
                break;
            case int i:
                output.Append(i);
                break;
            case long l:
                output.Append(l);
                break;
            default:
                new FormatPrinter(output).PrintArgument(value, 'v');
                break;
        }
    }

    /// <summary>strconv.Quote: a double-quoted Go string literal, escaping control and non-printable runes.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        GoQuote.Append(builder, value, '"', asciiOnly: false);
        return builder.ToString();
    }

    private static string Print(object? value)
    {
        var printer = new FormatPrinter(new StringBuilder());
        printer.PrintArgument(value, 'v');
        return printer.Output.ToString();
    }
}
