using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection.Merge;

namespace Injector.Core.Injection;

/// <summary>
/// A user's own <c>istio-proxy</c>/<c>istio-init</c> (any container the templates also define) overrides the template's
/// fields. The overrides are recorded in <c>proxy.istio.io/overrides</c> so that re-injection applies them again.
/// </summary>
internal static class ContainerOverrides
{
    public const string AnnotationName = "proxy.istio.io/overrides";
    private const string AutoImage = "auto";

    /// <summary>Puts recorded overrides back into a stripped pod, so templates see the containers they modify.</summary>
    public static void Reinsert(JsonObject pod)
    {
        JsonObject? existing = ReadAnnotation(pod);
        if (existing is null)
        {
            return;
        }

        foreach (string field in (string[])["containers", "initContainers"])
        {
            if (existing[field] is not JsonArray recorded)
            {
                continue;
            }

            JsonObject spec = PodContainers.Spec(pod);
            if (spec[field] is not JsonArray list)
            {
                list = [];
                spec[field] = list;
            }

            foreach (JsonObject container in recorded.OfType<JsonObject>())
            {
                if (PodContainers.Find(list, PodContainers.NameOf(container)) is null)
                {
                    list.Add(container.DeepClone());
                }
            }
        }
    }

    /// <summary>Re-applies the original pod's versions of containers the templates injected.</summary>
    public static void Reapply(JsonObject finalPod, JsonObject originalPod, JsonObject templatePod, JsonObject proxyConfig)
    {
        JsonObject? existing = ReadAnnotation(originalPod);
        string? status = JsonScalar.AsString(originalPod["metadata"]?["annotations"]?[InjectionStatus.AnnotationName]);
        InjectionStatus? parsedStatus = status is null ? null : InjectionStatus.Parse(status);
        var applied = new Dictionary<string, List<JsonObject>>(StringComparer.Ordinal)
        {
            ["containers"] = [],
            ["initContainers"] = [],
        };

        foreach (string field in (string[])["containers", "initContainers"])
        {
            IReadOnlyList<string> injectedBefore = (field == "containers" ? parsedStatus?.Containers : parsedStatus?.InitContainers) ?? [];
            foreach (JsonObject templateContainer in PodContainers.List(templatePod, field)?.OfType<JsonObject>() ?? [])
            {
                string name = PodContainers.NameOf(templateContainer);

                // A container injected earlier is replaced by the new template rather than restored.
                if (injectedBefore.Contains(name))
                {
                    continue;
                }

                JsonObject? match = PodContainers.Find(existing?[field] as JsonArray, name)
                    ?? (field == "containers"
                        ? PodContainers.Find(PodContainers.List(originalPod, "containers"), name)
                        : FindInPod(originalPod, name));
                if (match is null)
                {
                    continue;
                }

                var overlay = (JsonObject)match.DeepClone();
                if (JsonScalar.AsString(overlay["image"]) == AutoImage)
                {
                    overlay.Remove("image");
                }

                applied[field].Add(overlay);
                var patch = new JsonObject { ["spec"] = new JsonObject { [field] = new JsonArray(overlay.DeepClone()) } };
                StrategicMerge.Apply(finalPod, patch, MergeSchema.Pod);
            }
        }

        if (status is null && (applied["containers"].Count > 0 || applied["initContainers"].Count > 0))
        {
            var record = new JsonObject();
            foreach (var (field, containers) in applied)
            {
                if (containers.Count > 0)
                {
                    record[field] = new JsonArray(containers.Select(c => (JsonNode?)GoContainerJson.Container(c)).ToArray());
                }
            }

            PodContainers.GetOrAddObject(PodContainers.Metadata(finalPod), "annotations")[AnnotationName] = record.ToJsonString(GoContainerJson.Options);
        }

        AdjustInitContainerUser(finalPod, originalPod, proxyConfig);
    }

    public static JsonObject? FindInPod(JsonObject pod, string name) =>
        PodContainers.Find(PodContainers.List(pod, "containers"), name) ?? PodContainers.Find(PodContainers.List(pod, "initContainers"), name);

    // The iptables/validation container must match a uid/gid the user set on their own istio-proxy.
    private static void AdjustInitContainerUser(JsonObject finalPod, JsonObject originalPod, JsonObject proxyConfig)
    {
        if (FindInPod(originalPod, PodContainers.ProxyName)?["securityContext"] is not JsonObject userContext)
        {
            return;
        }

        JsonNode? runAsUser = userContext["runAsUser"];
        JsonNode? runAsGroup = userContext["runAsGroup"];
        if (runAsUser is null && runAsGroup is null)
        {
            return;
        }

        JsonArray? inits = PodContainers.List(finalPod, "initContainers");
        JsonObject? init = PodContainers.Find(inits, PodContainers.InitName) ?? PodContainers.Find(inits, PodContainers.ValidationName);
        if (init is null)
        {
            return;
        }

        bool tproxy = JsonScalar.AsString(proxyConfig["interceptionMode"]) == "TPROXY"
            || JsonScalar.AsString(finalPod["metadata"]?["annotations"]?["sidecar.istio.io/interceptionMode"]) == "TPROXY";
        if (tproxy && runAsUser is not null && FindInPod(finalPod, PodContainers.ProxyName)?["securityContext"] is JsonObject proxyContext)
        {
            proxyContext["runAsUser"] = 0;
        }

        if (!tproxy && PodContainers.NameOf(init) == PodContainers.ValidationName)
        {
            JsonObject context = PodContainers.GetOrAddObject(init, "securityContext");
            if (runAsUser is not null)
            {
                context["runAsUser"] = runAsUser.DeepClone();
            }

            if (runAsGroup is not null)
            {
                context["runAsGroup"] = runAsGroup.DeepClone();
            }
        }

        long? uid = JsonScalar.AsLong(runAsUser);
        if (uid is null or 0 || init["args"] is not JsonArray args)
        {
            return;
        }

        for (int i = 0; i < args.Count - 1; i++)
        {
            if (JsonScalar.AsString(args[i]) == "-u")
            {
                args[i + 1] = uid.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return;
            }
        }
    }

    private static JsonObject? ReadAnnotation(JsonObject pod)
    {
        string? text = JsonScalar.AsString(pod["metadata"]?["annotations"]?[AnnotationName]);
        if (text is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) as JsonObject
                ?? throw new InjectionFailure(InjectionReason.InvalidAnnotation, $"{AnnotationName}: not a JSON object");
        }
        catch (JsonException e)
        {
            throw new InjectionFailure(InjectionReason.InvalidAnnotation, $"{AnnotationName}: {e.Message}");
        }
    }
}
