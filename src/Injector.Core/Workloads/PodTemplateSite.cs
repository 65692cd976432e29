using System.Text.Json.Nodes;

using Injector.Core.Injection;

namespace Injector.Core.Workloads;

/// <summary>
/// Where a workload keeps its pod: the object holding the pod's <c>metadata</c> and the one holding its <c>spec</c>
/// (the same object except for a CronJob). Lets kube-inject take the pod out and put the injected one back.
/// </summary>
public sealed class PodTemplateSite
{
    internal PodTemplateSite(JsonObject workload, JsonObject metadataHolder, JsonObject specHolder)
    {
        Workload = workload;
        MetadataHolder = metadataHolder;
        SpecHolder = specHolder;
    }

    /// <summary>The workload object (for a Pod, the pod itself).</summary>
    public JsonObject Workload { get; }

    /// <summary>The object whose <c>metadata</c> is the pod's metadata.</summary>
    public JsonObject MetadataHolder { get; }

    /// <summary>The object whose <c>spec</c> is the pod spec.</summary>
    public JsonObject SpecHolder { get; }

    /// <summary>The workload as the templates see it in <c>.DeploymentMeta</c> and <c>.TypeMeta</c>.</summary>
    public WorkloadIdentity Owner
    {
        get
        {
            JsonNode? metadata = Workload["metadata"];
            return new WorkloadIdentity(
                JsonText.Get(metadata, "name"),
                JsonText.Get(metadata, "namespace"),
                WorkloadKinds.KindOf(Workload),
                WorkloadKinds.ApiVersionOf(Workload));
        }
    }

    /// <summary>The namespace the pod would be created in: its own, else the workload's.</summary>
    public string Namespace
    {
        get
        {
            string own = JsonText.Get(MetadataHolder["metadata"], "namespace");
            return own.Length > 0 ? own : JsonText.Get(Workload["metadata"], "namespace");
        }
    }

    /// <summary>The pod's name for messages: its own, else the workload's.</summary>
    public string PodName
    {
        get
        {
            string own = JsonText.Get(MetadataHolder["metadata"], "name");
            return own.Length > 0 ? own : JsonText.Get(Workload["metadata"], "name");
        }
    }

    /// <summary>A new pod object (<c>metadata</c> and <c>spec</c> only, as Istio builds it) copied from the template.</summary>
    public JsonObject ExtractPod() => new()
    {
        ["metadata"] = MetadataHolder["metadata"]?.DeepClone() ?? new JsonObject(),
        ["spec"] = SpecHolder["spec"]?.DeepClone() ?? new JsonObject(),
    };

    /// <summary>Puts an injected pod's <c>metadata</c> and <c>spec</c> back into the workload.</summary>
    public void Replace(JsonObject pod)
    {
        ArgumentNullException.ThrowIfNull(pod);
        MetadataHolder["metadata"] = pod["metadata"]?.DeepClone();
        SpecHolder["spec"] = pod["spec"]?.DeepClone();
    }
}
