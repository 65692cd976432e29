using System.Net;
using System.Security.Authentication;

using Injector.Webhook.Endpoints;
using Injector.Webhook.Options;
using Injector.Webhook.Telemetry;
using Injector.Webhook.Tls;

using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Injector.Webhook;

/// <summary>Registers the webhook's services: options, settings snapshots, the serving certificate and Kestrel's HTTPS endpoint.</summary>
internal static class WebhookServiceCollectionExtensions
{
    /// <summary>Adds the webhook services, bound to the <c>Injector</c> section of <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddInjectorWebhook(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InjectorOptions>().Bind(configuration.GetSection(InjectorOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InjectorOptions>, InjectorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDefaultSettingsSource, EmbeddedDefaultSettingsSource>();
        services.TryAddSingleton<INamespaceObjectSource, NoNamespaceObjects>();
        services.TryAddSingleton<NativeSidecarDetector>();
        services.TryAddSingleton<InjectionSettingsProvider>();
        services.TryAddSingleton<CertificateHolder>();
        services.AddHostedService<FileChangeWatcher>();
        services.AddInjectorTelemetry(configuration);

        services.AddOptions<KestrelServerOptions>().Configure<IOptions<InjectorOptions>, CertificateHolder>((kestrel, options, certificate) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Parse(options.Value.ListenAddress), options.Value.Port, listen =>
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.UseHttps(new HttpsConnectionAdapterOptions
                {
                    SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                    ServerCertificateSelector = (_, _) => certificate.Current,
                });
            });
        });
        return services;
    }
}
