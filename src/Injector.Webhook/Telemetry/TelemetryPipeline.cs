using System.Diagnostics.Metrics;

using Injector.Core.Telemetry;
using Injector.Webhook.Telemetry.Prometheus;

using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Injector.Webhook.Telemetry;

/// <summary>
/// The OpenTelemetry SDK providers of one host: a meter provider that feeds the Prometheus scrape (and OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set) and, with OTLP, a tracer provider for the admission spans. Built by
/// hand because the SDK's hosting integration is not available here; the container disposes it at shutdown, which
/// flushes the OTLP exporters.
/// </summary>
internal sealed class TelemetryPipeline : IDisposable
{
    /// <summary>The variable the OTLP exporters read their endpoint from; OTLP is off without it.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private const string ServiceName = "injector-webhook";

    private readonly MeterProvider meterProvider;
    private readonly TracerProvider? tracerProvider;

    public TelemetryPipeline(IMeterFactory meterFactory, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
        var serviceNameFromEnvironment = !string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]);
        Prometheus = new PrometheusMetricReader();

        var meters = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(resource => AddService(resource, serviceNameFromEnvironment))
            .AddMeter(InjectorTelemetry.Name)
            .AddView(instrument => IsForeign(instrument.Meter, meterFactory) ? MetricStreamConfiguration.Drop : null)
            .AddReader(Prometheus);
        if (otlp)
        {
            meters.AddOtlpExporter();
        }

        meterProvider = meters.Build();
        if (otlp)
        {
            tracerProvider = Sdk.CreateTracerProviderBuilder()
                .ConfigureResource(resource => AddService(resource, serviceNameFromEnvironment))
                .AddSource(InjectorTelemetry.Name)
                .AddOtlpExporter()
                .Build();
        }
    }

    /// <summary>The reader behind <c>/metrics</c>.</summary>
    public PrometheusMetricReader Prometheus { get; }

    /// <summary>Whether spans and metrics are also pushed over OTLP.</summary>
    public bool ExportsOtlp => tracerProvider is not null;

    public void Dispose()
    {
        tracerProvider?.Dispose();
        meterProvider.Dispose();
    }

    /// <summary>
    /// Meters are matched by name across the whole process, so a second host in the same process (tests) would
    /// otherwise count into this one's scrape: keep meters from this host's factory and the pipeline's process-wide one.
    /// </summary>
    private static bool IsForeign(Meter meter, IMeterFactory meterFactory) =>
        meter.Name == InjectorTelemetry.Name && meter.Scope != meterFactory && meter != InjectionPhaseMetrics.Meter;

    private static void AddService(ResourceBuilder resource, bool serviceNameFromEnvironment)
    {
        // OTEL_SERVICE_NAME, when set, is already on the default resource and wins.
        if (!serviceNameFromEnvironment)
        {
            resource.AddService(ServiceName);
        }
    }
}
