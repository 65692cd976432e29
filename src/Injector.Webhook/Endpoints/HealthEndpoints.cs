using Injector.Webhook.Options;
using Injector.Webhook.Tls;

namespace Injector.Webhook.Endpoints;

/// <summary><c>/healthz</c> (the process answers) and <c>/readyz</c> (settings and serving certificate loaded).</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", (InjectionSettingsProvider settings, CertificateHolder certificate) =>
            settings.IsLoaded && certificate.Current is not null
                ? Results.Text("ready")
                : Results.Text("not ready", statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }
}
