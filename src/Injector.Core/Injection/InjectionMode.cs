namespace Injector.Core.Injection;

/// <summary>Which caller runs the pipeline; they differ the way Istio's webhook and <c>istioctl kube-inject</c> do.</summary>
public enum InjectionMode
{
    /// <summary>Admission webhook: full config (policy, selectors, defaultTemplates, aliases, injectedAnnotations).</summary>
    Webhook,

    /// <summary>Offline kube-inject: only the templates are used; policy behaves as enabled, templates default to sidecar.</summary>
    KubeInject,
}
