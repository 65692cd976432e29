using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection.Merge;
using Injector.Core.Injection.Policy;
using Injector.Core.Injection.TemplateData;
using Injector.Core.Telemetry;
using Injector.Core.Templating;
using Injector.Core.Workloads;

namespace Injector.Core.Injection;

/// <summary>
/// The one path from a pod to an injected pod, shared by the webhook and kube-inject:
/// policy decision, template data, render, merge, post-process.
/// </summary>
public static partial class InjectionPipeline
{
    private const string ProxyConfigAnnotation = "proxy.istio.io/config";
    private const string TemplatesAnnotation = "inject.istio.io/templates";
    private const string NativeSidecarAnnotation = "sidecar.istio.io/nativeSidecar";

    /// <summary>Injects one pod under the given settings. Never throws for bad input: failures are results.</summary>
    public static InjectionResult Inject(InjectionSettings settings, InjectionRequest request)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return InjectPod(settings, request);
        }
        catch (InjectionFailure e)
        {
            return Failed(e.Reason, e.Message);
        }
        catch (TemplateException e)
        {
            return Failed(InjectionReason.TemplateError, $"failed to run injection template: {e.Message}");
        }
        catch (InvalidDataException e)
        {
            return Failed(InjectionReason.TemplateError, $"failed applying injection overlay: {e.Message}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed(InjectionReason.InvalidPod, $"injection failed: {e.Message}");
        }
    }

    /// <summary>The templates a pod gets: its <c>inject.istio.io/templates</c> annotation, else the defaults; aliases expanded once.</summary>
    public static IReadOnlyList<string> SelectTemplates(InjectionSettings settings, InjectionMode mode, IReadOnlyDictionary<string, string> annotations)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(annotations);
        IEnumerable<string> names = annotations.TryGetValue(TemplatesAnnotation, out string? requested)
            ? requested.Split(',').Select(n => n.Trim())
            : mode == InjectionMode.KubeInject ? [InjectionSettings.SidecarTemplateName] : settings.DefaultTemplates;
        if (mode == InjectionMode.KubeInject)
        {
            return names.ToList();
        }

        return names.SelectMany(n => settings.Aliases.TryGetValue(n, out IReadOnlyList<string>? expanded) ? expanded : [n]).ToList();
    }

    private static InjectionResult InjectPod(InjectionSettings settings, InjectionRequest request)
    {
        var pod = (JsonObject)request.Pod.DeepClone();
        if (pod["metadata"] is not (null or JsonObject) || pod["spec"] is not (null or JsonObject))
        {
            return Failed(InjectionReason.InvalidPod, "the pod's metadata and spec must be objects");
        }

        JsonObject metadata = PodContainers.Metadata(pod);
        JsonObject spec = PodContainers.Spec(pod);
        bool hadNamespace = metadata["namespace"] is not null;
        string namespaceName = JsonScalar.AsString(metadata["namespace"]) ?? string.Empty;
        if (request.Mode == InjectionMode.Webhook && namespaceName.Length == 0)
        {
            namespaceName = request.Namespace;
            metadata["namespace"] = namespaceName;
        }

        InjectionDecision decision = InjectionPolicyEvaluator.Decide(settings, metadata, spec, namespaceName, request.Mode);
        if (!decision.Inject)
        {
            return new InjectionResult
            {
                Outcome = InjectionOutcome.Skipped,
                Reason = decision.Reason,
                Message = decision.Message,
                Pod = request.Pod,
                Warnings = decision.Warnings,
            };
        }

        var warnings = new List<string>(decision.Warnings);
        if (request.Mode == InjectionMode.Webhook && settings.IsOpenShift)
        {
            ResetProxyUserMatchingApp(pod);
        }

        IReadOnlyDictionary<string, string> annotations = InjectionPolicyEvaluator.ReadMap(metadata["annotations"]);
        JsonObject proxyConfig = ResolveProxyConfig(settings, request.Mode, annotations, warnings);
        JsonObject meshConfig = settings.MeshConfig;
        if (request.Mode == InjectionMode.KubeInject && annotations.ContainsKey(ProxyConfigAnnotation))
        {
            // kube-inject applies the annotation to the mesh config itself, so templates see it there too.
            meshConfig = (JsonObject)settings.MeshConfig.DeepClone();
            meshConfig["defaultConfig"] = proxyConfig.DeepClone();
        }

        ValidateAnnotations(annotations);

        // A bare Pod's owner is whatever its controller reference says, as for a pod the webhook receives.
        WorkloadIdentity owner = request.Owner is { Kind: not "Pod" } given ? given : OwnerResolver.FromPod(metadata, request.Owner?.Namespace ?? namespaceName);

        int statusPort = StatusPort(request.Mode == InjectionMode.KubeInject ? proxyConfig : settings.MeshConfig["defaultConfig"] as JsonObject ?? []);
        JsonObject stripped = StripPreviousInjection(pod, statusPort);
        ContainerOverrides.Reinsert(stripped);
        // Nothing since reading the annotations changed them unless a previous injection was stripped.
        IReadOnlyDictionary<string, string> strippedAnnotations = ReferenceEquals(stripped, pod)
            ? annotations
            : InjectionPolicyEvaluator.ReadMap(stripped["metadata"]?["annotations"]);
        (long uid, long gid) = request.Mode == InjectionMode.Webhook && settings.IsOpenShift
            ? ProxyIds.FromNamespace(request.NamespaceObject)
            : (ProxyIds.Default, ProxyIds.Default);

        var data = new SidecarTemplateData(
            stripped["metadata"] as JsonObject,
            stripped["spec"] as JsonObject,
            owner,
            proxyConfig,
            meshConfig,
            settings.Values)
        {
            Revision = settings.Revision,
            NativeSidecars = settings.NativeSidecars,
            ProxyImage = ProxyImages.Proxy(settings.ValuesJson, proxyConfig, strippedAnnotations),
            ProxyInitImage = ProxyImages.Init(settings.ValuesJson, strippedAnnotations),
            ProxyUid = uid,
            ProxyGid = gid,
            InboundTrafficPolicyMode = JsonScalar.AsString(meshConfig["inboundTrafficPolicy"]?["mode"]) == "LOCALHOST" ? "localhost" : "passthrough",
            CompliancePolicy = settings.CompliancePolicy,
        };

        IReadOnlyList<string> templateNames = SelectTemplates(settings, request.Mode, annotations);
        List<JsonObject> overlays;
        using (InjectionPhaseMetrics.Start(InjectionPhase.Render))
        {
            overlays = Render(settings, templateNames, data);
        }

        JsonObject merged;
        using (InjectionPhaseMetrics.Start(InjectionPhase.Merge))
        {
            // The pod is merged into in place; what the later steps read of it as it was is kept aside first.
            JsonObject original = OriginalView(pod, overlays);
            (merged, JsonObject templatePod) = Merge(overlays, pod, NativeSidecars(settings, annotations, warnings));
            ContainerOverrides.Reapply(merged, original, templatePod, proxyConfig);
            PostProcess(settings, request, merged, templatePod, original, proxyConfig);
            CanonicalizeQuantities(merged);
        }

        if (!hadNamespace)
        {
            PodContainers.Metadata(merged).Remove("namespace");
        }

        bool reinjected = annotations.ContainsKey(InjectionStatus.AnnotationName);
        return new InjectionResult
        {
            Outcome = InjectionOutcome.Injected,
            Reason = reinjected ? InjectionReason.AlreadyInjected : decision.Reason,
            Message = reinjected ? $"re-injected a previously injected pod ({decision.Message})" : decision.Message,
            Pod = merged,
            Templates = templateNames,
            Warnings = warnings,
        };
    }

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

    private static JsonObject ResolveProxyConfig(InjectionSettings settings, InjectionMode mode, IReadOnlyDictionary<string, string> annotations, List<string> warnings)
    {
        // Every step only reads the proxy config, so a pod without its own shares the snapshot's (as the mesh config is shared).
        var defaults = settings.MeshConfig["defaultConfig"] as JsonObject ?? [];
        if (!annotations.TryGetValue(ProxyConfigAnnotation, out string? text))
        {
            return defaults;
        }

        try
        {
            return ProxyConfigMerge.Apply(defaults, ProxyConfigMerge.Parse(text));
        }
        catch (InvalidDataException e)
        {
            if (mode == InjectionMode.KubeInject)
            {
                throw new InjectionFailure(InjectionReason.InvalidAnnotation, $"{ProxyConfigAnnotation}: {e.Message}");
            }

            warnings.Add($"ignoring {ProxyConfigAnnotation}: {e.Message}");
            return defaults;
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

    // Each template renders against the same data, so all of them render (the render phase) before any is merged.
    private static List<JsonObject> Render(InjectionSettings settings, IReadOnlyList<string> templateNames, SidecarTemplateData data)
    {
        var overlays = new List<JsonObject>(templateNames.Count);
        foreach (string name in templateNames)
        {
            if (!settings.Templates.TryGetValue(name, out GoTemplate? template))
            {
                throw new InjectionFailure(
                    InjectionReason.TemplateError,
                    $"failed to run injection template: requested template \"{name}\" not found; have {string.Join(", ", settings.TemplateNames)}");
            }

            overlays.Add(ParseOverlay(template.Render(data)));
        }

        return overlays;
    }

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

    private static JsonObject ParseOverlay(string rendered)
    {
        JsonNode? node;
        try
        {
            node = YamlJsonConverter.Parse(rendered);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InjectionFailure(
                InjectionReason.TemplateError,
                $"failed parsing generated injected YAML (check Istio sidecar injector configuration): {e.Message}");
        }

        return node switch
        {
            null => [],
            JsonObject obj => obj,
            _ => throw new InjectionFailure(InjectionReason.TemplateError, "failed parsing generated injected YAML: the template output is not a mapping"),
        };
    }

    private static InjectionResult Failed(InjectionReason reason, string message) => new()
    {
        Outcome = InjectionOutcome.Failed,
        Reason = reason,
        Message = message,
    };
}
