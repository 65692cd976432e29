using System.Globalization;

using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Injector.Webhook.Telemetry.Prometheus;

/// <summary>
/// Turns the OpenTelemetry SDK's aggregated metrics into Prometheus samples. It only runs inside a scrape, when
/// <see cref="PrometheusMetricReader"/> collects and hands it the writer of that scrape. As a pull exporter it is never
/// called on a timer, and the SDK collects for it only through the <see cref="Collect"/> delegate it installs.
/// </summary>
[ExportModes(ExportModes.Pull)]
internal sealed class PrometheusScrapeExporter : BaseExporter<Metric>, IPullMetricExporter
{
    /// <summary>Set by the SDK's reader: collects now, calling <see cref="Export"/> before it returns.</summary>
    public Func<int, bool>? Collect { get; set; }

    /// <summary>The scrape being written; set only for the duration of a collect.</summary>
    public PrometheusTextWriter? Target { get; set; }

    public override ExportResult Export(in Batch<Metric> batch)
    {
        if (Target is not { } writer)
        {
            return ExportResult.Failure;
        }

        foreach (var metric in batch)
        {
            Write(writer, metric);
        }

        return ExportResult.Success;
    }

    private static void Write(PrometheusTextWriter writer, Metric metric)
    {
        // Instrument names are already Prometheus names (unit and _total included), so no unit suffix is added here.
        var help = metric.Description;
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            var labels = Labels(point.Tags);
            switch (metric.MetricType)
            {
                case MetricType.LongSum:
                    writer.AddCounter(metric.Name, help, labels, point.GetSumLong());
                    break;
                case MetricType.DoubleSum:
                    writer.AddCounter(metric.Name, help, labels, point.GetSumDouble());
                    break;
                case MetricType.LongSumNonMonotonic:
                    writer.AddGauge(metric.Name, help, labels, point.GetSumLong());
                    break;
                case MetricType.DoubleSumNonMonotonic:
                    writer.AddGauge(metric.Name, help, labels, point.GetSumDouble());
                    break;
                case MetricType.LongGauge:
                    writer.AddGauge(metric.Name, help, labels, point.GetGaugeLastValueLong());
                    break;
                case MetricType.DoubleGauge:
                    writer.AddGauge(metric.Name, help, labels, point.GetGaugeLastValueDouble());
                    break;
                case MetricType.Histogram:
                    var buckets = new List<(double, long)>();
                    foreach (var bucket in point.GetHistogramBuckets())
                    {
                        buckets.Add((bucket.ExplicitBound, bucket.BucketCount));
                    }

                    writer.AddHistogram(metric.Name, help, labels, buckets, point.GetHistogramSum(), point.GetHistogramCount());
                    break;
                default:
                    // Exponential histograms have no form in the 0.0.4 text format; none of ours use them.
                    break;
            }
        }
    }

    private static List<KeyValuePair<string, string>> Labels(ReadOnlyTagCollection tags)
    {
        var labels = new List<KeyValuePair<string, string>>(tags.Count);
        foreach (var tag in tags)
        {
            var value = tag.Value switch
            {
                null => string.Empty,
                bool flag => flag ? "true" : "false",
                var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty,
            };
            labels.Add(new KeyValuePair<string, string>(tag.Key, value));
        }

        return labels;
    }
}
