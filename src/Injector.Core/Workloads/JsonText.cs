using System.Text.Json.Nodes;

namespace Injector.Core.Workloads;

/// <summary>Small readers for string fields of loosely typed Kubernetes objects.</summary>
internal static class JsonText
{
    /// <summary>The string at <paramref name="property"/> of an object, or empty when absent or not a string.</summary>
    public static string Get(JsonNode? node, string property) =>
        node is JsonObject obj && obj[property] is JsonValue value && value.TryGetValue(out string? text) ? text : string.Empty;

    /// <summary>
    /// The member <paramref name="property"/> of an object, or null when <paramref name="node"/> is not an object; a
    /// document may be a bare scalar or list, which the indexer would refuse.
    /// </summary>
    public static JsonNode? Member(JsonNode? node, string property) => node is JsonObject obj ? obj[property] : null;
}
