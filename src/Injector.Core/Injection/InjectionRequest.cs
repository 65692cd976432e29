using System.Text.Json.Nodes;

namespace Injector.Core.Injection;

/// <summary>One pod to inject, with what the caller knows about where it comes from.</summary>
public sealed record InjectionRequest
{
    /// <summary>The pod (apiVersion/kind may be absent for a pod template). Never modified: the result is a copy.</summary>
    public required JsonObject Pod { get; init; }

    /// <summary>The namespace the pod is created in (the AdmissionReview's, or the manifest's); may be empty.</summary>
    public string Namespace { get; init; } = string.Empty;

    /// <summary>Webhook or kube-inject rules.</summary>
    public InjectionMode Mode { get; init; } = InjectionMode.Webhook;

    /// <summary>The owning workload when the caller knows it (kube-inject); for a Pod, and when null, it is derived from the pod's controller owner reference.</summary>
    public WorkloadIdentity? Owner { get; init; }

    /// <summary>The namespace object, when it could be read (OpenShift uid/gid ranges come from its annotations).</summary>
    public JsonObject? NamespaceObject { get; init; }

    /// <summary>Extra proxy environment from the webhook path (<c>/inject/cluster/X/net/Y</c>, <c>/inject/:ENV:k=v</c>).</summary>
    public IReadOnlyDictionary<string, string> ProxyEnvironment { get; init; } = new Dictionary<string, string>();
}
