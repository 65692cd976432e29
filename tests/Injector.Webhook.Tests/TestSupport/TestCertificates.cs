using System.Security.Cryptography.X509Certificates;

using Injector.Webhook.Tls;

namespace Injector.Webhook.Tests.TestSupport;

/// <summary>A test CA and server certificates it signs, written as PEM files the server reads.</summary>
internal sealed class TestCertificates : IDisposable
{
    public TestCertificates(string directory)
    {
        Directory = directory;
        var now = DateTimeOffset.UtcNow;
        Authority = DevelopmentCertificates.CreateAuthority("Injector test CA", now.AddDays(-1), now.AddDays(30));
        CertificateFile = Path.Combine(directory, "tls.crt");
        KeyFile = Path.Combine(directory, "tls.key");
        Server = Issue("webhook-1");
        DevelopmentCertificates.WritePem(Server, CertificateFile, KeyFile);
    }

    public string Directory { get; }

    public X509Certificate2 Authority { get; }

    public X509Certificate2 Server { get; }

    public string CertificateFile { get; }

    public string KeyFile { get; }

    public X509Certificate2 Issue(string commonName)
    {
        var now = DateTimeOffset.UtcNow;
        return DevelopmentCertificates.CreateServerCertificate(Authority, commonName, now.AddHours(-1), now.AddDays(7));
    }

    /// <summary>Trusts exactly the test CA, nothing from the system store.</summary>
    public bool Validate(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }

    public void Dispose()
    {
        Authority.Dispose();
        Server.Dispose();
    }
}
