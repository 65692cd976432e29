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
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set), unless metrics are switched off with
/// <see cref="TelemetryServiceCollectionExtensions.MetricsKey"/>, and, with OTLP, a tracer provider for the admission spans. Built by
/// hand because the SDK's hosting integration is not available here; the container disposes it at shutdown, which
/// flushes the OTLP exporters.
/// </summary>
internal sealed class TelemetryPipeline : IDisposable
{
    /// <summary>The variable the OTLP exporters read their endpoint from; OTLP is off without it.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private const string ServiceName = "injector-webhook";

    private readonly MeterProvider? meterProvider;
    private readonly TracerProvider? tracerProvider;

    public TelemetryPipeline(IMeterFactory meterFactory, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
        var serviceNameFromEnvironment = !string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]);
        Prometheus = new PrometheusMetricReader();
        if (configuration.GetValue(TelemetryServiceCollectionExtensions.MetricsKey, defaultValue: true))
        {
            meterProvider = BuildMeterProvider(meterFactory, otlp, serviceNameFromEnvironment);
        }

        if (otlp)
        {
            tracerProvider = Sdk.CreateTracerProviderBuilder()
                .ConfigureResource(resource => AddService(resource, serviceNameFromEnvironment))
                .AddSource(InjectorTelemetry.Name)
                .AddOtlpExporter()
                .Build();
        }
    }

    /// <summary>The reader behind <c>/metrics</c>; attached to nothing, and so empty, when metrics are off.</summary>
    public PrometheusMetricReader Prometheus { get; }

    /// <summary>Whether a meter provider collects the injector's instruments (and <c>/metrics</c> is served).</summary>
    public bool CollectsMetrics => meterProvider is not null;

    /// <summary>Whether spans and metrics are also pushed over OTLP.</summary>
    public bool ExportsOtlp => tracerProvider is not null;

    public void Dispose()
    {
        tracerProvider?.Dispose();
        if (meterProvider is null)
        {
            Prometheus.Dispose();
        }
        else
        {
            meterProvider.Dispose();
        }
    }

    private MeterProvider BuildMeterProvider(IMeterFactory meterFactory, bool otlp, bool serviceNameFromEnvironment)
    {
        var meters = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(resource => AddService(resource, serviceNameFromEnvironment))
            .AddMeter(InjectorTelemetry.Name)
            .AddView(instrument => IsForeign(instrument.Meter, meterFactory) ? MetricStreamConfiguration.Drop : null)
            .AddReader(Prometheus);
        if (otlp)
        {
            meters.AddOtlpExporter();
        }

        return meters.Build();
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
