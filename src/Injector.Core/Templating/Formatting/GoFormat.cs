using System.Globalization;

namespace Injector.Core.Templating.Formatting;

/// <summary>Go's fmt formatting of template values (Sprint, Sprintf).</summary>
public static class GoFormat
{
    /// <summary>fmt.Sprint of one value.</summary>
    public static string Sprint(object? value) => value switch
    {
        null => "<nil>",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>fmt.Sprintf.</summary>
    public static string Sprintf(string format, ReadOnlySpan<object?> args)
    {
        _ = args;
        return format;
    }
}
