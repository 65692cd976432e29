using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;

using Injector.Webhook.Tests.TestSupport;
using Injector.Webhook.Tls;

namespace Injector.Webhook.Tests.Tls;

public class CertificateRotationTests
{
    [Fact]
    public async Task RotationOnDisk_UnderConcurrentRequests_FailsNoRequestAndServesNewCertificate()
    {
        await using var server = await WebhookServer.StartAsync();
        var original = server.Certificates.Server.Thumbprint;
        using var rotated = server.Certificates.Issue("webhook-2");
        var failures = new ConcurrentQueue<string>();
        var completed = 0;
        using var stop = new CancellationTokenSource();

        async Task Worker(bool newConnectionEachTime)
        {
            using var client = server.CreateClient();
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/inject")
                    {
                        Content = new StringContent(Reviews.For(Reviews.Pod(), operation: "UPDATE").ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
                    };
                    request.Headers.ConnectionClose = newConnectionEachTime;
                    using var response = await client.SendAsync(request);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failures.Enqueue($"status {(int)response.StatusCode}");
                    }

                    Interlocked.Increment(ref completed);
                }
                catch (HttpRequestException ex)
                {
                    failures.Enqueue(ex.ToString());
                }
            }
        }

        var workers = Enumerable.Range(0, 4).Select(i => Task.Run(() => Worker(i % 2 == 0))).ToArray();
        await Eventually.True(() => Volatile.Read(ref completed) > 20, "requests flow before rotation");

        // cert-manager style: the certificate lands first, the key a moment later.
        await File.WriteAllTextAsync(server.Certificates.CertificateFile, rotated.ExportCertificatePem());
        Assert.False(server.Certificate.CheckForChanges());
        Assert.Equal(original, server.Certificate.Current?.Thumbprint);
        DevelopmentCertificates.WritePem(rotated, server.Certificates.CertificateFile, server.Certificates.KeyFile);
        await Eventually.True(() => server.Certificate.Current?.Thumbprint == rotated.Thumbprint, "the rotated certificate is loaded");
        var afterRotation = Volatile.Read(ref completed);
        await Eventually.True(() => Volatile.Read(ref completed) > afterRotation + 20, "requests flow after rotation");
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        Assert.Empty(failures);
        Assert.NotEqual(original, rotated.Thumbprint);
        string? seen = null;
        using var fresh = server.CreateClient(certificate => seen = certificate.Thumbprint);
        using var health = await fresh.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(rotated.Thumbprint, seen);
    }

    [Fact]
    public async Task ServedCertificate_IsTheConfiguredOne()
    {
        await using var server = await WebhookServer.StartAsync();
        X509Certificate2? seen = null;
        using var client = server.CreateClient(certificate => seen = X509CertificateLoader.LoadCertificate(certificate.RawData));

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(server.Certificates.Server.Thumbprint, seen!.Thumbprint);
        seen.Dispose();
    }
}
