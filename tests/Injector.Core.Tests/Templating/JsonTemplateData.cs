using System.Text.Json.Nodes;

namespace Injector.Core.Tests.Templating;

/// <summary>
/// Turns JSON into the engine's value model the way Go's <c>encoding/json</c> fills an <c>interface{}</c>: objects
/// become string-keyed maps, arrays lists, and every number a float64 (<see cref="double"/>).
/// </summary>
internal static class JsonTemplateData
{
    public static object? Parse(byte[] utf8Json) => Convert(JsonNode.Parse(utf8Json));

    public static object? Convert(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => ConvertObject(obj),
        JsonArray array => array.Select(Convert).ToList(),
        JsonValue value => ConvertValue(value),
        _ => throw new ArgumentException($"Unsupported JSON node {node.GetType().Name}.", nameof(node)),
    };

    private static Dictionary<string, object?> ConvertObject(JsonObject obj)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, child) in obj)
        {
            map[key] = Convert(child);
        }

        return map;
    }

    private static object? ConvertValue(JsonValue value) => value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
        System.Text.Json.JsonValueKind.Number => value.GetValue<double>(),
        System.Text.Json.JsonValueKind.True => true,
        System.Text.Json.JsonValueKind.False => false,
        System.Text.Json.JsonValueKind.Null => null,
        var kind => throw new ArgumentException($"Unsupported JSON value kind {kind}.", nameof(value)),
    };
}
