using System.Text.Json.Nodes;

namespace Injector.Core.Workloads;

/// <summary>
/// What <c>istioctl kube-inject</c> adds to a known workload by decoding it into its typed Kubernetes object and
/// encoding it again: the zero-valued fields Go prints because they are not <c>omitempty</c> (a DaemonSet's
/// <c>status.numberReady: 0</c>, a DeploymentConfig's <c>spec.test: false</c>) and the structs it always prints
/// (<c>strategy: {}</c>, <c>status: {}</c>, a container's <c>resources: {}</c>). The table follows the Go API types
/// of k8s.io/api (core/v1, apps/v1, batch/v1), k8s.io/apimachinery meta/v1 and openshift/api apps/v1.
/// </summary>
public static class TypedReencoding
{
    // metav1.ObjectMeta: every field is omitempty and creationTimestamp is omitzero, so an empty one prints as {}.
    private static readonly GoStructShape s_objectMeta = new();

    // core/v1 Container (and EphemeralContainerCommon): ResourceRequirements is a struct field.
    private static readonly GoStructShape s_container = new GoStructShape().Struct("resources");

    private static readonly GoStructShape s_podSpec = new GoStructShape()
        .Optional("initContainers", s_container)
        .Nullable("containers", s_container)
        .Optional("ephemeralContainers", s_container);

    private static readonly GoStructShape s_podTemplateSpec = new GoStructShape()
        .Struct("metadata", s_objectMeta)
        .Struct("spec", s_podSpec);

    // core/v1 PersistentVolumeClaim as a StatefulSet's volume claim template.
    private static readonly GoStructShape s_persistentVolumeClaim = new GoStructShape()
        .Struct("metadata", s_objectMeta)
        .Struct("spec", new GoStructShape().Struct("resources"))
        .Struct("status");

    private static readonly GoStructShape s_jobSpec = new GoStructShape().Struct("template", s_podTemplateSpec);

    // Keyed by kind alone: istioctl decodes every apiVersion of these kinds into the one Go type listed here.
    private static readonly Dictionary<string, GoStructShape> s_kinds = new(StringComparer.Ordinal)
    {
        ["Pod"] = Workload(s_podSpec, new GoStructShape()),
        ["ReplicationController"] = Workload(
            new GoStructShape().Optional("template", s_podTemplateSpec),
            new GoStructShape().Scalar("replicas", 0)),
        [WorkloadKinds.List] = new GoStructShape().Struct("metadata").Nullable("items"),
        ["Deployment"] = Workload(
            new GoStructShape().Nullable("selector").Struct("template", s_podTemplateSpec).Struct("strategy"),
            new GoStructShape()),
        ["DaemonSet"] = Workload(
            new GoStructShape().Nullable("selector").Struct("template", s_podTemplateSpec).Struct("updateStrategy"),
            new GoStructShape()
                .Scalar("currentNumberScheduled", 0)
                .Scalar("numberMisscheduled", 0)
                .Scalar("desiredNumberScheduled", 0)
                .Scalar("numberReady", 0)),
        ["ReplicaSet"] = Workload(
            new GoStructShape().Nullable("selector").Struct("template", s_podTemplateSpec),
            new GoStructShape().Scalar("replicas", 0)),
        ["StatefulSet"] = Workload(
            new GoStructShape()
                .Nullable("selector")
                .Struct("template", s_podTemplateSpec)
                .Optional("volumeClaimTemplates", s_persistentVolumeClaim)
                .Scalar("serviceName", string.Empty)
                .Struct("updateStrategy"),
            new GoStructShape().Scalar("replicas", 0).Scalar("availableReplicas", 0)),
        ["Job"] = Workload(s_jobSpec, new GoStructShape()),
        ["CronJob"] = Workload(
            new GoStructShape()
                .Scalar("schedule", string.Empty)
                .Struct("jobTemplate", new GoStructShape().Struct("metadata", s_objectMeta).Struct("spec", s_jobSpec)),
            new GoStructShape()),
        ["DeploymentConfig"] = DeploymentConfig(),
    };

    /// <summary>
    /// Adds to <paramref name="workload"/> the fields Go's typed re-encoding would print for its kind, where they are
    /// missing. Returns false, leaving the object alone, when the kind is not one kube-inject decodes. The items of a
    /// <c>List</c> are not visited: each is re-encoded by its own kind.
    /// </summary>
    public static bool Apply(JsonObject workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        if (!s_kinds.TryGetValue(WorkloadKinds.KindOf(workload), out GoStructShape? shape))
        {
            return false;
        }

        shape.Apply(workload);
        return true;
    }

    // Every workload struct embeds TypeMeta and ObjectMeta and has spec and status as non-pointer struct fields.
    private static GoStructShape Workload(GoStructShape spec, GoStructShape status) => new GoStructShape()
        .Struct("metadata", s_objectMeta)
        .Struct("spec", spec)
        .Struct("status", status);

    private static GoStructShape DeploymentConfig()
    {
        // openshift apps/v1 DeploymentStrategy embeds ResourceRequirements as a struct; an image-change trigger's
        // `from` is a struct ObjectReference.
        var strategy = new GoStructShape().Struct("resources");
        var trigger = new GoStructShape().Optional("imageChangeParams", new GoStructShape().Struct("from"));
        return Workload(
            new GoStructShape()
                .Struct("strategy", strategy)
                .Nullable("triggers", trigger)
                .Scalar("replicas", 0)
                .Scalar("test", false)
                .Optional("template", s_podTemplateSpec),
            new GoStructShape()
                .Scalar("latestVersion", 0)
                .Scalar("observedGeneration", 0)
                .Scalar("replicas", 0)
                .Scalar("updatedReplicas", 0)
                .Scalar("availableReplicas", 0)
                .Scalar("unavailableReplicas", 0));
    }
}
