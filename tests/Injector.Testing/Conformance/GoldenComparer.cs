using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using Injector.Core.Workloads;

namespace Injector.Testing.Conformance;

/// <summary>
/// Compares injector output with Istio's goldens by the kit's README rules, which accept exactly the differences Go's
/// serializer introduces: nulls and some empty mappings dropped, omitempty zero values dropped, quantities by value,
/// the status annotation as parsed JSON; every other string compared exactly and list order always significant.
/// </summary>
public sealed partial class GoldenComparer
{
    /// <summary>The annotation Istio records what it injected in.</summary>
    public const string StatusAnnotation = "sidecar.istio.io/status";

    private static readonly HashSet<string> DroppedWhenEmpty = new(StringComparer.Ordinal)
    {
        "resources", "strategy", "updateStrategy", "status", "creationTimestamp", "securityContext", "metadata",
    };

    private readonly OmitemptyRules _omitempty;

    /// <summary>Creates a comparer with the kit's omitempty field list.</summary>
    public GoldenComparer(OmitemptyRules omitempty)
    {
        ArgumentNullException.ThrowIfNull(omitempty);
        _omitempty = omitempty;
    }

    /// <summary>Compares two multi-document YAML texts document by document; null when they match.</summary>
    public GoldenDifference? CompareManifests(string actual, string expected, GoldenCompareMode mode = GoldenCompareMode.KubeInject)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(expected);
        List<JsonNode> actualDocuments = Documents(actual);
        List<JsonNode> expectedDocuments = Documents(expected);
        int common = Math.Min(actualDocuments.Count, expectedDocuments.Count);
        for (int i = 0; i < common; i++)
        {
            GoldenDifference? difference = CompareDocuments(actualDocuments[i], expectedDocuments[i], mode, $"document {i + 1}");
            if (difference is not null)
            {
                return difference;
            }
        }

