using System.Globalization;
using System.Text.Json.Nodes;

using Injector.Core.Templating.Functions;

namespace Injector.Core.Injection.PostProcessing;

/// <summary>
/// Metrics merging: the agent serves Envoy's and the application's metrics together on the status port, so the
/// pod's prometheus annotations are handed to the agent (ISTIO_PROMETHEUS_ANNOTATIONS) and replaced by ones
/// pointing at <c>:statusPort/stats/prometheus</c>. Also publishes the secure metrics port when the proxy has one.
/// </summary>
internal static class PrometheusMerger
{
    private const string MergeMetricsAnnotation = "prometheus.istio.io/merge-metrics";
    private const string ScrapeConfigEnvName = "ISTIO_PROMETHEUS_ANNOTATIONS";
    private const string SecurePortAnnotation = "prometheus.istio.io/secure-port";
    private const string SecurePortEnvName = "ENVOY_SECURE_MERGED_METRICS_PORT";

    // Scraping one of these would read Istio's own traffic or endpoints, not the application's metrics.
    private static readonly Dictionary<string, string> s_reservedPorts = new(StringComparer.Ordinal)
    {
        ["15000"] = "Envoy admin",
        ["15001"] = "outbound traffic capture",
        ["15004"] = "pilot debug",
        ["15006"] = "inbound traffic capture",
        ["15008"] = "HBONE tunnel",
        ["15020"] = "pilot-agent status / merged Prometheus",
        ["15021"] = "Envoy health",
        ["15053"] = "DNS proxy",
        ["15090"] = "Envoy Prometheus (already merged)",
    };

    /// <exception cref="InvalidAnnotationException">A scrape port or target is not a port, or is the agent's or Istio's own.</exception>
    public static void Apply(JsonObject pod, PostProcessContext context)
    {
        var annotations = AnnotationList(pod);
        if (!PrometheusAnnotations.IsScrapeEnabled(annotations) || !IsMergeEnabled(context, annotations))
        {
            return;
        }

        string targetPort = context.StatusPort.ToString(CultureInfo.InvariantCulture);
        // Already pointing at the agent: the user controls this, or the pod is being re-injected.
        if (PrometheusAnnotations.FindPort(annotations) == targetPort)
        {
            return;
        }

        var scrape = ReadConfiguration(annotations);
        Validate(scrape, targetPort);

        if (PodNodes.FindSidecar(pod) is { } sidecar && !scrape.IsEmpty)
        {
            PodNodes.EnsureEnv(sidecar).Add(PodNodes.EnvVar(ScrapeConfigEnvName, scrape.ToJson()));
        }

        // Every spelling goes, or Prometheus would pick one of the user's and one of ours at random.
        var map = PodNodes.EnsureStringMap(pod, "annotations");
        foreach (var (name, _) in annotations)
        {
            if (PrometheusAnnotations.IsMergedAnnotation(name))
            {
                map.Remove(name);
            }
        }

        map["prometheus.io/port"] = targetPort;
        map["prometheus.io/path"] = "/stats/prometheus";
        map["prometheus.io/scrape"] = "true";
    }

    /// <summary>Sets <c>prometheus.istio.io/secure-port</c> from the proxy's secure metrics port unless the user set it.</summary>
    public static void ApplySecurePort(JsonObject pod)
    {
        if (PodNodes.Metadata(pod)?["annotations"] is JsonObject annotations)
        {
            foreach (var (name, _) in annotations)
            {
                if (PrometheusAnnotations.IsNamed(name, PrometheusAnnotations.SecurePort))
                {
                    return;
                }
            }
        }

        if (PodNodes.FindSidecar(pod)?["env"] is not JsonArray env)
        {
            return;
        }

        foreach (var node in env)
        {
            if (PodNodes.StringOf(node?["name"]) == SecurePortEnvName
                && PodNodes.StringOf(node?["value"]) is { } value && value.Length > 0 && value != "0")
            {
                PodNodes.EnsureStringMap(pod, "annotations")[SecurePortAnnotation] = value;
                return;
            }
        }
    }

    /// <summary>The pod annotation wins when it parses as a Go bool, then the mesh setting; merging is on by default.</summary>
    public static bool IsMergeEnabled(PostProcessContext context, IEnumerable<KeyValuePair<string, string>> annotations)
    {
        foreach (var (name, value) in annotations)
        {
            if (name == MergeMetricsAnnotation && GoStrconv.TryParseBool(value, out bool merge))
            {
                return merge;
            }
        }

        return context.EnablePrometheusMerge ?? true;
    }

    private static List<KeyValuePair<string, string>> AnnotationList(JsonObject pod)
    {
        return [.. PodNodes.ReadStringMap(pod, "annotations")];
    }

    private static PrometheusScrapeConfiguration ReadConfiguration(List<KeyValuePair<string, string>> annotations)
    {
        var scrape = new PrometheusScrapeConfiguration();
        foreach (var (name, value) in annotations)
        {
            switch (PrometheusAnnotations.SanitizeLabelName(name))
            {
                case PrometheusAnnotations.Port:
                    scrape.Port = value;
                    break;
                case PrometheusAnnotations.Scrape:
                    scrape.Scrape = value;
                    break;
                case PrometheusAnnotations.Path:
                    scrape.Path = value;
                    break;
                case PrometheusAnnotations.ScrapeTargets:
                    // An unparsable list is ignored (Istio only logs it).
                    if (PrometheusScrapeConfiguration.TryParseTargets(value, out var targets))
                    {
                        scrape.Targets = targets;
                    }

                    break;
            }
        }

        // Agents that predate scrape targets still scrape the first target through port and path.
        if (scrape.Targets.Count > 0)
        {
            scrape.Port = scrape.Targets[0].Port;
            scrape.Path = scrape.Targets[0].Path;
        }

        return scrape;
    }

    private static void Validate(PrometheusScrapeConfiguration scrape, string targetPort)
    {
        if (scrape.Targets.Count > 0)
        {
            foreach (var (port, _) in scrape.Targets)
            {
                ValidatePort(port, targetPort, "prometheus.istio.io/scrape-targets", "invalid prometheus scrape targets", "target port");
            }
        }
        else if (scrape.Port.Length > 0)
        {
            ValidatePort(scrape.Port, targetPort, "prometheus.io/port", "invalid prometheus scrape configuration", "port");
        }
    }

    private static void ValidatePort(string port, string targetPort, string annotation, string prefix, string what)
    {
        if (!GoStrconv.TryAtoi(port, out int number) || number < 1 || number > 65535)
        {
            throw new InvalidAnnotationException(annotation, $"{prefix}: invalid {what} \"{port}\"");
        }

        string canonical = number.ToString(CultureInfo.InvariantCulture);
        if (canonical == targetPort)
        {
            throw new InvalidAnnotationException(annotation, $"{prefix}: {what} {port} conflicts with agent port");
        }

        if (s_reservedPorts.TryGetValue(canonical, out string? reason))
        {
            throw new InvalidAnnotationException(annotation, $"{prefix}: {what} {port} is reserved for Istio ({reason}) and cannot be scraped");
        }
    }
}
