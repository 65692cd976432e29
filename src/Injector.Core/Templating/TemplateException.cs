namespace Injector.Core.Templating;

/// <summary>A template failed to parse or execute; the message reads like Go's (template name, line, action).</summary>
public class TemplateException : Exception
{
    /// <summary>Creates the error with Go's message text.</summary>
    public TemplateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with Go's message text and its cause.</summary>
    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error.</summary>
    public TemplateException()
    {
    }
}