        return actualDocuments.Count == expectedDocuments.Count
            ? null
            : new GoldenDifference("documents", $"expected {expectedDocuments.Count}, got {actualDocuments.Count}");
    }

    /// <summary>Compares two documents (or pods) after normalizing both; null when they match.</summary>
    public GoldenDifference? CompareDocuments(JsonNode? actual, JsonNode? expected, GoldenCompareMode mode, string label = "document")
    {
        return Diff(Normalize(actual, mode), Normalize(expected, mode), label, string.Empty);
    }

    /// <summary>The form both sides are compared in (rules 3 to 7 and 9 applied); useful to print when a case fails.</summary>
    public JsonNode? Normalize(JsonNode? document, GoldenCompareMode mode) => NormalizeNode(document, [], mode);

    private static List<JsonNode> Documents(string text) =>
        ManifestReader.Read(text).Select(d => d.Content).OfType<JsonNode>().ToList();

    private JsonNode? NormalizeNode(JsonNode? node, List<string> keys, GoldenCompareMode mode)
    {
        switch (node)
        {
            case JsonObject mapping:
                return NormalizeMapping(mapping, keys, mode);
            case JsonArray array:
                var items = new JsonArray();
                foreach (JsonNode? item in array)
                {
                    // List items sit under the list's key, so the key path is unchanged.
                    items.Add(NormalizeNode(item, keys, mode));
                }

                return items;
            default:
                return node?.DeepClone();
        }
    }

    private JsonObject NormalizeMapping(JsonObject mapping, List<string> keys, GoldenCompareMode mode)
    {
        string parent = keys.Count == 0 ? OmitemptyRules.Root : keys[^1];
        string grandparent = keys.Count < 2 ? string.Empty : keys[^2];
        var result = new JsonObject();
        foreach (KeyValuePair<string, JsonNode?> entry in mapping)
        {
            string key = entry.Key;
            JsonNode? value = entry.Value;
            if (value is null)
            {
                continue;
            }

            if (mode == GoldenCompareMode.Webhook && key == "apiVersion" && parent == "fieldRef" && grandparent == "valueFrom")
            {
                continue;
            }

            if (parent == "annotations" && key == StatusAnnotation)
            {
                if (mode == GoldenCompareMode.KubeInject)
                {
                    result[key] = ParseStatus(value);
                }

                continue;
            }

            if (value is JsonValue scalar && IsQuantity(parent, grandparent, key))
            {
                result[key] = NormalizeQuantity(scalar);
                continue;
            }

            keys.Add(key);
            JsonNode? normalized = NormalizeNode(value, keys, mode);
            keys.RemoveAt(keys.Count - 1);
            if (normalized is JsonObject { Count: 0 } && DroppedWhenEmpty.Contains(key))
            {
                continue;
            }

            if (normalized is JsonValue leaf && IsZero(leaf) && _omitempty.IsOmitted(parent, key))
            {
                continue;
            }

            result[key] = normalized;
        }

        return result;
    }

    private static bool IsQuantity(string parent, string grandparent, string key) =>
        ((parent is "limits" or "requests") && grandparent == "resources")
        || (parent == "resourceFieldRef" && key == "divisor")
        || (parent == "emptyDir" && key == "sizeLimit");

    private static JsonNode NormalizeQuantity(JsonValue value)
    {
        string text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        return KubernetesQuantity.TryParse(text, out decimal amount)
            ? JsonValue.Create("quantity " + amount.ToString("0.############################", CultureInfo.InvariantCulture))
            : value.DeepClone();
    }

    private static JsonNode ParseStatus(JsonNode value)
    {
        if (value is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
        {
            return value.DeepClone();
        }

        try
        {
            JsonNode? parsed = JsonNode.Parse(text.GetValue<string>());
            if (parsed is JsonObject status)
            {
                status.Remove("version");
            }

            // Wrapped so a status that is JSON can never equal a plain string on the other side.
            return new JsonObject { ["parsed status"] = parsed };
        }
        catch (JsonException)
        {
            return value.DeepClone();
        }
    }

    private static bool IsZero(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>().Length == 0,
        JsonValueKind.False => true,
        JsonValueKind.Number => double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture) == 0,
        _ => false,
    };

    private static GoldenDifference? Diff(JsonNode? actual, JsonNode? expected, string label, string path)
    {
        if (actual is null || expected is null)
        {
            return actual is null && expected is null ? null : Different(label, path, actual, expected);
        }

        switch (expected)
        {
            case JsonObject expectedMapping when actual is JsonObject actualMapping:
                foreach (KeyValuePair<string, JsonNode?> entry in expectedMapping)
                {
                    string child = Child(path, entry.Key);
                    if (!actualMapping.TryGetPropertyValue(entry.Key, out JsonNode? actualValue))
                    {
                        return new GoldenDifference(Where(label, child), $"missing, expected {Show(entry.Value)}");
                    }

                    GoldenDifference? difference = Diff(actualValue, entry.Value, label, child);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                foreach (KeyValuePair<string, JsonNode?> entry in actualMapping)
                {
                    if (!expectedMapping.ContainsKey(entry.Key))
                    {
                        return new GoldenDifference(Where(label, Child(path, entry.Key)), $"unexpected {Show(entry.Value)}");
                    }
                }

                return null;
            case JsonArray expectedList when actual is JsonArray actualList:
                for (int i = 0; i < Math.Min(expectedList.Count, actualList.Count); i++)
                {
                    GoldenDifference? difference = Diff(actualList[i], expectedList[i], label, $"{path}[{i}]");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return expectedList.Count == actualList.Count
                    ? null
                    : new GoldenDifference(Where(label, path), $"expected {expectedList.Count} items, got {actualList.Count}");
            case JsonValue expectedValue when actual is JsonValue actualValue:
                return ScalarsEqual(actualValue, expectedValue) ? null : Different(label, path, actual, expected);
            default:
                return Different(label, path, actual, expected);
        }
    }

    private static bool ScalarsEqual(JsonValue actual, JsonValue expected)
    {
        JsonValueKind kind = expected.GetValueKind();
        if (actual.GetValueKind() != kind)
        {
            return false;
        }

        return kind switch
        {
            JsonValueKind.String => string.Equals(actual.GetValue<string>(), expected.GetValue<string>(), StringComparison.Ordinal),
            JsonValueKind.Number => NumbersEqual(actual, expected),
            _ => true,
        };
    }

    private static bool NumbersEqual(JsonValue actual, JsonValue expected)
    {
        bool bothDecimal = decimal.TryParse(actual.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal a)
            & decimal.TryParse(expected.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal e);
        return bothDecimal
            ? a == e
            : double.Parse(actual.ToJsonString(), CultureInfo.InvariantCulture).Equals(double.Parse(expected.ToJsonString(), CultureInfo.InvariantCulture));
    }

    private static GoldenDifference Different(string label, string path, JsonNode? actual, JsonNode? expected) =>
        new(Where(label, path), $"expected {Show(expected)}, got {Show(actual)}");

    private static string Where(string label, string path) => path.Length == 0 ? label : $"{label}: {path}";

    private static string Child(string path, string key)
    {
        string step = PlainKey().IsMatch(key) ? key : $"[{JsonSerializer.Serialize(key)}]";
        return path.Length == 0 || step.StartsWith('[') ? path + step : $"{path}.{step}";
    }

    private static string Show(JsonNode? node)
    {
        string text = node is null ? "null" : node.ToJsonString();
        return text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "...");
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex PlainKey();
}
