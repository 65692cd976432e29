namespace Injector.Core.Injection.Merge;

/// <summary>
/// The strategic-merge metadata of a pod: which lists merge (and by which key) rather than being replaced.
/// Lists not described here are replaced by a patch, as Kubernetes does for fields without a patch strategy.
/// </summary>
internal sealed class MergeSchema
{
    private readonly Dictionary<string, MergeSchema> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _listKeys = new(StringComparer.Ordinal);

    public static MergeSchema Pod { get; } = BuildPod();

    /// <summary>The schema of a nested object field (or of a merged list's elements).</summary>
    public MergeSchema? Child(string field) => _children.GetValueOrDefault(field);

    /// <summary>The merge key of a merged list of objects, "" for a merged list of scalars, null for a replaced list.</summary>
    public string? ListKey(string field) => _listKeys.GetValueOrDefault(field);

    private MergeSchema With(string field, MergeSchema child)
    {
        _children[field] = child;
        return this;
    }

    private MergeSchema List(string field, string key, MergeSchema? element = null)
    {
        _listKeys[field] = key;
        if (element is not null)
        {
            _children[field] = element;
        }

        return this;
    }

    private static MergeSchema BuildPod()
    {
        MergeSchema container = new MergeSchema()
            .List("ports", "containerPort")
            .List("env", "name")
            .List("volumeMounts", "mountPath")
            .List("volumeDevices", "devicePath");
        MergeSchema spec = new MergeSchema()
            .List("containers", "name", container)
            .List("initContainers", "name", container)
            .List("ephemeralContainers", "name", container)
            .List("volumes", "name")
            .List("imagePullSecrets", "name")
            .List("hostAliases", "ip")
            .List("topologySpreadConstraints", "topologyKey")
            .List("resourceClaims", "name")
            .List("schedulingGates", "name");
        MergeSchema metadata = new MergeSchema()
            .List("ownerReferences", "uid")
            .List("finalizers", string.Empty);
        return new MergeSchema().With("metadata", metadata).With("spec", spec);
    }
}
