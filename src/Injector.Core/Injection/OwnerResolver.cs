using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using Injector.Core.Config;

namespace Injector.Core.Injection;

/// <summary>
/// Recovers the workload that owns a pod from its controller owner reference, as Istio does: a ReplicaSet named
/// after its <c>pod-template-hash</c> is a Deployment, a Job with a timestamp suffix a CronJob, and so on.
/// </summary>
internal static partial class OwnerResolver
{
    public static WorkloadIdentity FromPod(JsonObject? metadata, string namespaceName)
    {
        string podName = JsonScalar.AsString(metadata?["name"]) ?? string.Empty;
        string name = podName;
        string kind = "Pod";
        string apiVersion = "v1";
        string generateName = JsonScalar.AsString(metadata?["generateName"]) ?? string.Empty;
        JsonObject? controller = (metadata?["ownerReferences"] as JsonArray)?.OfType<JsonObject>()
            .FirstOrDefault(r => JsonScalar.AsBool(r["controller"]) == true);
        if (generateName.Length > 0 && controller is not null)
        {
            var labels = Policy.InjectionPolicyEvaluator.ReadMap(metadata?["labels"]);
            apiVersion = JsonScalar.AsString(controller["apiVersion"]) ?? string.Empty;
            kind = JsonScalar.AsString(controller["kind"]) ?? string.Empty;
            name = JsonScalar.AsString(controller["name"]) ?? string.Empty;
            string hash = labels.GetValueOrDefault("pod-template-hash", string.Empty);
            string rolloutHash = labels.GetValueOrDefault("rollouts-pod-template-hash", string.Empty);
            if (kind == "ReplicaSet" && hash.Length > 0 && name.EndsWith(hash, StringComparison.Ordinal))
            {
                name = TrimSuffix(name, "-" + hash);
                kind = "Deployment";
            }
            else if (kind == "ReplicaSet" && rolloutHash.Length > 0 && name.EndsWith(rolloutHash, StringComparison.Ordinal))
            {
                name = TrimSuffix(name, "-" + rolloutHash);
                kind = "Rollout";
                apiVersion = "v1alpha1";
            }
            else if (kind == "ReplicationController" && labels.GetValueOrDefault("deploymentconfig", string.Empty) is { Length: > 0 } config)
            {
                name = config;
                kind = "DeploymentConfig";
            }
            else if (kind == "Job" && CronJobName().Match(name) is { Success: true } match)
            {
                name = match.Groups[1].Value;
                kind = "CronJob";
                apiVersion = "batch/v1";
            }
        }

        if (name.Length == 0)
        {
            name = podName;
        }

        return new WorkloadIdentity(name, namespaceName, kind, apiVersion);
    }

    private static string TrimSuffix(string text, string suffix) =>
        text.EndsWith(suffix, StringComparison.Ordinal) ? text[..^suffix.Length] : text;

    [GeneratedRegex(@"^(.+)-\d{8,10}$")]
    private static partial Regex CronJobName();
}
