using System.Text.Json.Nodes;

using Injector.Core.Injection.Merge;

namespace Injector.Core.Injection;

/// <summary>Merging: the overlays into the pod, with the template pod and the original pod kept for post-processing.</summary>
public static partial class InjectionPipeline
{
    // Merges the overlays into the pod itself, which becomes the injected pod; each overlay is taken apart into it.
    // The template pod, what the templates alone make, is only ever asked which containers, volumes and pull secrets
    // it names, so it is merged from the overlays' outlines.
    private static (JsonObject Merged, JsonObject TemplatePod) Merge(List<JsonObject> overlays, JsonObject pod, bool native)
    {
        JsonObject merged = pod;
        var templatePod = new JsonObject();
        foreach (JsonObject overlay in overlays)
        {
            StrategicMerge.ApplyConsuming(templatePod, Outline(overlay), MergeSchema.Pod);

            // With native sidecars the template puts istio-proxy in initContainers; a user's customized istio-proxy
            // in containers moves there so both merge into one container.
            if (native
                && PodContainers.Find(PodContainers.List(templatePod, "initContainers"), PodContainers.ProxyName) is not null
                && PodContainers.Find(PodContainers.List(merged, "containers"), PodContainers.ProxyName) is not null)
            {
                PodContainers.Move(merged, "containers", "initContainers", PodContainers.ProxyName);
            }

            StrategicMerge.ApplyConsuming(merged, overlay, MergeSchema.Pod);
        }

        return (merged, templatePod);
    }

    // The overlay reduced to what the template pod is read for: under spec, the named lists with each element's name
    // and patch directive, which are all that decide the lists' membership and order. Anything unexpected is kept whole.
    private static JsonObject Outline(JsonObject overlay)
    {
        var outline = new JsonObject();
        if (!overlay.TryGetPropertyValue("spec", out JsonNode? spec))
        {
            return outline;
        }

        if (spec is not JsonObject specObject)
        {
            outline["spec"] = spec?.DeepClone();
            return outline;
        }

        var specOutline = new JsonObject();
        foreach (var (key, value) in specObject)
        {
            if (key.StartsWith('$'))
            {
                specOutline[key] = value?.DeepClone();
            }
            else if (key is "containers" or "initContainers" or "volumes" or "imagePullSecrets")
            {
                specOutline[key] = value is JsonArray list ? ListOutline(list) : value?.DeepClone();
            }
        }

        outline["spec"] = specOutline;
        return outline;
    }

    private static JsonArray ListOutline(JsonArray list)
    {
        var outline = new JsonArray();
        foreach (JsonNode? item in list)
        {
            if (item is not JsonObject element)
            {
                outline.Add(item?.DeepClone());
                continue;
            }

            var elementOutline = new JsonObject();
            foreach (string field in (string[])["name", "$patch"])
            {
                if (element.TryGetPropertyValue(field, out JsonNode? value))
                {
                    elementOutline[field] = value?.DeepClone();
                }
            }

            outline.Add(elementOutline);
        }

        return outline;
    }

    // What re-applying a user's containers and post-processing read of the pod before the merge: its labels and
    // annotations, and the containers that share a name with one the templates define (or are the proxy).
    private static JsonObject OriginalView(JsonObject pod, List<JsonObject> overlays)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { PodContainers.ProxyName };
        foreach (JsonObject overlay in overlays)
        {
            foreach (string field in (string[])["containers", "initContainers"])
            {
                foreach (JsonNode? container in (overlay["spec"] as JsonObject)?[field] as JsonArray ?? [])
                {
                    names.Add(PodContainers.NameOf(container));
                }
            }
        }

        var metadata = new JsonObject();
        foreach (string field in (string[])["labels", "annotations"])
        {
            if (pod["metadata"]?[field] is { } value)
            {
                metadata[field] = value.DeepClone();
            }
        }

        var spec = new JsonObject();
        foreach (string field in (string[])["containers", "initContainers"])
        {
            if (PodContainers.List(pod, field) is { } list)
            {
                spec[field] = new JsonArray(list.OfType<JsonObject>().Where(c => names.Contains(PodContainers.NameOf(c))).Select(c => c.DeepClone()).ToArray());
            }
        }

        return new JsonObject { ["metadata"] = metadata, ["spec"] = spec };
    }
}
