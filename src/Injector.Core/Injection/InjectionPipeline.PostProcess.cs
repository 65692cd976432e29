using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection.PostProcessing;

namespace Injector.Core.Injection;

/// <summary>The steps around the templates that the templates cannot express.</summary>
public static partial class InjectionPipeline
{
    private static void PostProcess(
        InjectionSettings settings,
        InjectionRequest request,
        JsonObject merged,
        JsonObject templatePod,
        JsonObject originalPod,
        int statusPort,
        JsonObject proxyConfig,
        string? proxyConfigError)
    {
        if (proxyConfigError is not null)
        {
            throw new InjectionFailure(InjectionReason.InvalidAnnotation, proxyConfigError);
        }

        JsonNode? global = settings.ValuesJson["global"];
        var context = new PostProcessContext
        {
            InjectedTemplate = templatePod,
            Revision = settings.Revision,
            StatusPort = statusPort,
            RewriteAppHttpProbe = IsTrue(settings.ValuesJson["sidecarInjectorWebhook"]?["rewriteAppHTTPProbe"]),
            EnablePrometheusMerge = JsonScalar.AsBool(settings.MeshConfig["enablePrometheusMerge"]),
            // Container order follows the mesh default with the pod's own proxy.istio.io/config applied (both modes).
            ProxyConfigHoldApplicationUntilProxyStarts = IsTrue(proxyConfig["holdApplicationUntilProxyStarts"]),
            ValuesHoldApplicationUntilProxyStarts = IsTrue(global?["proxy"]?["holdApplicationUntilProxyStarts"]),
            ClusterName = JsonScalar.AsString(global?["multiCluster"]?["clusterName"]) ?? string.Empty,
            Network = JsonScalar.AsString(global?["network"]) ?? string.Empty,
            ProxyEnvironment = request.ProxyEnvironment,
            OriginalLabels = InjectionPolicyReader.Labels(originalPod),
            InjectedAnnotations = request.Mode == InjectionMode.Webhook ? settings.InjectedAnnotations : new Dictionary<string, string>(),
        };

        try
        {
            PodPostProcessor.Apply(merged, context);
        }
        catch (InvalidAnnotationException e)
        {
            throw new InjectionFailure(InjectionReason.InvalidAnnotation, e.Message);
        }
    }

    private static void ValidateAnnotations(IReadOnlyDictionary<string, string> annotations)
    {
        try
        {
            TrafficAnnotationValidator.Validate(annotations);
        }
        catch (InvalidAnnotationException e)
        {
            throw new InjectionFailure(InjectionReason.InvalidAnnotation, e.Message);
        }
    }

    // On re-injection, prometheus annotations pointing at the agent are ours from last time: drop them so the
    // app's own scrape settings are what the merge sees.
    private static void ClearPreviousPrometheusAnnotations(JsonObject pod, int statusPort)
    {
        if (pod["metadata"]?["annotations"] is not JsonObject annotations)
        {
            return;
        }

        IReadOnlyDictionary<string, string> current = InjectionPolicyReader.Map(annotations);
        if (PrometheusAnnotations.FindPort(current) != statusPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return;
        }

        foreach (string name in current.Keys.Where(PrometheusAnnotations.IsMergedAnnotation).ToList())
        {
            annotations.Remove(name);
        }
    }

    // Istio's pod passes through the typed Kubernetes object, which writes resource quantities canonically
    // (2000m as 2, 1024Mi as 1Gi); doing the same keeps the pod, and the webhook's patch, identical to Istio's.
    private static void CanonicalizeQuantities(JsonObject pod)
    {
        foreach (string list in (string[])["containers", "initContainers"])
        {
            if (PodContainers.List(pod, list) is not { } containers)
            {
                continue;
            }

            for (int i = 0; i < containers.Count; i++)
            {
                if (containers[i] is JsonObject container)
                {
                    CanonicalizeRequirements(container["resources"]);
                }
            }
        }

        CanonicalizeRequirements(pod["spec"]?["resources"]);
    }

    private static void CanonicalizeRequirements(JsonNode? resources)
    {
        if (resources is not JsonObject requirements)
        {
            return;
        }

        foreach (string field in (string[])["limits", "requests"])
        {
            if (requirements[field] is not JsonObject quantities)
            {
                continue;
            }

            // Replacing a value in place keeps the key's position, as assigning it by name does.
            for (int i = 0; i < quantities.Count; i++)
            {
                JsonNode? value = quantities.GetAt(i).Value;
                bool isNumber = JsonScalar.Kind(value) == System.Text.Json.JsonValueKind.Number;
                string? text = isNumber ? JsonScalar.ToText(value) : JsonScalar.AsString(value);
                if (text is not null && Quantities.Canonical(text) is var canonical && (isNumber || canonical != text))
                {
                    quantities.SetAt(i, canonical);
                }
            }
        }
    }

    private static int StatusPort(JsonObject proxyConfig) => (int)(JsonScalar.AsLong(proxyConfig["statusPort"]) ?? 0);

    private static bool IsTrue(JsonNode? node) =>
        JsonScalar.AsBool(node) ?? (JsonScalar.AsString(node) is { } text && bool.TryParse(text, out bool value) && value);
}
