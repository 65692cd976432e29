namespace Injector.Webhook.Telemetry;

/// <summary>
/// The <c>reason</c> label of <c>sidecar_injection_failure_total</c> for requests that never reached the injection
/// pipeline; pipeline failures use the pipeline's own reason names, in the same PascalCase.
/// </summary>
internal static class RejectionReasons
{
    /// <summary>The request is not <c>application/json</c>.</summary>
    public const string UnsupportedMediaType = "UnsupportedMediaType";

    /// <summary>The body is larger than the webhook accepts.</summary>
    public const string BodyTooLarge = "BodyTooLarge";

    /// <summary>The body is empty.</summary>
    public const string EmptyBody = "EmptyBody";

    /// <summary>The body is not a readable AdmissionReview.</summary>
    public const string MalformedReview = "MalformedReview";

    /// <summary>The AdmissionReview carries no request.</summary>
    public const string NoRequest = "NoRequest";

    /// <summary>The AdmissionReview's version or kind is not one the webhook serves.</summary>
    public const string UnsupportedVersion = "UnsupportedVersion";

    /// <summary>The injector failed on its own account (an exception), not because of the pod.</summary>
    public const string InternalError = "InternalError";
}
