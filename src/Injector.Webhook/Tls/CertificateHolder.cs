using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

using Injector.Webhook.Options;
using Injector.Webhook.Telemetry;

namespace Injector.Webhook.Tls;

/// <summary>
/// The serving certificate behind Kestrel's certificate selector. It re-reads the certificate and key files on every
/// check and swaps in a new certificate when they change and form a valid pair (cert-manager rotation), so new TLS
/// handshakes get the new certificate while connections already open carry on; a half-written pair is retried.
/// </summary>
internal sealed partial class CertificateHolder(ILogger<CertificateHolder> logger, TimeProvider timeProvider)
{
    private readonly Lock gate = new();
    private X509Certificate2? current;
    private string? certFile;
    private string? keyFile;
    private string? lastAttemptHash;

    /// <summary>The certificate new handshakes get; null until loaded.</summary>
    public X509Certificate2? Current => Volatile.Read(ref current);

    /// <summary>Loads the pair at start-up; throws <see cref="InvalidOperationException"/> naming the files when it is not usable.</summary>
    public void LoadInitial(string certificatePath, string keyPath)
    {
        lock (gate)
        {
            certFile = certificatePath;
            keyFile = keyPath;
            try
            {
                var files = WatchedFiles.Read(certFile, keyFile);
                lastAttemptHash = files.Hash;
                Volatile.Write(ref current, Load(files));
            }
            catch (Exception ex) when (ex is IOException or CryptographicException or ArgumentException or InvalidDataException)
            {
                throw new InvalidOperationException($"The serving certificate '{certificatePath}' with key '{keyPath}' cannot be loaded: {ex.Message}", ex);
            }

            Log.CertificateLoaded(logger, certificatePath, current!.Subject, current.NotAfter);
        }
    }

    /// <summary>Re-reads the files and swaps the certificate if they changed and are valid; returns whether it swapped.</summary>
    public bool CheckForChanges()
    {
        lock (gate)
        {
            if (certFile is null || keyFile is null)
            {
                return false;
            }

            X509Certificate2 next;
            try
            {
                var files = WatchedFiles.Read(certFile, keyFile);
                if (files.Hash == lastAttemptHash)
                {
                    return false;
                }

                lastAttemptHash = files.Hash;
                next = Load(files);
            }
            catch (Exception ex) when (ex is IOException or CryptographicException or ArgumentException or InvalidDataException)
            {
                // cert-manager writes the certificate and the key one after the other; the next check sees the complete pair.
                lastAttemptHash = null;
                Log.CertificateReloadFailed(logger, certFile, ex.Message);
                return false;
            }

            // The old certificate is not disposed: handshakes in flight may still be using it.
            Volatile.Write(ref current, next);
            Log.CertificateReloaded(logger, certFile, next.Subject, next.NotAfter);
            return true;
        }
    }

    private X509Certificate2 Load(WatchedFiles files)
    {
        using var pem = X509Certificate2.CreateFromPem(files.Contents[0], files.Contents[1]);
        // NotAfter is local time: compare in UTC, or a clock east of Greenwich would keep an expired certificate.
        if (pem.NotAfter.ToUniversalTime() < timeProvider.GetUtcNow().UtcDateTime)
        {
            throw new InvalidDataException($"the certificate expired at {pem.NotAfter:O}");
        }

        // Re-import as PKCS#12 so the private key is a persisted one every TLS backend accepts.
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), password: null);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = LogEventIds.CertificateLoaded, Level = LogLevel.Information,
            Message = "Serving certificate loaded from {File}: {Subject}, valid until {NotAfter:O}")]
        public static partial void CertificateLoaded(ILogger logger, string file, string subject, DateTime notAfter);

        [LoggerMessage(EventId = LogEventIds.CertificateReloaded, Level = LogLevel.Information,
            Message = "Serving certificate changed on disk and was reloaded from {File}: {Subject}, valid until {NotAfter:O}")]
        public static partial void CertificateReloaded(ILogger logger, string file, string subject, DateTime notAfter);

        [LoggerMessage(EventId = LogEventIds.CertificateReloadFailed, Level = LogLevel.Warning,
            Message = "Serving certificate {File} changed but cannot be loaded yet; the previous one keeps serving: {Reason}")]
        public static partial void CertificateReloadFailed(ILogger logger, string file, string reason);
    }
}
