namespace Injector.Webhook.Telemetry.Prometheus;

/// <summary>The metric types of the Prometheus text exposition format that the exporter writes.</summary>
internal enum PrometheusMetricType
{
    /// <summary>A monotonic sum; its samples are named <c>..._total</c>.</summary>
    Counter,

    /// <summary>A value that goes up and down.</summary>
    Gauge,

    /// <summary>Cumulative <c>_bucket{le=...}</c> samples with <c>_sum</c> and <c>_count</c>.</summary>
    Histogram,
}
