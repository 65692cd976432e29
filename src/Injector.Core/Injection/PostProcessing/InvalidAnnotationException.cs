namespace Injector.Core.Injection.PostProcessing;

/// <summary>A pod annotation Istio would refuse to inject with; the message names the annotation and the reason.</summary>
public sealed class InvalidAnnotationException : Exception
{
    public InvalidAnnotationException()
        : this(string.Empty, string.Empty)
    {
    }

    public InvalidAnnotationException(string message)
        : this(string.Empty, message)
    {
    }

    public InvalidAnnotationException(string message, Exception innerException)
        : base(message, innerException)
    {
        AnnotationName = string.Empty;
    }

    public InvalidAnnotationException(string annotationName, string message)
        : base(message)
    {
        AnnotationName = annotationName;
    }

    /// <summary>The offending annotation's name, e.g. <c>traffic.sidecar.istio.io/includeOutboundIPRanges</c>.</summary>
    public string AnnotationName { get; }
}
