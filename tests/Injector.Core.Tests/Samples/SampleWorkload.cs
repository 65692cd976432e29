using System.Text.Json.Nodes;
using Injector.Core.Injection;
using Injector.Testing;

namespace Injector.Core.Tests.Samples;

/// <summary>One pod-carrying object of deploy/samples/, with the pod its controller would create.</summary>
internal sealed record SampleWorkload(string Id, WorkloadIdentity Owner, JsonObject PodTemplate)
{
    private static readonly Lazy<IReadOnlyList<SampleWorkload>> Loaded = new(Load);

    public static IReadOnlyList<SampleWorkload> All => Loaded.Value;

    public static SampleWorkload Get(string id) => All.Single(w => w.Id == id);

    /// <summary>A fresh pod (the template's metadata and spec), safe to hand to the pipeline.</summary>
    public JsonObject NewPod()
    {
        var pod = (JsonObject)PodTemplate.DeepClone();
        pod["apiVersion"] = "v1";
        pod["kind"] = "Pod";
        return pod;
    }

    public IEnumerable<JsonObject> AppContainers() =>
        PodTemplate["spec"]!["containers"]!.AsArray().Cast<JsonObject>().Where(c => (string?)c["name"] != "istio-proxy");

    private static IReadOnlyList<SampleWorkload> Load()
    {
        var workloads = new List<SampleWorkload>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("deploy", "samples"), "*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var document in YamlDocuments.Read(File.ReadAllText(file)))
            {
                if (PodTemplateOf(document) is not { } template)
                {
                    continue;
                }

                var metadata = document["metadata"]!;
                var name = (string)metadata["name"]!;
                var owner = new WorkloadIdentity(
                    name,
                    (string?)metadata["namespace"] ?? string.Empty,
                    (string)document["kind"]!,
                    (string)document["apiVersion"]!);
                workloads.Add(new SampleWorkload($"{Path.GetFileName(file)}#{name}", owner, template));
            }
        }

        return workloads;
    }

    private static JsonObject? PodTemplateOf(JsonObject document) => (string?)document["kind"] switch
    {
        "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "Job" => document["spec"]!["template"]!.AsObject(),
        "CronJob" => document["spec"]!["jobTemplate"]!["spec"]!["template"]!.AsObject(),
        "Pod" => document,
        _ => null,
    };
}
