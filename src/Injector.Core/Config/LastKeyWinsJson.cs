using System.Text.Json;
using System.Text.Json.Nodes;

namespace Injector.Core.Config;

/// <summary>
/// Parses JSON as Go's encoding/json decodes it into a map, where a key given twice keeps its last value. A parsed
/// <see cref="JsonObject"/> would instead throw <see cref="ArgumentException"/> on the duplicate the first time it
/// is read, far from the file it came from.
/// </summary>
internal static class LastKeyWinsJson
{
    /// <summary>Parses <paramref name="text"/>; throws <see cref="JsonException"/> when it is not JSON.</summary>
    public static JsonNode? Parse(string text)
    {
        using JsonDocument document = JsonDocument.Parse(text);
        return ToNode(document.RootElement);
    }

    private static JsonNode? ToNode(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject();
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    obj[property.Name] = ToNode(property.Value);
                }

                return obj;
            case JsonValueKind.Array:
                var array = new JsonArray();
                foreach (JsonElement item in element.EnumerateArray())
                {
                    array.Add(ToNode(item));
                }

                return array;
            case JsonValueKind.Null:
                return null;
            default:
                // Cloned so the value outlives the document; numbers keep their exact text.
                return JsonValue.Create(element.Clone());
        }
    }
}
