using Injector.Webhook.Tests.TestSupport;
using Injector.Webhook.Tls;

using Microsoft.Extensions.Logging.Abstractions;

namespace Injector.Webhook.Tests.Tls;

public sealed class CertificateHolderTests : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("injector-cert-");
    private readonly TestCertificates certificates;

    public CertificateHolderTests() => certificates = new TestCertificates(directory.FullName);

    [Fact]
    public void LoadInitial_CertificateExpiredByTheClock_FailsNamingTheExpiry()
    {
        var holder = new CertificateHolder(NullLogger<CertificateHolder>.Instance, new FixedClock(NotAfter.AddMinutes(1)));

        var error = Assert.Throws<InvalidOperationException>(() => holder.LoadInitial(certificates.CertificateFile, certificates.KeyFile));

        Assert.Contains("expired", error.Message, StringComparison.Ordinal);
        Assert.Null(holder.Current);
    }

    [Fact]
    public void LoadInitial_CertificateStillValidByTheClock_ServesIt()
    {
        var holder = new CertificateHolder(NullLogger<CertificateHolder>.Instance, new FixedClock(NotAfter.AddMinutes(-1)));

        holder.LoadInitial(certificates.CertificateFile, certificates.KeyFile);

        Assert.Equal(certificates.Server.Thumbprint, holder.Current?.Thumbprint);
    }

    public void Dispose()
    {
        certificates.Dispose();
        directory.Delete(recursive: true);
    }

    private DateTimeOffset NotAfter => new(certificates.Server.NotAfter.ToUniversalTime(), TimeSpan.Zero);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
