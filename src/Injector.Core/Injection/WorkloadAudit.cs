namespace Injector.Core.Injection;

/// <summary>What the admission webhook would do with the pods of one workload, and why.</summary>
public sealed record WorkloadAudit
{
    /// <summary>The workload's kind (<c>Deployment</c>, <c>Pod</c>, ...).</summary>
    public required string Kind { get; init; }

    /// <summary>The workload's name.</summary>
    public required string Name { get; init; }

    /// <summary>The namespace its pods are created in.</summary>
    public required string Namespace { get; init; }

    /// <summary>Injected, skipped (not selected or not required), or failed: the webhook would refuse the pod.</summary>
    public required InjectionOutcome Outcome { get; init; }

    /// <summary>The rule that decided.</summary>
    public required InjectionReason Reason { get; init; }

    /// <summary>A human-readable explanation; for a failure, the error the webhook would answer with.</summary>
    public required string Message { get; init; }

    /// <summary>The templates rendered (or, for a failure, the ones selected), in order; empty when skipped.</summary>
    public IReadOnlyList<string> Templates { get; init; } = [];

    /// <summary>What the webhook would warn about besides the decision (an ignored annotation, an invalid label value).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>True when the pods would get the sidecar.</summary>
    public bool Inject => Outcome == InjectionOutcome.Injected;
}
