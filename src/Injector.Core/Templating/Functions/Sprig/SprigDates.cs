using Injector.Core.Templating.Functions.Istio;

using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>The deterministic part of Sprig's date functions: <c>duration</c> (seconds to Go's duration text).
/// The rest read the clock or need Go time values, which templates here never carry.</summary>
internal static class SprigDates
{
    public static void Register(TemplateFunctionMap map)
    {
        map.Set("duration", static a =>
        {
            Exactly(a, 1, "duration");
            // Sprig reads only a string or an int64; any other type (an int, a JSON float64) counts as zero seconds.
            long seconds = a[0] switch
            {
                string s => GoStrconv.TryParseInt(s, 10, out long parsed) ? parsed : 0,
                long l => l,
                _ => 0,
            };
            return GoDuration.Format(unchecked(seconds * 1_000_000_000));
        });
    }
}
