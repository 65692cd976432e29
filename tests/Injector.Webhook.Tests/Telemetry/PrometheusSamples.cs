using System.Globalization;

namespace Injector.Webhook.Tests.Telemetry;

/// <summary>Reads a Prometheus text scrape into its samples, keyed by series as written (name and label set).</summary>
internal static class PrometheusSamples
{
    public static Dictionary<string, double> Parse(string text)
    {
        var samples = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var space = line.LastIndexOf(' ');
            var value = line[(space + 1)..] switch
            {
                "+Inf" => double.PositiveInfinity,
                "-Inf" => double.NegativeInfinity,
                "NaN" => double.NaN,
                var number => double.Parse(number, CultureInfo.InvariantCulture),
            };
            Assert.True(samples.TryAdd(line[..space], value), $"series written twice: {line[..space]}");
        }

        return samples;
    }

    /// <summary>The value of a series, or 0 when the scrape does not have it (a counter never incremented).</summary>
    public static double ValueOrZero(this Dictionary<string, double> samples, string series) =>
        samples.TryGetValue(series, out var value) ? value : 0;
}
