namespace Injector.Core.Admission;

/// <summary>A Kubernetes API group, version and kind.</summary>
public sealed class GroupVersionKind
{
    /// <summary>The API group; empty for the core group.</summary>
    public string? Group { get; set; }

    /// <summary>The API version, e.g. <c>v1</c>.</summary>
    public string? Version { get; set; }

    /// <summary>The kind, e.g. <c>Pod</c>.</summary>
    public string? Kind { get; set; }
}
