using System.Text.Json.Nodes;

namespace Injector.Core.Workloads;

/// <summary>
/// Turns a workload into the pod its controller would create, as the admission webhook then sees it: a <c>v1</c>
/// <c>Pod</c> with the pod template's metadata and spec, <c>generateName</c> and one controller owner reference. A Deployment's pods are
/// owned by a ReplicaSet, so they get a ReplicaSet owner <c>NAME-fake</c> and the <c>pod-template-hash</c> label from
/// which the injector recovers the Deployment's name. A Pod is returned as it is.
/// </summary>
public static class ControllerPod
{
    /// <summary>The <c>pod-template-hash</c> value given to pods made from a Deployment.</summary>
    public const string FakeTemplateHash = "fake";

    /// <summary>
    /// The pods a document would produce, in order: one per workload, one per injectable item of a <c>List</c>,
    /// none for other kinds. The input is not modified.
    /// </summary>
    public static IReadOnlyList<JsonObject> FromDocument(JsonNode? document)
    {
        var pods = new List<JsonObject>();
        Collect(document, pods);
        return pods;
    }

    /// <summary>The pod a workload's controller would create; null when the object's kind carries no pod.</summary>
    public static JsonObject? FromWorkload(JsonObject workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        string kind = WorkloadKinds.KindOf(workload);
        string apiVersion = WorkloadKinds.ApiVersionOf(workload);
        if (!WorkloadKinds.CarriesPod(kind, apiVersion))
        {
            return null;
        }

        if (kind == "Pod")
        {
            return (JsonObject)workload.DeepClone();
        }

        JsonObject template = kind == "CronJob"
            ? Path(workload, "spec", "jobTemplate", "spec", "template") as JsonObject ?? new JsonObject()
            : Path(workload, "spec", "template") as JsonObject ?? new JsonObject();
        var metadata = template["metadata"]?.DeepClone() as JsonObject ?? new JsonObject();
        string name = JsonText.Get(workload["metadata"], "name");

        if (kind == "Deployment")
        {
            string replicaSet = name + "-fake";
            SetOwner(metadata, replicaSet, "apps/v1", "ReplicaSet");
            metadata["generateName"] = replicaSet + "-";
            if (metadata["labels"] is not JsonObject labels)
            {
                labels = new JsonObject();
                metadata["labels"] = labels;
            }

            labels["pod-template-hash"] = FakeTemplateHash;
        }
        else
        {
            SetOwner(metadata, name, apiVersion, kind);
        }

        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = metadata,
            ["spec"] = template["spec"]?.DeepClone() ?? new JsonObject(),
        };
    }

    private static void Collect(JsonNode? document, List<JsonObject> pods)
    {
        if (document is not JsonObject obj)
        {
            return;
        }

        if (WorkloadKinds.IsList(WorkloadKinds.KindOf(obj), WorkloadKinds.ApiVersionOf(obj)))
        {
            foreach (JsonNode? item in obj["items"] as JsonArray ?? [])
            {
                Collect(item, pods);
            }

            return;
        }

        if (FromWorkload(obj) is { } pod)
        {
            pods.Add(pod);
        }
    }

    // Malformed workloads (a spec that is a string) read as having no pod template rather than throwing.
    private static JsonNode? Path(JsonNode? node, params string[] steps)
    {
        foreach (string step in steps)
        {
            node = JsonText.Member(node, step);
        }

        return node;
    }

    private static void SetOwner(JsonObject metadata, string name, string apiVersion, string kind)
    {
        metadata["generateName"] = name;
        metadata["ownerReferences"] = new JsonArray
        {
            new JsonObject
            {
                ["apiVersion"] = apiVersion,
                ["kind"] = kind,
                ["name"] = name,
                ["controller"] = true,
            },
        };
    }
}
