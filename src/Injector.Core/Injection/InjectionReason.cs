namespace Injector.Core.Injection;

/// <summary>Why a pod was injected, skipped or failed; a stable name for logs, metrics labels and the audit command.</summary>
public enum InjectionReason
{
    /// <summary>Namespace policy is enabled and nothing on the pod opts out.</summary>
    PolicyEnabled,

    /// <summary>Namespace policy is disabled and nothing on the pod opts in.</summary>
    PolicyDisabled,

    /// <summary>The <c>sidecar.istio.io/inject</c> label asks for injection.</summary>
    LabelEnabled,

    /// <summary>The <c>sidecar.istio.io/inject</c> label opts out.</summary>
    LabelDisabled,

    /// <summary>The <c>sidecar.istio.io/inject</c> annotation asks for injection.</summary>
    AnnotationEnabled,

    /// <summary>The <c>sidecar.istio.io/inject</c> annotation opts out.</summary>
    AnnotationDisabled,

    /// <summary>A label selector of <c>alwaysInjectSelector</c> matched.</summary>
    AlwaysInjectSelector,

    /// <summary>A label selector of <c>neverInjectSelector</c> matched.</summary>
    NeverInjectSelector,

    /// <summary>The pod uses the host network.</summary>
    HostNetwork,

    /// <summary>The pod is in a system namespace that is never injected (kube-system, kube-public, ...).</summary>
    IgnoredNamespace,

    /// <summary>The pod already carries <c>sidecar.istio.io/status</c>: it is re-injected, the earlier injection stripped first, as Istio does.</summary>
    AlreadyInjected,

    /// <summary>An annotation has an invalid value; the message names it.</summary>
    InvalidAnnotation,

    /// <summary>A template failed to render or its output is not a valid pod.</summary>
    TemplateError,

    /// <summary>The pod or the request is malformed.</summary>
    InvalidPod,

    /// <summary>The config's <c>policy</c> is neither <c>enabled</c> nor <c>disabled</c>: Istio injects nothing.</summary>
    InvalidPolicy,
}
