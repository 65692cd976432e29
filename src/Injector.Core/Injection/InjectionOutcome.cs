namespace Injector.Core.Injection;

/// <summary>What the pipeline did with a pod.</summary>
public enum InjectionOutcome
{
    /// <summary>The pod was injected.</summary>
    Injected,

    /// <summary>The pod is left as it is (policy, opt-out, hostNetwork, already injected, ...).</summary>
    Skipped,

    /// <summary>Injection was wanted but failed (bad annotation, template error); the pod must not be admitted half-injected.</summary>
    Failed,
}
