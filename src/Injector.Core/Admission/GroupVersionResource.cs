namespace Injector.Core.Admission;

/// <summary>A Kubernetes API group, version and resource.</summary>
public sealed class GroupVersionResource
{
    /// <summary>The API group; empty for the core group.</summary>
    public string? Group { get; set; }

    /// <summary>The API version, e.g. <c>v1</c>.</summary>
    public string? Version { get; set; }

    /// <summary>The resource, e.g. <c>pods</c>.</summary>
    public string? Resource { get; set; }
}
