using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

using Injector.Webhook.Telemetry;

namespace Injector.Webhook.Tls;

/// <summary>
/// Provides a serving certificate when none is configured: a local CA and a <c>localhost</c>/<c>127.0.0.1</c>
/// certificate it signed, kept in a data folder and reused while valid so a client's <c>--cacert</c> stays good.
/// </summary>
internal static partial class GeneratedCertificateStore
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);
    private static readonly TimeSpan RenewBefore = TimeSpan.FromDays(30);

    /// <summary>Returns the (certificate, key) paths, creating them if they are missing or about to expire.</summary>
    public static (string CertificateFile, string KeyFile) Ensure(string directory, TimeProvider timeProvider, ILogger logger)
    {
        Directory.CreateDirectory(directory);
        var caFile = Path.Combine(directory, "ca.crt");
        var certFile = Path.Combine(directory, "tls.crt");
        var keyFile = Path.Combine(directory, "tls.key");
        var now = timeProvider.GetUtcNow();
        if (!IsUsable(caFile, certFile, keyFile, now))
        {
            using var authority = DevelopmentCertificates.CreateAuthority("Injector development CA", now.AddMinutes(-5), now + Lifetime);
            using var server = DevelopmentCertificates.CreateServerCertificate(authority, "localhost", now.AddMinutes(-5), now + Lifetime - TimeSpan.FromDays(1));
            DevelopmentCertificates.WritePem(server, certFile, keyFile);
            DevelopmentCertificates.WritePem(authority, caFile, keyPath: null);
        }

        Log.CertificateGenerated(logger, caFile, certFile);
        return (certFile, keyFile);
    }

    private static bool IsUsable(string caFile, string certFile, string keyFile, DateTimeOffset now)
    {
        if (!File.Exists(caFile) || !File.Exists(certFile) || !File.Exists(keyFile))
        {
            return false;
        }

        try
        {
            using var certificate = X509Certificate2.CreateFromPemFile(certFile, keyFile);
            return certificate.NotAfter.ToUniversalTime() - now.UtcDateTime > RenewBefore;
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or ArgumentException)
        {
            return false;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = LogEventIds.CertificateGenerated, Level = LogLevel.Warning,
            Message = "No Injector:CertFile set: serving a generated certificate for localhost/127.0.0.1 ({Certificate}); clients can trust it with: curl --cacert {CaFile}")]
        public static partial void CertificateGenerated(ILogger logger, string caFile, string certificate);
    }
}
