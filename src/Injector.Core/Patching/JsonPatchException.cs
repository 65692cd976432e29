namespace Injector.Core.Patching;

/// <summary>A JSON patch or pointer that cannot be applied to the document it was given.</summary>
public sealed class JsonPatchException : Exception
{
    /// <summary>Creates the exception with a message naming the failing operation or path.</summary>
    public JsonPatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public JsonPatchException()
    {
    }

    /// <summary>Creates the exception wrapping the cause.</summary>
    public JsonPatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
