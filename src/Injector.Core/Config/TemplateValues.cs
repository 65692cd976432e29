using System.Text.Json;
using System.Text.Json.Nodes;

namespace Injector.Core.Config;

/// <summary>
/// JSON to the template engine's value model: objects become <c>map[string]interface{}</c>, arrays
/// <c>[]interface{}</c>, every number a float64, as Go's encoding/json decodes into <c>any</c>.
/// </summary>
internal static class TemplateValues
{
    public static object? FromJson(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                var map = new Dictionary<string, object?>(obj.Count, StringComparer.Ordinal);
                foreach (var (key, value) in obj)
                {
                    map[key] = FromJson(value);
                }

                return map;
            case JsonArray array:
                var list = new List<object?>(array.Count);
                foreach (JsonNode? item in array)
                {
                    list.Add(FromJson(item));
                }

                return list;
            default:
                return node.GetValueKind() switch
                {
                    JsonValueKind.String => JsonScalar.AsString(node),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number => JsonScalar.AsDouble(node),
                    _ => null,
                };
        }
    }
}
