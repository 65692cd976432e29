using System.Text.Json.Nodes;

namespace Injector.Webhook.Tests.TestSupport;

/// <summary>
/// Turns workload documents into the pods their controllers would create, as the conformance kit's webhook mode
/// describes (and as Istio's own webhook test does).
/// </summary>
internal static class ControllerPods
{
    private static readonly HashSet<string> Injectable =
        ["Deployment", "DeploymentConfig", "DaemonSet", "StatefulSet", "Job", "ReplicaSet", "ReplicationController", "CronJob", "Pod"];

    /// <summary>The injectable documents of a manifest in order, a List contributing its items.</summary>
    public static List<JsonObject> InjectableDocuments(IEnumerable<JsonNode?> documents)
    {
        var result = new List<JsonObject>();
        foreach (var document in documents.OfType<JsonObject>())
        {
            var kind = document["kind"]?.GetValue<string>();
            if (kind == "List")
            {
                result.AddRange(InjectableDocuments(document["items"]?.AsArray() ?? []));
            }
            else if (kind is not null && Injectable.Contains(kind))
            {
                result.Add(document);
            }
        }

        return result;
    }

    public static JsonObject ToPod(JsonObject document)
    {
        var kind = document["kind"]!.GetValue<string>();
        if (kind == "Pod")
        {
            return (JsonObject)document.DeepClone();
        }

        var template = kind == "CronJob" ? document["spec"]?["jobTemplate"]?["spec"]?["template"] : document["spec"]?["template"];
        var metadata = (template?["metadata"]?.DeepClone() as JsonObject) ?? [];
        var name = document["metadata"]?["name"]?.GetValue<string>() ?? string.Empty;
        var ownerKind = kind;
        var ownerApiVersion = document["apiVersion"]?.GetValue<string>() ?? string.Empty;
        var ownerName = name;
        if (kind == "Deployment")
        {
            ownerKind = "ReplicaSet";
            ownerApiVersion = "apps/v1";
            ownerName = name + "-fake";
            var labels = metadata["labels"] as JsonObject ?? [];
            labels["pod-template-hash"] = "fake";
            metadata["labels"] = labels;
        }

        metadata["generateName"] = ownerName + (kind == "Deployment" ? "-" : string.Empty);
        metadata["ownerReferences"] = new JsonArray(new JsonObject
        {
            ["apiVersion"] = ownerApiVersion,
            ["kind"] = ownerKind,
            ["name"] = ownerName,
            ["controller"] = true,
        });
        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = metadata,
            ["spec"] = template?["spec"]?.DeepClone() ?? new JsonObject(),
        };
    }
}
