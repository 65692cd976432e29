using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection.Policy;
using Injector.Core.Workloads;

namespace Injector.Core.Injection;

/// <summary>
/// The audit behind <c>injector check</c>: for every workload of a manifest (items of a <c>List</c> too), what the
/// admission webhook would do with the pod its controller creates. The pod first meets the webhook configuration's
/// selectors (<see cref="WebhookSelection"/>), then the pipeline itself in webhook mode, so the decision, the
/// templates and a failure's message are the webhook's own.
/// </summary>
public static class InjectionAudit
{
    /// <summary>The namespace a workload without one is taken to be created in, as kubectl's default context does.</summary>
    public const string DefaultNamespace = "default";

    /// <summary>
    /// Audits every workload of <paramref name="manifest"/>. A namespace's labels come from a <c>Namespace</c> document
    /// of the manifest when there is one, else from <paramref name="namespaceLabels"/>. Throws
    /// <see cref="ManifestException"/> when the manifest is not readable YAML; a malformed workload is a failed entry.
    /// </summary>
    public static IReadOnlyList<WorkloadAudit> Run(string manifest, InjectionSettings settings, IReadOnlyDictionary<string, string> namespaceLabels)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(namespaceLabels);
        IReadOnlyList<JsonNode?> documents = ManifestReader.Read(manifest).Select(d => d.Content).ToList();
        var namespaces = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (JsonObject ns in documents.OfType<JsonObject>().Where(IsNamespace))
        {
            namespaces[JsonText.Get(ns["metadata"], "name")] = ns;
        }

        var audits = new List<WorkloadAudit>();
        foreach (JsonNode? document in documents)
        {
            Collect(document, settings, namespaces, namespaceLabels, audits);
        }

        return audits;
    }

    private static void Collect(
        JsonNode? node,
        InjectionSettings settings,
        Dictionary<string, JsonObject> namespaces,
        IReadOnlyDictionary<string, string> namespaceLabels,
        List<WorkloadAudit> audits)
    {
        if (node is not JsonObject obj)
        {
            return;
        }

        if (WorkloadKinds.IsList(WorkloadKinds.KindOf(obj), WorkloadKinds.ApiVersionOf(obj)))
        {
            foreach (JsonNode? item in obj["items"] as JsonArray ?? [])
            {
                Collect(item, settings, namespaces, namespaceLabels, audits);
            }
        }
        else if (WorkloadKinds.CarriesPod(WorkloadKinds.KindOf(obj), WorkloadKinds.ApiVersionOf(obj)))
        {
            audits.Add(Audit(obj, settings, namespaces, namespaceLabels));
        }
    }

    private static WorkloadAudit Audit(
        JsonObject workload,
        InjectionSettings settings,
        Dictionary<string, JsonObject> namespaces,
        IReadOnlyDictionary<string, string> namespaceLabels)
    {
        string kind = WorkloadKinds.KindOf(workload);
        string name = JsonText.Get(workload["metadata"], "name") is { Length: > 0 } own ? own : JsonText.Get(workload["metadata"], "generateName");
        PodTemplateSite site;
        try
        {
            site = WorkloadKinds.Locate(workload)!;
        }
        catch (InvalidDataException e)
        {
            string workloadNamespace = JsonText.Get(workload["metadata"], "namespace");
            return Entry(kind, name, workloadNamespace.Length > 0 ? workloadNamespace : DefaultNamespace, InjectionOutcome.Failed, InjectionReason.InvalidPod, e.Message);
        }

        string namespaceName = site.Namespace.Length > 0 ? site.Namespace : DefaultNamespace;
        JsonObject namespaceObject = namespaces.TryGetValue(namespaceName, out JsonObject? declared)
            ? declared
            : NamespaceObject(namespaceName, namespaceLabels);
        JsonObject pod = ControllerPod.FromWorkload(workload)!;
        IReadOnlyDictionary<string, string> podLabels = InjectionPolicyEvaluator.ReadMap(pod["metadata"]?["labels"]);
        IReadOnlyDictionary<string, string> labels = InjectionPolicyEvaluator.ReadMap(namespaceObject["metadata"]?["labels"]);
        if (WebhookSelection.Exclude(settings, namespaceName, labels, podLabels) is { } excluded)
        {
            return Entry(kind, name, namespaceName, InjectionOutcome.Skipped, excluded.Reason, excluded.Message);
        }

        InjectionResult result = InjectionPipeline.Inject(settings, new InjectionRequest
        {
            Pod = pod,
            Namespace = namespaceName,
            Mode = InjectionMode.Webhook,
            NamespaceObject = namespaceObject,
        });
        IReadOnlyList<string> templates = result.Outcome switch
        {
            InjectionOutcome.Injected => result.Templates,
            InjectionOutcome.Failed => InjectionPipeline.SelectTemplates(settings, InjectionMode.Webhook, InjectionPolicyEvaluator.ReadMap(pod["metadata"]?["annotations"])),
            _ => [],
        };
        return Entry(kind, name, namespaceName, result.Outcome, result.Reason, result.Message) with
        {
            Templates = templates,
            Warnings = result.Warnings,
        };
    }

    private static WorkloadAudit Entry(string kind, string name, string namespaceName, InjectionOutcome outcome, InjectionReason reason, string message) => new()
    {
        Kind = kind,
        Name = name,
        Namespace = namespaceName,
        Outcome = outcome,
        Reason = reason,
        Message = message,
    };

    private static bool IsNamespace(JsonObject obj) =>
        WorkloadKinds.KindOf(obj) == "Namespace" && WorkloadKinds.ApiVersionOf(obj) == "v1";

    private static JsonObject NamespaceObject(string name, IReadOnlyDictionary<string, string> labels)
    {
        var labelObject = new JsonObject();
        foreach (var (key, value) in labels)
        {
            labelObject[key] = value;
        }

        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Namespace",
            ["metadata"] = new JsonObject { ["name"] = name, ["labels"] = labelObject },
        };
    }
}
