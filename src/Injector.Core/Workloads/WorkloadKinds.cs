using System.Text.Json.Nodes;

namespace Injector.Core.Workloads;

/// <summary>
/// The Kubernetes kinds that carry a pod template and where the template sits in each. Kinds are matched by API
/// group as well, so an unrelated CRD that happens to be called <c>Deployment</c> is left alone.
/// </summary>
public static class WorkloadKinds
{
    /// <summary>The kind of a <c>v1</c> list whose <c>items</c> are processed one by one.</summary>
    public const string List = "List";

    /// <summary>True when <paramref name="kind"/> in <paramref name="apiVersion"/> carries a pod (or is a Pod).</summary>
    public static bool CarriesPod(string kind, string apiVersion)
    {
        string group = GroupOf(apiVersion);
        return kind switch
        {
            "Pod" or "ReplicationController" => group.Length == 0,
            "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" => group == "apps",
            "Job" or "CronJob" => group == "batch",
            "DeploymentConfig" => group is "" or "apps.openshift.io",
            _ => false,
        };
    }

    /// <summary>True for a core <c>v1</c> <c>List</c>.</summary>
    public static bool IsList(string kind, string apiVersion) => kind == List && GroupOf(apiVersion).Length == 0;

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

    private static string GroupOf(string apiVersion)
    {
        int slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? string.Empty : apiVersion[..slash];
    }

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
