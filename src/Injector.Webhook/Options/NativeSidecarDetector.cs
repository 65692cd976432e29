using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

using Injector.Webhook.Telemetry;

namespace Injector.Webhook.Options;

/// <summary>
/// Resolves <see cref="InjectorOptions.NativeSidecars"/> once at start-up. In <c>auto</c> mode native sidecars are on only
/// if every node's kubelet is at least 1.33 (when the feature became stable), read from the API server with the pod's
/// service account; outside a cluster, or when the nodes cannot be read, they are off.
/// </summary>
internal sealed partial class NativeSidecarDetector(ILogger<NativeSidecarDetector> logger)
{
    private const int MinimumKubeletMinor = 33;
    private const string ServiceAccountDirectory = "/var/run/secrets/kubernetes.io/serviceaccount";

    public static NativeSidecarMode? ParseMode(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "true" or "enabled" => NativeSidecarMode.Enabled,
        "false" or "disabled" => NativeSidecarMode.Disabled,
        "auto" or "" or null => NativeSidecarMode.Auto,
        _ => null,
    };

    public bool Resolve(string? value)
    {
        switch (ParseMode(value))
        {
            case NativeSidecarMode.Enabled:
                return true;
            case NativeSidecarMode.Disabled or null:
                return false;
        }

        var host = Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST");
        var port = Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_PORT");
        var tokenFile = Path.Combine(ServiceAccountDirectory, "token");
        if (string.IsNullOrEmpty(host) || string.IsNullOrEmpty(port) || !File.Exists(tokenFile))
        {
            Log.NativeSidecarsOffOutsideCluster(logger);
            return false;
        }

        try
        {
            var enabled = AllNodesSupportNativeSidecars(host, port, tokenFile);
            Log.NativeSidecarsDetected(logger, enabled);
            return enabled;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or JsonException or KeyNotFoundException or TaskCanceledException
            or UnauthorizedAccessException or CryptographicException)
        {
            Log.NativeSidecarDetectionFailed(logger, ex);
            return false;
        }
    }

    // Runs once while the host is built, before anything is served: the synchronous HTTP API keeps start-up free of
    // blocking on async work.
    private static bool AllNodesSupportNativeSidecars(string host, string port, string tokenFile)
    {
        var caFile = Path.Combine(ServiceAccountDirectory, "ca.crt");
        using var handler = new SocketsHttpHandler();
        if (File.Exists(caFile))
        {
            // Trust the cluster's CA alone; the host name is still checked as for any server.
            var policy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
            policy.CustomTrustStore.ImportFromPemFile(caFile);
            handler.SslOptions.CertificateChainPolicy = policy;
        }

        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        var uri = new Uri($"https://{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port}/api/v1/nodes");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", File.ReadAllText(tokenFile).Trim());
        using var response = client.Send(request);
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(response.Content.ReadAsStream());
        foreach (var node in document.RootElement.GetProperty("items").EnumerateArray())
        {
            var version = node.GetProperty("status").GetProperty("nodeInfo").GetProperty("kubeletVersion").GetString() ?? string.Empty;
            var parts = version.TrimStart('v').Split('.', '-', '+');
            if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor) || minor < MinimumKubeletMinor)
            {
                return false;
            }
        }

        return true;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = LogEventIds.NativeSidecarsOffOutsideCluster, Level = LogLevel.Information,
            Message = "NativeSidecars is auto and no in-cluster configuration was found: native sidecars are off")]
        public static partial void NativeSidecarsOffOutsideCluster(ILogger logger);

        [LoggerMessage(EventId = LogEventIds.NativeSidecarsDetected, Level = LogLevel.Information,
            Message = "NativeSidecars is auto: native sidecars are {Enabled} from the nodes' kubelet versions")]
        public static partial void NativeSidecarsDetected(ILogger logger, bool enabled);

        [LoggerMessage(EventId = LogEventIds.NativeSidecarDetectionFailed, Level = LogLevel.Warning,
            Message = "NativeSidecars is auto but the nodes could not be read: native sidecars are off")]
        public static partial void NativeSidecarDetectionFailed(ILogger logger, Exception exception);
    }
}
