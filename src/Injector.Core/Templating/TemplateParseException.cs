namespace Injector.Core.Templating;

/// <summary>A template failed to parse; the message is Go's text.</summary>
public sealed class TemplateParseException : TemplateException
{
    /// <summary>Creates the error with Go's message text.</summary>
    public TemplateParseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with Go's message text and its cause.</summary>
    public TemplateParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error.</summary>
    public TemplateParseException()
    {
    }
}
