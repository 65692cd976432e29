using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection.Policy;
using Injector.Core.Injection.TemplateData;
using Injector.Core.Telemetry;
using Injector.Core.Templating;

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
        JsonObject proxyConfig = ResolveProxyConfig(settings, request.Mode, annotations, warnings, out string? proxyConfigError);
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

        int statusPort = StatusPort(request.Mode == InjectionMode.KubeInject ? proxyConfig : MeshProxyDefaults(settings));
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
            PostProcess(settings, request, merged, templatePod, original, statusPort, proxyConfig, proxyConfigError);
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

    private static InjectionResult Failed(InjectionReason reason, string message) => new()
    {
        Outcome = InjectionOutcome.Failed,
        Reason = reason,
        Message = message,
    };
}
