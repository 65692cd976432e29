using Injector.Webhook.Telemetry.Prometheus;

namespace Injector.Webhook.Telemetry;

/// <summary>Maps <c>/metrics</c>; also starts the telemetry providers, so metrics are collected from the first request on.</summary>
internal static class TelemetryEndpoints
{
    /// <summary>Maps the Prometheus scrape endpoint at <c>/metrics</c>, unless metrics are switched off.</summary>
    public static IEndpointRouteBuilder MapInjectorTelemetry(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var pipeline = endpoints.ServiceProvider.GetRequiredService<TelemetryPipeline>();
        return pipeline.CollectsMetrics ? endpoints.MapPrometheusScrapeEndpoint(pipeline.Prometheus) : endpoints;
    }
}
