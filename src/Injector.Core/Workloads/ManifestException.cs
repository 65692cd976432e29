namespace Injector.Core.Workloads;

/// <summary>A manifest could not be read or injected; the message names the document and the reason.</summary>
public sealed class ManifestException : Exception
{
    /// <summary>Creates the error for a document.</summary>
    public ManifestException(string document, string reason, Exception? innerException = null)
        : base($"{document}: {reason}", innerException)
    {
        Document = document;
        Reason = reason;
    }

    /// <summary>Creates the error.</summary>
    public ManifestException()
        : this("manifest", "invalid")
    {
    }

    /// <summary>Creates the error with a message only.</summary>
    public ManifestException(string message)
        : this("manifest", message)
    {
    }

    /// <summary>Creates the error with a message and its cause.</summary>
    public ManifestException(string message, Exception innerException)
        : this("manifest", message, innerException)
    {
    }

    /// <summary>Which document failed, e.g. <c>document 2 (Deployment sample/hello)</c>.</summary>
    public string Document { get; }

    /// <summary>Why it failed.</summary>
    public string Reason { get; }
}
