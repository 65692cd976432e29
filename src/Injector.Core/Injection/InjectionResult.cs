using System.Text.Json.Nodes;

namespace Injector.Core.Injection;

/// <summary>The pipeline's answer for one pod.</summary>
public sealed record InjectionResult
{
    /// <summary>Injected, skipped or failed.</summary>
    public required InjectionOutcome Outcome { get; init; }

    /// <summary>Why.</summary>
    public required InjectionReason Reason { get; init; }

    /// <summary>A human-readable explanation (for a failure it names the cause, e.g. the annotation).</summary>
    public required string Message { get; init; }

    /// <summary>The injected pod (a new object) when injected; the unchanged input pod when skipped; null when failed.</summary>
    public JsonObject? Pod { get; init; }

    /// <summary>Templates rendered, in order.</summary>
    public IReadOnlyList<string> Templates { get; init; } = [];

    /// <summary>Things the user should know (annotation ignored, why skipped); the webhook returns them as warnings.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
