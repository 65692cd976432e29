using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection;
using Injector.Core.Patching;
using Injector.Core.Telemetry;

namespace Injector.Core.Admission;

/// <summary>
/// Turns one admission request into a response: pods being created go through the injection pipeline and come back
/// as a JSON patch from the submitted pod to the injected one; everything else is admitted untouched.
/// A pod that should be injected but cannot be is refused, so it is never admitted half-injected.
/// </summary>
public static class AdmissionHandler
{
    /// <summary>Answers <paramref name="request"/> under <paramref name="settings"/>; never throws for bad input.</summary>
    /// <param name="settings">The current settings snapshot.</param>
    /// <param name="request">The admission request.</param>
    /// <param name="proxyEnvironment">Proxy environment from the webhook path (see <see cref="InjectionPathParameters"/>).</param>
    /// <param name="namespaceObject">The namespace object, when it could be read (OpenShift uid ranges).</param>
    public static AdmissionDecision Handle(
        InjectionSettings settings,
        AdmissionRequest request,
        IReadOnlyDictionary<string, string> proxyEnvironment,
        JsonObject? namespaceObject = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(proxyEnvironment);

        var uid = request.Uid;
        if (!IsPod(request) || !IsCreate(request) || !string.IsNullOrEmpty(request.SubResource))
        {
            return new AdmissionDecision(AdmissionResponse.Allow(uid), AdmissionDecisionKind.Ignored, null, string.Empty);
        }

        if (request.Object is not JsonObject submitted)
        {
            return Failed(uid, "the admission request carries no pod object", string.Empty, null);
        }

        // Managed fields can be large and never matter to injection; leaving them out of both sides keeps the diff cheap.
        // Only then is a copy needed: the pipeline and the diff leave the pod they are given as it was.
        var pod = submitted;
        if (submitted["metadata"] is JsonObject submittedMetadata && submittedMetadata.ContainsKey("managedFields"))
        {
            pod = (JsonObject)submitted.DeepClone();
            ((JsonObject)pod["metadata"]!).Remove("managedFields");
        }

        var podName = PodName(pod);
        var injectionRequest = new InjectionRequest
        {
            // The pipeline works on its own copy, so the pod the patch is computed from is shared without another clone.
            Pod = pod,
            Namespace = !string.IsNullOrEmpty(request.Namespace) ? request.Namespace : Text(pod["metadata"]?["namespace"]),
            Mode = InjectionMode.Webhook,
            NamespaceObject = namespaceObject,
            ProxyEnvironment = proxyEnvironment,
        };

        InjectionResult result;
        try
        {
            result = InjectionPipeline.Inject(settings, injectionRequest);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The pipeline reports failures as results; an exception is a defect, and still must not admit a half-injected pod.
            return Failed(uid, $"injection failed: {ex.Message}", podName, null, 500);
        }

        switch (result.Outcome)
        {
            case InjectionOutcome.Skipped:
                {
                    var warnings = new List<string> { $"sidecar not injected: {result.Message}" };
                    warnings.AddRange(result.Warnings);
                    return new AdmissionDecision(AdmissionResponse.Allow(uid, warnings), AdmissionDecisionKind.Skipped, result, podName);
                }

            case InjectionOutcome.Injected when result.Pod is not null:
                {
                    // The pipeline's pod is its own and read by nothing after it, so it is squared with the submitted one in place.
                    var injected = result.Pod;
                    KeepAsSubmitted(pod, injected, "namespace");
                    KeepAsSubmitted(pod, injected, "managedFields");
                    byte[] patch;
                    using (InjectionPhaseMetrics.Start(InjectionPhase.Diff))
                    {
                        patch = JsonPatchDiff.CreateUtf8(pod, injected);
                    }

                    var warnings = new List<string>();
                    if (result.Templates.Count > 0)
                    {
                        warnings.Add($"sidecar injected with templates: {string.Join(", ", result.Templates)}");
                    }

                    if (result.Reason == InjectionReason.AlreadyInjected)
                    {
                        warnings.Add($"sidecar re-injected: {result.Message}");
                    }

                    warnings.AddRange(result.Warnings);
                    var response = AdmissionResponse.Allow(uid, warnings);
                    response.Patch = patch;
                    response.PatchType = AdmissionResponse.JsonPatchType;
                    return new AdmissionDecision(response, AdmissionDecisionKind.Injected, result, podName);
                }

            default:
                {
                    var message = string.IsNullOrEmpty(result.Message) ? result.Reason.ToString() : result.Message;
                    var code = result.Reason is InjectionReason.TemplateError ? 500 : 400;
                    return Failed(uid, $"sidecar injection failed ({result.Reason}): {message}", podName, result, code);
                }
        }
    }

    private static AdmissionDecision Failed(string? uid, string message, string podName, InjectionResult? result, int code = 400) =>
        new(AdmissionResponse.Deny(uid, message, code), AdmissionDecisionKind.Failed, result, podName);

    private static bool IsPod(AdmissionRequest request)
    {
        if (request.Kind is { } kind)
        {
            return string.IsNullOrEmpty(kind.Group) && kind.Kind == "Pod";
        }

        if (request.Resource is { } resource)
        {
            return string.IsNullOrEmpty(resource.Group) && resource.Resource == "pods";
        }

        // Without kind or resource, trust the object itself.
        return Text(request.Object?["kind"]) is "Pod" or "";
    }

    // Istio's webhook does not look at the operation; an empty one is treated as CREATE for the same reason.
    private static bool IsCreate(AdmissionRequest request) => request.Operation is null or "" or "CREATE";

    private static string PodName(JsonObject pod)
    {
        var metadata = pod["metadata"];
        var name = Text(metadata?["name"]);
        return name.Length > 0 ? name : Text(metadata?["generateName"]);
    }

    /// <summary>The pipeline may fill in fields the API server owns; the patch must not touch them.</summary>
    private static void KeepAsSubmitted(JsonObject submitted, JsonObject injected, string metadataField)
    {
        if (injected["metadata"] is not JsonObject target)
        {
            return;
        }

        if (submitted["metadata"] is JsonObject source && source.TryGetPropertyValue(metadataField, out var value))
        {
            target[metadataField] = value?.DeepClone();
        }
        else
        {
            target.Remove(metadataField);
        }
    }

    private static string Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;
}
