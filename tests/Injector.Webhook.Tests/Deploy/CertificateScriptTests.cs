using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Injector.Testing;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Injector.Webhook.Tests.Deploy;

/// <summary>certs/generate.sh produces a CA and a serving certificate the API server would accept.</summary>
public sealed class CertificateScriptTests : IDisposable
{
    private static readonly string[] ServiceNames =
        ["injector", "injector.injector-system", "injector.injector-system.svc", "injector.injector-system.svc.cluster.local"];

    private readonly GeneratedCertificates _certs = GeneratedCertificates.Create("injector", "injector-system");

    public void Dispose() => _certs.Dispose();

    [Fact]
    public void Generate_WritesEveryFileTheOverlayAndTheWebhookNeed()
    {
        foreach (var file in new[] { "ca.crt", "ca.key", "tls.crt", "tls.key", "secret.yaml", "cabundle.b64", "cabundle-patch.yaml" })
        {
            Assert.True(File.Exists(_certs.PathOf(file)), $"{file} missing");
        }
    }

    [Fact]
    public void Generate_ServingCertificate_VerifiesAgainstTheCaWithOpenssl()
    {
        var output = ExternalTool.Run("openssl", ["verify", "-CAfile", _certs.PathOf("ca.crt"), _certs.PathOf("tls.crt")]);

        Assert.EndsWith("tls.crt: OK", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_ServingCertificate_NamesEveryServiceDnsNameForServerAuth()
    {
        using var certificate = X509Certificate2.CreateFromPemFile(_certs.PathOf("tls.crt"), _certs.PathOf("tls.key"));

        Assert.True(certificate.HasPrivateKey);
        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single().EnumerateDnsNames();
        Assert.Equal(ServiceNames, names);
        var usages = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages;
        Assert.Contains(usages.Cast<System.Security.Cryptography.Oid>(), u => u.Value == "1.3.6.1.5.5.7.3.1");
        Assert.False(certificate.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
    }

    [Fact]
    public void Generate_SecretAndCaBundle_CarryTheGeneratedFiles()
    {
        var secret = YamlDocuments.Read(File.ReadAllText(_certs.PathOf("secret.yaml"))).Single();
        var caBundle = File.ReadAllText(_certs.PathOf("cabundle.b64")).Trim();
        var patch = YamlDocuments.Read("ops: " + Environment.NewLine + File.ReadAllText(_certs.PathOf("cabundle-patch.yaml"))).Single()["ops"]![0]!;

        Assert.Equal("kubernetes.io/tls", (string?)secret["type"]);
        Assert.Equal("injector-tls", (string?)secret["metadata"]!["name"]);
        Assert.Equal("injector-system", (string?)secret["metadata"]!["namespace"]);
        Assert.Equal(File.ReadAllText(_certs.PathOf("tls.crt")), Decode((string)secret["data"]!["tls.crt"]!));
        Assert.Equal(File.ReadAllText(_certs.PathOf("tls.key")), Decode((string)secret["data"]!["tls.key"]!));
        Assert.Equal(File.ReadAllText(_certs.PathOf("ca.crt")), Decode(caBundle));
        Assert.Equal(caBundle, (string?)patch["value"]);
        Assert.Equal("/webhooks/0/clientConfig/caBundle", (string?)patch["path"]);
    }

    [Theory]
    [InlineData("injector.injector-system.svc")]
    [InlineData("injector.injector-system.svc.cluster.local")]
    public async Task Generate_ServingCertificate_IsAcceptedByTheWebhookForAClientTrustingOnlyTheCa(string serviceName)
    {
        await using var webhook = await StartWebhookAsync();

        var (errors, status) = await GetHealthAsync(webhook, serviceName);

        Assert.Equal(SslPolicyErrors.None, errors);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Generate_ServingCertificate_IsRejectedForAnotherHostName()
    {
        await using var webhook = await StartWebhookAsync();

        var (errors, status) = await GetHealthAsync(webhook, "other.injector-system.svc");

        Assert.True(errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch));
        Assert.Null(status);
    }

    // The real webhook on 127.0.0.1 serving the generated certificate and key, as the Deployment mounts them.
    private async Task<WebApplication> StartWebhookAsync()
    {
        var app = WebhookApplication.Build(
        [
            "--Injector:Port=0",
            "--Injector:ListenAddress=127.0.0.1",
            $"--Injector:CertFile={_certs.PathOf("tls.crt")}",
            $"--Injector:KeyFile={_certs.PathOf("tls.key")}",
            "--Injector:NativeSidecars=false",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        return app;
    }

    // GET /healthz under the service's DNS name (resolved to the loopback listener), trusting only the generated CA the
    // way the API server trusts caBundle; returns what certificate validation found and the HTTP status if any.
    private async Task<(SslPolicyErrors Errors, HttpStatusCode? Status)> GetHealthAsync(WebApplication webhook, string serviceName)
    {
        var port = new Uri(webhook.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()).Port;
        using var ca = X509Certificate2.CreateFromPem(File.ReadAllText(_certs.PathOf("ca.crt")));
        var observed = SslPolicyErrors.None;
        using var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
            SslOptions = new SslClientAuthenticationOptions
            {
                CertificateChainPolicy = new X509ChainPolicy
                {
                    TrustMode = X509ChainTrustMode.CustomRootTrust,
                    RevocationMode = X509RevocationMode.NoCheck,
                    CustomTrustStore = { ca },
                },
                RemoteCertificateValidationCallback = (_, _, _, errors) =>
                {
                    observed = errors;
                    return errors == SslPolicyErrors.None;
                },
            },
        };
        using var client = new HttpClient(handler);
        try
        {
            using var response = await client.GetAsync(new Uri($"https://{serviceName}:{port}/healthz"));
            return (observed, response.StatusCode);
        }
        catch (HttpRequestException) when (observed != SslPolicyErrors.None)
        {
            return (observed, null);
        }
    }

    private static string Decode(string base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64));
}
