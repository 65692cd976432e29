using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Injector.Core.Config;

/// <summary>Reads scalar <see cref="JsonNode"/>s whatever backs them (parsed text or CLR primitives).</summary>
internal static class JsonScalar
{
    public static JsonValueKind Kind(JsonNode? node) => node is null ? JsonValueKind.Null : node.GetValueKind();

    /// <summary>The string value, or null when the node is not a JSON string.</summary>
    public static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>The number as a double, or null when the node is not a number.</summary>
    public static double? AsDouble(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        if (value.TryGetValue(out JsonElement element) && element.TryGetDouble(out double parsed))
        {
            return parsed;
        }

        // Values built in memory hold CLR numbers; the common ones convert without writing and re-reading their text.
        if (value.TryGetValue(out int small))
        {
            return small;
        }

        if (value.TryGetValue(out long large))
        {
            return large;
        }

        if (value.TryGetValue(out double number))
        {
            return number;
        }

        return double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The number as a long when it is integral, else null.</summary>
    public static long? AsLong(JsonNode? node)
    {
        double? d = AsDouble(node);
        return d is { } x && Math.Floor(x) == x && Math.Abs(x) < 9.2e18 ? (long)x : null;
    }

    /// <summary>The boolean value, or null when the node is not a JSON boolean.</summary>
    public static bool? AsBool(JsonNode? node) => Kind(node) switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>A string as Go's fmt %v prints the scalar (numbers without a trailing .0).</summary>
    public static string ToText(JsonNode? node) => Kind(node) switch
    {
        JsonValueKind.String => AsString(node)!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => AsDouble(node)!.Value.ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.Null => string.Empty,
        _ => node!.ToJsonString(),
    };
}
