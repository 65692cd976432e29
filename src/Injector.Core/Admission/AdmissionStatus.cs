namespace Injector.Core.Admission;

/// <summary>The subset of Kubernetes' <c>metav1.Status</c> a refusal carries.</summary>
public sealed class AdmissionStatus
{
    /// <summary>The <see cref="Status"/> value of a refusal.</summary>
    public const string Failure = "Failure";

    /// <summary><c>Success</c> or <c>Failure</c>.</summary>
    public string? Status { get; set; }

    /// <summary>A human-readable explanation.</summary>
    public string? Message { get; set; }

    /// <summary>A machine-readable reason, e.g. <c>BadRequest</c>.</summary>
    public string? Reason { get; set; }

    /// <summary>The HTTP-style code of the failure.</summary>
    public int? Code { get; set; }
}
