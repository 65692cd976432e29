using System.Globalization;
using System.Text;

namespace Injector.Core.Templating.Functions.Istio;

/// <summary>Go's time.Duration text (<c>1h2m3.5s</c>, <c>1.5ms</c>, <c>0s</c>) and protobuf Duration values.</summary>
internal static class GoDuration
{
    /// <summary>Nanoseconds of a protobuf Duration view (Seconds, Nanos), a TimeSpan, or a number of nanoseconds; nil is 0.</summary>
    public static long FromProto(object? value) => value switch
    {
        null => 0,
        ITemplateObject { IsNil: true } => 0,
        ITemplateObject d => unchecked((FunctionValues.ToInt64(Member(d, "Seconds")) * 1_000_000_000) + FunctionValues.ToInt64(Member(d, "Nanos"))),
        TimeSpan t => t.Ticks * 100,
        _ => FunctionValues.ToInt64(value),
    };

    /// <summary>time.Duration.String.</summary>
    public static string Format(long nanos)
    {
        if (nanos == 0)
        {
            return "0s";
        }

        bool negative = nanos < 0;
        ulong u = negative ? (ulong)(-(nanos + 1)) + 1 : (ulong)nanos;
        var sb = new StringBuilder();
        if (u < 1_000_000_000)
        {
            // Below a second: the largest unit among ns, µs, ms, with a fraction.
            (ulong unit, string suffix) = u < 1_000 ? (1UL, "ns") : u < 1_000_000 ? (1_000UL, "µs") : (1_000_000UL, "ms");
            sb.Append(Fraction(u, unit)).Append(suffix);
        }
        else
        {
            ulong hours = u / 3_600_000_000_000;
            ulong rest = u % 3_600_000_000_000;
            ulong minutes = rest / 60_000_000_000;
            rest %= 60_000_000_000;
            if (hours > 0)
            {
                sb.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('h');
            }

            if (hours > 0 || minutes > 0)
            {
                sb.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('m');
            }

            sb.Append(Fraction(rest, 1_000_000_000)).Append('s');
        }

        return negative ? "-" + sb : sb.ToString();
    }

    private static string Fraction(ulong value, ulong unit)
    {
        string whole = (value / unit).ToString(CultureInfo.InvariantCulture);
        ulong remainder = value % unit;
        if (remainder == 0)
        {
            return whole;
        }

        int digits = unit.ToString(CultureInfo.InvariantCulture).Length - 1;
        string fraction = remainder.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0').TrimEnd('0');
        return whole + "." + fraction;
    }

    private static object? Member(ITemplateObject obj, string name) => obj.TryGetMember(name, out var value) ? value : null;
}
