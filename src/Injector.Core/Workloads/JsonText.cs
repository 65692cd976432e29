using System.Text.Json.Nodes;

namespace Injector.Core.Workloads;

/// <summary>Small readers for string fields of loosely typed Kubernetes objects.</summary>
internal static class JsonText
{
    /// <summary>The string at <paramref name="property"/> of an object, or empty when absent or not a string.</summary>
    public static string Get(JsonNode? node, string property) =>
        node is JsonObject obj && obj[property] is JsonValue value && value.TryGetValue(out string? text) ? text : string.Empty;
}
