using System.Diagnostics.Metrics;

using Injector.Webhook.Telemetry.Prometheus;

using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Injector.Webhook.Tests.Telemetry.Prometheus;

public sealed class PrometheusMetricReaderTests : IDisposable
{
    // A meter name of its own, so that no other test's instruments reach this reader.
    private readonly Meter meter = new($"Injector.Tests.{Guid.NewGuid():N}");
    private readonly PrometheusMetricReader reader = new();
    private readonly MeterProvider provider;

    public PrometheusMetricReaderTests()
    {
        provider = Sdk.CreateMeterProviderBuilder().AddMeter(meter.Name).AddReader(reader).Build();
    }

    public void Dispose()
    {
        provider.Dispose();
        meter.Dispose();
    }

    [Fact]
    public void Scrape_Counter_ReportsTheCumulativeTotalPerLabelSet()
    {
        var counter = meter.CreateCounter<long>("skips_total", description: "Skips.");
        counter.Add(2, new KeyValuePair<string, object?>("reason", "A"));
        counter.Add(1, new KeyValuePair<string, object?>("reason", "B"));
        reader.Scrape();
        counter.Add(3, new KeyValuePair<string, object?>("reason", "A"));

        var samples = PrometheusSamples.Parse(reader.Scrape());

        Assert.Equal(5, samples["skips_total{reason=\"A\"}"]);
        Assert.Equal(1, samples["skips_total{reason=\"B\"}"]);
    }

    [Fact]
    public void Scrape_Histogram_UsesTheInstrumentsAdvisedBuckets()
    {
        var histogram = meter.CreateHistogram(
            "latency_seconds",
            unit: "s",
            description: "Latency.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.01] });
        histogram.Record(0.0005);
        histogram.Record(0.005);
        histogram.Record(2);

        var text = reader.Scrape();
        var samples = PrometheusSamples.Parse(text);

        Assert.Contains("# TYPE latency_seconds histogram\n", text, StringComparison.Ordinal);
        Assert.Equal(1, samples["latency_seconds_bucket{le=\"0.001\"}"]);
        Assert.Equal(2, samples["latency_seconds_bucket{le=\"0.01\"}"]);
        Assert.Equal(3, samples["latency_seconds_bucket{le=\"+Inf\"}"]);
        Assert.Equal(3, samples["latency_seconds_count"]);
        Assert.Equal(2.0055, samples["latency_seconds_sum"], 9);
    }

    [Fact]
    public void Scrape_ObservableGauge_AsksItsCallbackEachTime()
    {
        var value = 1.5;
        meter.CreateObservableGauge("expiry_seconds", () => value, unit: "s", description: "Expiry.");

        Assert.Equal(1.5, PrometheusSamples.Parse(reader.Scrape())["expiry_seconds"]);
        value = -3;
        Assert.Equal(-3, PrometheusSamples.Parse(reader.Scrape())["expiry_seconds"]);
        Assert.Contains("# TYPE expiry_seconds gauge\n", reader.Scrape(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scrape_UpDownCounter_IsAGauge()
    {
        meter.CreateUpDownCounter<int>("in_flight").Add(-2);

        var text = reader.Scrape();

        Assert.Contains("# TYPE in_flight gauge\nin_flight -2\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Scrape_ReaderWithoutProvider_IsEmpty()
    {
        using var detached = new PrometheusMetricReader();

        Assert.Equal(string.Empty, detached.Scrape());
    }
}
