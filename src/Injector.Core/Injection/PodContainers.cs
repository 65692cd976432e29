using System.Text.Json.Nodes;

using Injector.Core.Config;

namespace Injector.Core.Injection;

/// <summary>Container list helpers over a pod's JSON (<c>spec.containers</c>, <c>spec.initContainers</c>).</summary>
internal static class PodContainers
{
    public const string ProxyName = "istio-proxy";
    public const string InitName = "istio-init";
    public const string ValidationName = "istio-validation";
    public const string EnableCoreDumpName = "enable-core-dump";

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

    /// <summary>Moves the named container to the front or the back of the list (or removes it), keeping the others' order.</summary>
    public static void Reorder(JsonObject pod, string field, string name, ContainerPlacement placement)
    {
        if (List(pod, field) is not { } list)
        {
            return;
        }

        List<JsonNode?> items = [.. list];
        int index = items.FindIndex(c => NameOf(c) == name);
        if (index < 0)
        {
            return;
        }

        JsonNode? match = items[index];
        items.RemoveAt(index);
        switch (placement)
        {
            case ContainerPlacement.First:
                items.Insert(0, match);
                break;
            case ContainerPlacement.Last:
                items.Add(match);
                break;
            default:
                break;
        }

        list.Clear();
        foreach (JsonNode? item in items)
        {
            list.Add(item);
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
