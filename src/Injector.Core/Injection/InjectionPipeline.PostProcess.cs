using System.Text.Json.Nodes;

using Injector.Core.Config;

namespace Injector.Core.Injection;

/// <summary>The steps after the templates are merged: what templates cannot express.</summary>
public static partial class InjectionPipeline
{
    private static void PostProcess(
        InjectionSettings settings,
        InjectionRequest request,
        JsonObject merged,
        JsonObject templatePod,
        JsonObject originalPod,
        Dictionary<string, string> proxyEnvironment)
    {
        JsonObject metadata = PodContainers.Metadata(merged);
        JsonObject annotations = PodContainers.GetOrAddObject(metadata, "annotations");
        JsonObject labels = PodContainers.GetOrAddObject(metadata, "labels");

        if (proxyEnvironment.Count > 0 && ContainerOverrides.FindInPod(merged, PodContainers.ProxyName) is { } proxy)
        {
            OverwriteProxyEnvironment(proxy, proxyEnvironment);
        }

        ApplyPrometheusMerge(settings, merged);
        RewriteAppProbes(settings, merged);

        if (proxyEnvironment.TryGetValue(NetworkEnv, out string? network))
        {
            labels[NetworkLabel] = network;
        }

        annotations[InjectionStatus.AnnotationName] = InjectionStatus.FromTemplatePod(templatePod, settings.Revision).ToJson();
        if (request.Mode == InjectionMode.Webhook)
        {
            foreach (var (key, value) in settings.InjectedAnnotations)
            {
                annotations[key] = value;
            }
        }

        Reorder(settings, merged, originalPod);
    }

    // Cluster and network from the webhook path or values replace the template's env entries, appended in key order.
    private static void OverwriteProxyEnvironment(JsonObject proxy, Dictionary<string, string> environment)
    {
        var kept = (proxy["env"] as JsonArray)?.Where(e => !environment.ContainsKey(PodContainers.NameOf(e))).Select(e => e?.DeepClone()).ToList() ?? [];
        foreach (var (key, value) in environment.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            kept.Add(new JsonObject { ["name"] = key, ["value"] = value });
        }

        proxy["env"] = new JsonArray(kept.ToArray());
    }

    // Proxy last so kubectl exec defaults to the app, unless the app must wait for the proxy; with native sidecars
    // the proxy goes right after the iptables init container so the other init containers are in the mesh.
    private static void Reorder(InjectionSettings settings, JsonObject pod, JsonObject originalPod)
    {
        JsonObject proxyConfig = settings.MeshConfig["defaultConfig"] as JsonObject ?? [];
        if (JsonScalar.AsString(originalPod["metadata"]?["annotations"]?[ProxyConfigAnnotation]) is { } text)
        {
            try
            {
                proxyConfig = ProxyConfigMerge.Apply(proxyConfig, ProxyConfigMerge.Parse(text));
            }
            catch (InvalidDataException e)
            {
                throw new InjectionFailure(InjectionReason.InvalidAnnotation, $"{ProxyConfigAnnotation}: {e.Message}");
            }
        }

        bool hold = IsTrue(proxyConfig["holdApplicationUntilProxyStarts"])
            || IsTrue(settings.ValuesJson["global"]?["proxy"]?["holdApplicationUntilProxyStarts"]);
        PodContainers.Reorder(pod, "containers", PodContainers.ProxyName, hold ? ContainerPlacement.First : ContainerPlacement.Last);
        if (PodContainers.Find(PodContainers.List(pod, "initContainers"), PodContainers.ProxyName) is not null)
        {
            PodContainers.Reorder(pod, "initContainers", PodContainers.EnableCoreDumpName, ContainerPlacement.First);
            PodContainers.Reorder(pod, "initContainers", PodContainers.ProxyName, ContainerPlacement.First);
            PodContainers.Reorder(pod, "initContainers", PodContainers.ValidationName, ContainerPlacement.First);
            PodContainers.Reorder(pod, "initContainers", PodContainers.InitName, ContainerPlacement.First);
        }
        else
        {
            PodContainers.Reorder(pod, "initContainers", PodContainers.ValidationName, ContainerPlacement.First);
            PodContainers.Reorder(pod, "initContainers", PodContainers.InitName, ContainerPlacement.Last);
            PodContainers.Reorder(pod, "initContainers", PodContainers.EnableCoreDumpName, ContainerPlacement.Last);
        }
    }

    private static bool IsTrue(JsonNode? node) =>
        JsonScalar.AsBool(node) ?? (JsonScalar.AsString(node) is { } text && bool.TryParse(text, out bool value) && value);

    // Extension points implemented in PostProcessing/: traffic annotation validation, Prometheus merge
    // annotations, app probe rewriting. Until those land they leave the pod as the templates made it.
    private static void ValidateAnnotations(IReadOnlyDictionary<string, string> annotations)
    {
        _ = annotations;
    }

    private static void ClearPreviousPrometheusAnnotations(JsonObject pod, InjectionSettings settings)
    {
        _ = pod;
        _ = settings;
    }

    private static void ApplyPrometheusMerge(InjectionSettings settings, JsonObject pod)
    {
        _ = settings;
        _ = pod;
    }

    private static void RewriteAppProbes(InjectionSettings settings, JsonObject pod)
    {
        _ = settings;
        _ = pod;
    }
}
