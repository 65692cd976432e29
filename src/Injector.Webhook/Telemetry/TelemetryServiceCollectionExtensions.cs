using System.Diagnostics.Metrics;

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;

namespace Injector.Webhook.Telemetry;

/// <summary>Registers the injector's metrics, traces and log format.</summary>
internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>The configuration key choosing the console log format: <c>json</c> for one JSON object per line, else plain text.</summary>
    public const string LogFormatKey = "Injector:LogFormat";

    /// <summary>
    /// The configuration key switching metrics: <c>false</c> builds no meter provider, so the instruments record
    /// nothing, and maps no <c>/metrics</c>; on unless set. Traces and logs are not affected.
    /// </summary>
    public const string MetricsKey = "Injector:Telemetry:Metrics";

    /// <summary>
    /// Adds <see cref="InjectorMetrics"/>, <see cref="AdmissionTelemetry"/>, the Prometheus reader behind <c>/metrics</c>
    /// (unless <c>Injector:Telemetry:Metrics</c> is <c>false</c>), OTLP export of metrics and traces when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and JSON console logs when <c>Injector:LogFormat</c> is <c>json</c>.
    /// </summary>
    public static IServiceCollection AddInjectorTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new TelemetryPipeline(provider.GetRequiredService<IMeterFactory>(), configuration));
        services.TryAddSingleton(provider =>
        {
            // The SDK only aggregates what is recorded after it listens: start it before the first instrument exists.
            provider.GetRequiredService<TelemetryPipeline>();
            return new InjectorMetrics(provider.GetRequiredService<IMeterFactory>(), provider.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton<AdmissionTelemetry>();

        if (string.Equals(configuration[LogFormatKey], "json", StringComparison.OrdinalIgnoreCase))
        {
            services.AddLogging(logging => logging.AddJsonConsole(options =>
            {
                // Scopes carry the trace and span ids, which tie a log line to its admission span.
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            }));
        }

        return services;
    }
}
