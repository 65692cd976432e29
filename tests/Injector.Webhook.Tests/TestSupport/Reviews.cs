using System.Text.Json.Nodes;

namespace Injector.Webhook.Tests.TestSupport;

/// <summary>Builds AdmissionReview requests.</summary>
internal static class Reviews
{
    public static JsonObject Pod(string name = "web") => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Pod",
        ["metadata"] = new JsonObject { ["name"] = name, ["labels"] = new JsonObject { ["app"] = name } },
        ["spec"] = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = "app", ["image"] = "nginx" }) },
    };

    public static JsonObject For(
        JsonNode? obj,
        string uid = "11111111-2222-3333-4444-555555555555",
        string apiVersion = "admission.k8s.io/v1",
        string kind = "Pod",
        string group = "",
        string operation = "CREATE",
        string ns = "default") => new()
    {
        ["apiVersion"] = apiVersion,
        ["kind"] = "AdmissionReview",
        ["request"] = new JsonObject
        {
            ["uid"] = uid,
            ["kind"] = new JsonObject { ["group"] = group, ["version"] = "v1", ["kind"] = kind },
            ["resource"] = new JsonObject { ["group"] = group, ["version"] = "v1", ["resource"] = kind.ToLowerInvariant() + "s" },
            ["namespace"] = ns,
            ["operation"] = operation,
            ["userInfo"] = new JsonObject { ["username"] = "system:serviceaccount:kube-system:replicaset-controller", ["groups"] = new JsonArray("system:serviceaccounts") },
            ["object"] = obj,
            ["dryRun"] = false,
        },
    };
}
