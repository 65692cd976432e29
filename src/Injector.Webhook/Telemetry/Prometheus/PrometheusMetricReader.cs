using OpenTelemetry.Metrics;

namespace Injector.Webhook.Telemetry.Prometheus;

/// <summary>
/// A pull reader for the OpenTelemetry SDK: each scrape collects the SDK's cumulative aggregates and writes them in
/// the Prometheus text format. It stands in for OpenTelemetry's own Prometheus exporter, which is the same shape
/// (a pull reader added with <c>AddReader</c>) and can replace it by swapping the reader and the endpoint.
/// </summary>
internal sealed class PrometheusMetricReader : BaseExportingMetricReader
{
    private readonly PrometheusScrapeExporter _scrapeExporter;
    private readonly Lock _gate = new();

    public PrometheusMetricReader()
        : this(new PrometheusScrapeExporter())
    {
    }

    private PrometheusMetricReader(PrometheusScrapeExporter exporter)
        : base(exporter)
    {
        _scrapeExporter = exporter;
    }

    /// <summary>Collects now and returns the scrape's text; empty when the reader is not attached to a provider.</summary>
    public string Scrape()
    {
        // One scrape at a time: the exporter writes into the scrape that triggered the collect.
        lock (_gate)
        {
            var writer = new PrometheusTextWriter();
            _scrapeExporter.Target = writer;
            try
            {
                _scrapeExporter.Collect?.Invoke(Timeout.Infinite);
            }
            finally
            {
                _scrapeExporter.Target = null;
            }

            return writer.ToString();
        }
    }
}
