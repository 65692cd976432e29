using System.Text.Json.Nodes;

namespace Injector.Core.Workloads;

/// <summary>
/// The Kubernetes kinds that carry a pod template and where the template sits in each. Kinds are matched by name
/// alone, whatever their <c>apiVersion</c>, because istioctl registers them as unversioned kinds: an old
/// <c>extensions/v1beta1</c> Deployment or <c>batch/v1beta1</c> CronJob is injected like the current one.
/// </summary>
public static class WorkloadKinds
{
    /// <summary>The kind of a list whose <c>items</c> are processed one by one.</summary>
    public const string List = "List";

    /// <summary>True when <paramref name="kind"/> carries a pod (or is a Pod); <paramref name="apiVersion"/> does not matter.</summary>
    public static bool CarriesPod(string kind, string apiVersion) => kind is
        "Pod" or "ReplicationController" or "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet"
        or "Job" or "CronJob" or "DeploymentConfig";

    /// <summary>True for a <c>List</c>; <paramref name="apiVersion"/> does not matter.</summary>
    public static bool IsList(string kind, string apiVersion) => kind == List;

    /// <summary>
    /// Finds the pod template of a workload object (or the pod itself); null when the object's kind carries no pod.
    /// Throws <see cref="InvalidDataException"/> when the kind carries one but the object lacks it.
    /// </summary>
    public static PodTemplateSite? Locate(JsonObject workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        string kind = JsonText.Get(workload, "kind");
        string apiVersion = JsonText.Get(workload, "apiVersion");
        if (!CarriesPod(kind, apiVersion))
        {
            return null;
        }

        if (kind == "Pod")
        {
            return new PodTemplateSite(workload, workload, workload);
        }

        if (kind == "CronJob")
        {
            JsonObject jobTemplate = RequireObject(workload, "spec", "jobTemplate");
            JsonObject cronTemplate = RequireObject(jobTemplate, "spec", "template");

            // Istio's kube-inject takes the pod metadata from the job template, so injected annotations and labels
            // land on spec.jobTemplate.metadata while the pod template's own metadata is left as it is.
            return new PodTemplateSite(workload, jobTemplate, cronTemplate);
        }

        JsonObject template = RequireObject(workload, "spec", "template");
        return new PodTemplateSite(workload, template, template);
    }

    /// <summary>The object's <c>kind</c>, or empty.</summary>
    public static string KindOf(JsonNode? node) => JsonText.Get(node, "kind");

    /// <summary>The object's <c>apiVersion</c>, or empty.</summary>
    public static string ApiVersionOf(JsonNode? node) => JsonText.Get(node, "apiVersion");

    private static JsonObject RequireObject(JsonObject root, params string[] path)
    {
        JsonNode? current = root;
        foreach (string step in path)
        {
            current = current is JsonObject obj ? obj[step] : null;
        }

        return current as JsonObject
            ?? throw new InvalidDataException($"{string.Join('.', path)} is required for {JsonText.Get(root, "kind")}");
    }
}
