using System.Globalization;
using System.Text.Json;

namespace Injector.Core.Templating.Functions.Encoding;

/// <summary>
/// Go's json.Unmarshal into <c>interface{}</c>, producing the engine's value model: objects become
/// <c>map[string]interface{}</c> (a repeated key keeps its last value), arrays <c>[]interface{}</c>, numbers float64.
/// </summary>
internal static class GoJsonReader
{
    /// <summary>Decodes <paramref name="json"/>; throws <see cref="TemplateFunctionException"/> with a Go-like message.</summary>
    public static object? Parse(string json)
    {
        if (GoJsonSyntax.Check(json) is { } syntaxError)
        {
            throw new TemplateFunctionException(syntaxError);
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return Convert(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new TemplateFunctionException(DescribeError(json, e), e);
        }
    }

    private static object? Convert(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = Convert(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(Convert(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                double d = double.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
                if (double.IsInfinity(d))
                {
                    throw new TemplateFunctionException($"json: cannot unmarshal number {element.GetRawText()} into Go value of type float64");
                }

                return d;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    // Go names the offending character; System.Text.Json reports its position.
    private static string DescribeError(string json, JsonException e)
    {
        long position = e.BytePositionInLine ?? -1;
        long line = e.LineNumber ?? 0;
        string[] lines = json.Split('\n');
        if (line < lines.Length && position >= 0 && position < lines[line].Length)
        {
            char c = lines[line][(int)position];
            return $"invalid character '{c}' looking for beginning of value";
        }

        return "unexpected end of JSON input";
    }
}
