namespace Injector.Webhook.Telemetry.Prometheus;

/// <summary>Maps a Prometheus scrape endpoint onto a reader.</summary>
internal static class PrometheusScrapeEndpoint
{
    public static IEndpointRouteBuilder MapPrometheusScrapeEndpoint(this IEndpointRouteBuilder endpoints, PrometheusMetricReader reader, string pattern = "/metrics")
    {
        endpoints.MapGet(pattern, () => Results.Text(reader.Scrape(), PrometheusText.ContentType));
        return endpoints;
    }
}
