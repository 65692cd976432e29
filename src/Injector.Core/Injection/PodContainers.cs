using System.Text.Json.Nodes;

using Injector.Core.Config;

namespace Injector.Core.Injection;

/// <summary>Container list helpers over a pod's JSON (<c>spec.containers</c>, <c>spec.initContainers</c>).</summary>
internal static class PodContainers
{
    public const string ProxyName = "istio-proxy";
    public const string InitName = "istio-init";
    public const string ValidationName = "istio-validation";

    public static JsonObject Spec(JsonObject pod) => GetOrAddObject(pod, "spec");

    public static JsonObject Metadata(JsonObject pod) => GetOrAddObject(pod, "metadata");

    public static JsonObject GetOrAddObject(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        parent[name] = created;
        return created;
    }

    public static JsonArray? List(JsonObject pod, string field) => pod["spec"]?[field] as JsonArray;

    public static string NameOf(JsonNode? container) => JsonScalar.AsString(container?["name"]) ?? string.Empty;

    public static JsonObject? Find(JsonArray? list, string name) =>
        list?.OfType<JsonObject>().FirstOrDefault(c => NameOf(c) == name);

    /// <summary>Removes every container of that name from the list.</summary>
    public static void Remove(JsonObject pod, string field, string name)
    {
        if (List(pod, field) is not { } list)
        {
            return;
        }

        foreach (JsonNode? container in list.Where(c => NameOf(c) == name).ToList())
        {
            list.Remove(container);
        }
    }

    /// <summary>Moves the named container from one list to the end of another.</summary>
    public static void Move(JsonObject pod, string from, string to, string name)
    {
        if (List(pod, from) is not { } source || Find(source, name) is not { } container)
        {
            return;
        }

        source.Remove(container);
        JsonObject spec = Spec(pod);
        if (spec[to] is not JsonArray target)
        {
            target = [];
            spec[to] = target;
        }

        target.Add(container);
    }
}
