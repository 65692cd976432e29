namespace Injector.Core.Templating;

/// <summary>The error a template function reports, as a Go function's non-nil error result.</summary>
public sealed class TemplateFunctionException : Exception
{
    /// <summary>Creates the error with Go's message text.</summary>
    public TemplateFunctionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with Go's message text and its cause.</summary>
    public TemplateFunctionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error.</summary>
    public TemplateFunctionException()
    {
    }
}
