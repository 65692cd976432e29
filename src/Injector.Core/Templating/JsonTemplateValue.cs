using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Config;

namespace Injector.Core.Templating;

/// <summary>
/// Converts JSON into the engine's value model the way Go's <c>encoding/json</c> fills an <c>interface{}</c>:
/// objects become <c>map[string]interface{}</c>, arrays <c>[]interface{}</c>, every number a float64.
/// </summary>
public static class JsonTemplateValue
{
    /// <summary>Converts a JSON tree; null (or a JSON null) is nil.</summary>
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => FromObject(obj),
        JsonArray array => array.Select(FromJson).ToList(),
        JsonValue value => FromValue(value),
        _ => throw new ArgumentException($"unexpected JSON node {node.GetType().Name}", nameof(node)),
    };

    /// <summary>Parses JSON text and converts it; a key given twice keeps its last value, as Go decodes it.</summary>
    public static object? Parse(string json) => FromJson(LastKeyWinsJson.Parse(json));

    private static Dictionary<string, object?> FromObject(JsonObject obj)
    {
        var map = new Dictionary<string, object?>(obj.Count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, JsonNode?> entry in obj)
        {
            map[entry.Key] = FromJson(entry.Value);
        }

        return map;
    }

    private static object? FromValue(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => null,
    };
}
