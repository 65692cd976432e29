namespace Injector.Core.Injection.PostProcessing;

/// <summary>A pod annotation Istio would refuse to inject with; the message names the annotation and the reason.</summary>
public sealed class InvalidAnnotationException : Exception
{
    /// <summary>Creates the error without naming an annotation.</summary>
    public InvalidAnnotationException()
        : this(string.Empty, string.Empty)
    {
    }

    /// <summary>Creates the error with a message only.</summary>
    public InvalidAnnotationException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Creates the error with a message and its cause.</summary>
    public InvalidAnnotationException(string message, Exception innerException)
        : base(message, innerException)
    {
        AnnotationName = string.Empty;
    }

    /// <summary>Creates the error for the annotation <paramref name="annotationName"/>.</summary>
    public InvalidAnnotationException(string annotationName, string message)
        : base(message)
    {
        AnnotationName = annotationName;
    }

    /// <summary>The offending annotation's name, e.g. <c>traffic.sidecar.istio.io/includeOutboundIPRanges</c>.</summary>
    public string AnnotationName { get; }
}
