namespace Injector.Core.Injection.Policy;

/// <summary>Whether a pod is to be injected, why, and what the user should be told.</summary>
/// <param name="Inject">True to inject.</param>
/// <param name="Reason">The rule that decided.</param>
/// <param name="Message">A human-readable explanation.</param>
public sealed record InjectionDecision(bool Inject, InjectionReason Reason, string Message)
{
    /// <summary>Notes such as an invalid <c>sidecar.istio.io/inject</c> value that was ignored.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
