using System.Text.Json.Nodes;

using Injector.Core.Config;

namespace Injector.Core.Injection;

/// <summary>Before rendering: the pod's proxy config and sidecar mode, and what a previous injection left behind.</summary>
public static partial class InjectionPipeline
{
    private static bool NativeSidecars(InjectionSettings settings, IReadOnlyDictionary<string, string> annotations, List<string> warnings)
    {
        if (!annotations.TryGetValue(NativeSidecarAnnotation, out string? value))
        {
            return settings.NativeSidecars;
        }

        switch (value)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                warnings.Add($"ignoring {NativeSidecarAnnotation}: \"{value}\" is neither \"true\" nor \"false\"");
                return settings.NativeSidecars;
        }
    }

    // The mesh's proxy defaults with the pod's proxy.istio.io/config applied. kube-inject fails on a bad annotation at
    // once; the webhook renders with the defaults and hands the error back in `annotationError`, and post-processing
    // fails the pod with it, so the pod is never admitted with a proxy config it did not ask for.
    private static JsonObject ResolveProxyConfig(
        InjectionSettings settings,
        InjectionMode mode,
        IReadOnlyDictionary<string, string> annotations,
        List<string> warnings,
        out string? annotationError)
    {
        annotationError = null;

        // Every step only reads the proxy config, so a pod without its own shares the snapshot's (as the mesh config is shared).
        JsonObject defaults = MeshProxyDefaults(settings);
        if (!annotations.TryGetValue(ProxyConfigAnnotation, out string? text))
        {
            return defaults;
        }

        if (TryApplyProxyConfigAnnotation(defaults, text, out JsonObject config, out string error))
        {
            return config;
        }

        if (mode == InjectionMode.KubeInject)
        {
            throw new InjectionFailure(InjectionReason.InvalidAnnotation, error);
        }

        warnings.Add($"ignoring {error}");
        annotationError = error;
        return defaults;
    }

    private static bool TryApplyProxyConfigAnnotation(JsonObject defaults, string text, out JsonObject config, out string error)
    {
        try
        {
            config = ProxyConfigMerge.Apply(defaults, ProxyConfigMerge.Parse(text));
            error = string.Empty;
            return true;
        }
        catch (InvalidDataException e)
        {
            config = defaults;
            error = $"{ProxyConfigAnnotation}: {e.Message}";
            return false;
        }
    }

    private static JsonObject MeshProxyDefaults(InjectionSettings settings) => settings.MeshConfig["defaultConfig"] as JsonObject ?? [];

    // OpenShift gives every container of a pod the same runAsUser; on the proxy that would defeat traffic capture,
    // so a proxy user equal to the app's is dropped (a different, deliberate one is kept).
    private static void ResetProxyUserMatchingApp(JsonObject pod)
    {
        if (ContainerOverrides.FindInPod(pod, PodContainers.ProxyName)?["securityContext"] is not JsonObject proxyContext)
        {
            return;
        }

        long proxyUser = 0;
        long appUser = 0;
        IEnumerable<JsonObject> all = (PodContainers.List(pod, "containers")?.OfType<JsonObject>() ?? [])
            .Concat(PodContainers.List(pod, "initContainers")?.OfType<JsonObject>() ?? []);
        foreach (JsonObject container in all)
        {
            string name = PodContainers.NameOf(container);
            long? user = JsonScalar.AsLong(container["securityContext"]?["runAsUser"]);
            if (name == PodContainers.ProxyName)
            {
                proxyUser = user ?? proxyUser;
            }
            else if (name is not PodContainers.InitName and not PodContainers.ValidationName)
            {
                appUser = user ?? appUser;
            }
        }

        if (proxyUser == appUser)
        {
            proxyContext.Remove("runAsUser");
            proxyContext.Remove("runAsGroup");
        }
    }

    // Re-injection: the containers a previous injection added are removed first, so the result is the same.
    private static JsonObject StripPreviousInjection(JsonObject pod, int statusPort)
    {
        string? status = JsonScalar.AsString(pod["metadata"]?["annotations"]?[InjectionStatus.AnnotationName]);
        InjectionStatus? previous = status is null ? null : InjectionStatus.Parse(status);
        if (previous is null)
        {
            return pod;
        }

        var stripped = (JsonObject)pod.DeepClone();
        foreach (string name in previous.Containers ?? [])
        {
            PodContainers.Remove(stripped, "containers", name);
        }

        foreach (string name in previous.InitContainers ?? [])
        {
            PodContainers.Remove(stripped, "initContainers", name);
        }

        ClearPreviousPrometheusAnnotations(stripped, statusPort);
        (stripped["metadata"]?["annotations"] as JsonObject)?.Remove(InjectionStatus.AnnotationName);
        return stripped;
    }
}
