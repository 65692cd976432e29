using Injector.Core.Config;

namespace Injector.Core.Injection;

/// <summary>
/// The one path from a pod to an injected pod, shared by the webhook and kube-inject:
/// policy decision, template data, render, merge, post-process.
/// </summary>
public static class InjectionPipeline
{
    /// <summary>Injects one pod under the given settings. Never throws for bad input: failures are results.</summary>
    public static InjectionResult Inject(InjectionSettings settings, InjectionRequest request)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(request);
        throw new NotImplementedException();
    }
}
