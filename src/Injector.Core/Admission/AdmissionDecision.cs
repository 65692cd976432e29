using Injector.Core.Injection;

namespace Injector.Core.Admission;

/// <summary>What the handler answered and why, for the caller's logs and metrics.</summary>
/// <param name="Response">The response to send back.</param>
/// <param name="Kind">Which path the request took.</param>
/// <param name="Injection">The pipeline's result when the pipeline ran.</param>
/// <param name="PodName">The pod's name, or its <c>generateName</c>, for logs.</param>
public sealed record AdmissionDecision(AdmissionResponse Response, AdmissionDecisionKind Kind, InjectionResult? Injection, string PodName);
