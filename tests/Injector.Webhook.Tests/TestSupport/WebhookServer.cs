using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Admission;
using Injector.Webhook.Options;
using Injector.Webhook.Tls;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Injector.Webhook.Tests.TestSupport;

/// <summary>
/// The real webhook application listening on 127.0.0.1 with a free port, over HTTPS with a certificate from a test CA;
/// its files (certificate, key, settings) live in a temporary folder so tests can change them.
/// </summary>
internal sealed class WebhookServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private WebhookServer(WebApplication app, TestCertificates certificates, string directory, Uri address)
    {
        this.app = app;
        Certificates = certificates;
        Directory = directory;
        Address = address;
        Client = CreateClient();
    }

    public TestCertificates Certificates { get; }

    public string Directory { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public InjectionSettingsProvider Settings => app.Services.GetRequiredService<InjectionSettingsProvider>();

    public CertificateHolder Certificate => app.Services.GetRequiredService<CertificateHolder>();

    /// <summary>Starts a server; <paramref name="files"/> maps option keys (InjectConfigFile, ...) to file contents written before start.</summary>
    public static async Task<WebhookServer> StartAsync(
        IReadOnlyDictionary<string, string>? files = null,
        IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("injector-webhook-test-").FullName;
        var certificates = new TestCertificates(directory);
        var args = new List<string>
        {
            "--Injector:Port=0",
            "--Injector:ListenAddress=127.0.0.1",
            $"--Injector:CertFile={certificates.CertificateFile}",
            $"--Injector:KeyFile={certificates.KeyFile}",
            "--Injector:FileCheckInterval=00:00:00.050",
            "--Injector:NativeSidecars=false",
            "--Logging:LogLevel:Default=Warning",
        };
        foreach (var (key, content) in files ?? new Dictionary<string, string>())
        {
            var path = Path.Combine(directory, key);
            await File.WriteAllTextAsync(path, content);
            args.Add($"--Injector:{key}={path}");
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            args.Add($"--Injector:{key}={value}");
        }

        var app = WebhookApplication.Build([.. args], configureServices);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new WebhookServer(app, certificates, directory, new Uri(address));
    }

    public string PathOf(string key) => Path.Combine(Directory, key);

    /// <summary>
    /// Replaces a watched file in one step (write beside it, then rename over it), as Kubernetes swaps a ConfigMap
    /// mount, so the watcher never reads a half-written file.
    /// </summary>
    public async Task ReplaceFileAsync(string key, string content)
    {
        var path = PathOf(key);
        var staging = path + ".staging";
        await File.WriteAllTextAsync(staging, content);
        File.Move(staging, path, overwrite: true);
    }

    /// <summary>A client that trusts only the test CA; <paramref name="onCertificate"/> sees each server certificate.</summary>
    public HttpClient CreateClient(Action<X509Certificate2>? onCertificate = null, Version? version = null)
    {
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                {
                    if (certificate is not X509Certificate2 x509)
                    {
                        return false;
                    }

                    onCertificate?.Invoke(x509);
                    return Certificates.Validate(x509);
                },
            },
        };
        return new HttpClient(handler)
        {
            BaseAddress = Address,
            DefaultRequestVersion = version ?? HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
    }

    /// <summary>Posts a review and returns the HTTP response.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string body, string contentType = "application/json") =>
        Client.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));

    /// <summary>Posts a review and reads the AdmissionReview answer, asserting a 200.</summary>
    public async Task<AdmissionReview> ReviewAsync(JsonNode review, string path = "/inject")
    {
        using var response = await PostAsync(path, review.ToJsonString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize(text, AdmissionJsonContext.Default.AdmissionReview)!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Certificates.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
