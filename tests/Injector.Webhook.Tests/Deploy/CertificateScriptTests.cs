using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Injector.Testing;

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
    public async Task Generate_ServingCertificate_IsAcceptedOverTlsByAClientTrustingOnlyTheCa(string serviceName)
    {
        var errors = await HandshakeAsync(serviceName);

        Assert.Equal(SslPolicyErrors.None, errors);
    }

    [Fact]
    public async Task Generate_ServingCertificate_IsRejectedForAnotherHostName()
    {
        var errors = await HandshakeAsync("other.injector-system.svc");

        Assert.True(errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch));
    }

    // A TLS server on loopback presenting the generated certificate, and a client that trusts only the generated CA
    // (the way the API server uses caBundle); returns what the client's validation found.
    private async Task<SslPolicyErrors> HandshakeAsync(string serviceName)
    {
        using var serving = X509Certificate2.CreateFromPemFile(_certs.PathOf("tls.crt"), _certs.PathOf("tls.key"));
        using var ca = X509Certificate2.CreateFromPem(File.ReadAllText(_certs.PathOf("ca.crt")));
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var serverTask = Task.Run(async () =>
            {
                using var accepted = await listener.AcceptTcpClientAsync();
                await using var server = new SslStream(accepted.GetStream());
                try
                {
                    await server.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                    {
                        ServerCertificate = serving,
                        EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                    });
                }
                catch (AuthenticationException)
                {
                    // The client refused the certificate; the client side reports why.
                }
                catch (IOException)
                {
                }
            });

            var observed = SslPolicyErrors.None;
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
            await using var tls = new SslStream(client.GetStream());
            var options = new SslClientAuthenticationOptions
            {
                TargetHost = serviceName,
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
            };
            try
            {
                await tls.AuthenticateAsClientAsync(options);
            }
            catch (AuthenticationException)
            {
                // Rejected: `observed` says why.
            }

            client.Close();
            await serverTask;
            return observed;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static string Decode(string base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64));
}
