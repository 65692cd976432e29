namespace Injector.Core.Injection;

/// <summary>Where <see cref="PodContainers.Reorder"/> puts a container.</summary>
internal enum ContainerPlacement
{
    /// <summary>Front of the list.</summary>
    First,

    /// <summary>End of the list.</summary>
    Last,

    /// <summary>Out of the list.</summary>
    Remove,
}
