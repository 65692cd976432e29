namespace Injector.Core.Templating;

/// <summary>A template failed while executing (Go's ExecError); the message is Go's text.</summary>
public sealed class TemplateExecutionException : TemplateException
{
    /// <summary>Creates the error with Go's message text.</summary>
    public TemplateExecutionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with Go's message text and its cause.</summary>
    public TemplateExecutionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error.</summary>
    public TemplateExecutionException()
    {
    }
}
