namespace Injector.Core.Admission;

/// <summary>
/// The <c>AdmissionReview</c> envelope of <c>admission.k8s.io/v1</c> and <c>v1beta1</c> (the two share one shape):
/// the API server sends a request, the webhook answers with a response in the same version.
/// </summary>
public sealed class AdmissionReview
{
    /// <summary><c>admission.k8s.io/v1</c> or <c>admission.k8s.io/v1beta1</c>.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Always <c>AdmissionReview</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>What is being admitted; absent in answers.</summary>
    public AdmissionRequest? Request { get; set; }

    /// <summary>The webhook's answer; absent in requests.</summary>
    public AdmissionResponse? Response { get; set; }

    /// <summary>Wraps a response in a review of the given version.</summary>
    public static AdmissionReview Answer(string apiVersion, AdmissionResponse response) =>
        new() { ApiVersion = apiVersion, Kind = AdmissionApiVersions.ReviewKind, Response = response };
}
