namespace Injector.Core.Admission;

/// <summary>The AdmissionReview versions the webhook speaks.</summary>
public static class AdmissionApiVersions
{
    /// <summary>The current version.</summary>
    public const string V1 = "admission.k8s.io/v1";

    /// <summary>The deprecated version older API servers still send.</summary>
    public const string V1Beta1 = "admission.k8s.io/v1beta1";

    /// <summary>The envelope's kind.</summary>
    public const string ReviewKind = "AdmissionReview";

    /// <summary>Whether the version is one the webhook answers in.</summary>
    public static bool IsSupported(string? apiVersion) => apiVersion is V1 or V1Beta1;
}
