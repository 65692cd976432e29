using Injector.Webhook.Endpoints;
using Injector.Webhook.Options;
using Injector.Webhook.Telemetry;
using Injector.Webhook.Tls;

using Microsoft.Extensions.Options;

namespace Injector.Webhook;

/// <summary>Builds the webhook application: services, start-up loads (which fail fast on bad settings) and endpoints.</summary>
internal static class WebhookApplication
{
    /// <summary>
    /// Builds the application from command-line <paramref name="args"/> (and the usual appsettings and environment);
    /// <paramref name="configureServices"/> may replace services, e.g. the namespace lookup.
    /// Throws <see cref="OptionsValidationException"/> or <see cref="InvalidOperationException"/> when the settings are unusable.
    /// </summary>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        // appsettings.json ships beside the binary: find it there whatever the working directory is, so a published
        // webhook started from elsewhere keeps its log levels instead of logging every request.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddInjectorWebhook(builder.Configuration);
        configureServices?.Invoke(builder.Services);
        var app = builder.Build();

        var options = app.Services.GetRequiredService<IOptions<InjectorOptions>>().Value;
        app.Services.GetRequiredService<InjectionSettingsProvider>().LoadInitial();
        var (certFile, keyFile) = string.IsNullOrEmpty(options.CertFile)
            ? GeneratedCertificateStore.Ensure(
                string.IsNullOrEmpty(options.DataDirectory) ? Path.Combine(Path.GetTempPath(), "injector-webhook") : options.DataDirectory,
                app.Services.GetRequiredService<TimeProvider>(),
                app.Logger)
            : (options.CertFile, options.KeyFile!);
        var certificate = app.Services.GetRequiredService<CertificateHolder>();
        certificate.LoadInitial(certFile, keyFile);
        app.Services.GetRequiredService<InjectorMetrics>().TrackCertificate(() => certificate.Current?.NotAfter);

        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = AdmissionExceptionHandler.HandleAsync });
        app.MapHealthEndpoints();
        app.MapAdmissionEndpoints();
        app.MapInjectorTelemetry();
        return app;
    }
}
