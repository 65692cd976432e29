using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Patching;
using Injector.Tests.Support;

namespace Injector.Webhook.Tests.TestSupport;

/// <summary>
/// Compares an admitted pod with the golden one by the conformance kit's rules for webhook mode: nulls, Go's
/// always-printed empty mappings and omitempty zero values are dropped on both sides, quantities compare by value,
/// the status annotation and <c>env[].valueFrom.fieldRef.apiVersion</c> are ignored.
/// </summary>
internal static class WebhookPodComparer
{
    private static readonly HashSet<string> EmptyMappingKeys = ["resources", "strategy", "updateStrategy", "status", "creationTimestamp", "securityContext", "metadata"];
    private static readonly HashSet<string> AnyParent;
    private static readonly Dictionary<string, HashSet<string>> UnderParent = [];

    static WebhookPodComparer()
    {
        var rules = (JsonObject)YamlJson.ReadDocuments(ConformanceKit.Read("k8s-omitempty.yaml"))[0]!;
        AnyParent = [.. rules["anyParent"]!.AsArray().Select(n => n!.GetValue<string>())];
        foreach (var (parent, keys) in rules["underParent"]!.AsObject())
        {
            UnderParent[parent] = [.. keys!.AsArray().Select(n => n!.GetValue<string>())];
        }
    }

    public static bool Equal(JsonNode? actual, JsonNode? expected, out string normalizedActual, out string normalizedExpected)
    {
        var a = Normalize(actual);
        var b = Normalize(expected);
        normalizedActual = a?.ToJsonString() ?? "null";
        normalizedExpected = b?.ToJsonString() ?? "null";
        return JsonEquality.DeepEquals(a, b);
    }

    private static JsonNode? Normalize(JsonNode? node)
    {
        var copy = node?.DeepClone();
        if (copy?["metadata"]?["annotations"] is JsonObject annotations)
        {
            annotations.Remove("sidecar.istio.io/status");
        }

        return Clean(copy, "<root>", []);
    }

    private static JsonNode? Clean(JsonNode? node, string parentKey, List<string> path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    path.Add(key);
                    var cleaned = Clean(value, key, path);
                    path.RemoveAt(path.Count - 1);
                    obj.Remove(key);
                    if (cleaned is null
                        || (cleaned is JsonObject { Count: 0 } && EmptyMappingKeys.Contains(key))
                        || (IsZero(cleaned) && (AnyParent.Contains(key) || (UnderParent.TryGetValue(parentKey, out var keys) && keys.Contains(key))))
                        || (key == "apiVersion" && path.Count >= 2 && path[^1] == "fieldRef" && path.Contains("env")))
                    {
                        continue;
                    }

                    obj[key] = IsQuantity(path, key) ? CanonicalQuantity(cleaned) : cleaned;
                }

                return obj;
            case JsonArray array:
                var items = array.Select(item => Clean(item?.DeepClone(), parentKey, path)).ToList();
                return new JsonArray([.. items]);
            default:
                return node;
        }
    }

    private static bool IsZero(JsonNode node) => JsonEquality.KindOf(node) switch
    {
        JsonValueKind.String => node.GetValue<string>().Length == 0,
        JsonValueKind.False => true,
        JsonValueKind.Number => node.ToJsonString() is "0" or "0.0",
        _ => false,
    };

    private static bool IsQuantity(List<string> path, string key)
    {
        var parent = path.Count >= 2 ? path[^2] : string.Empty;
        var grandParent = path.Count >= 3 ? path[^3] : string.Empty;
        return (grandParent == "resources" && parent is "limits" or "requests")
            || (parent == "resourceFieldRef" && key == "divisor")
            || (parent == "emptyDir" && key == "sizeLimit");
    }

    private static JsonNode CanonicalQuantity(JsonNode node)
    {
        var text = JsonEquality.KindOf(node) == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
        return JsonValue.Create(ParseQuantity(text)?.ToString(CultureInfo.InvariantCulture) ?? text)!;
    }

    private static decimal? ParseQuantity(string text)
    {
        (string Suffix, decimal Factor)[] suffixes =
        [
            ("Ki", 1024m), ("Mi", 1024m * 1024), ("Gi", 1024m * 1024 * 1024), ("Ti", 1024m * 1024 * 1024 * 1024),
            ("Pi", 1024m * 1024 * 1024 * 1024 * 1024), ("Ei", 1024m * 1024 * 1024 * 1024 * 1024 * 1024),
            ("m", 0.001m), ("k", 1e3m), ("M", 1e6m), ("G", 1e9m), ("T", 1e12m), ("P", 1e15m), ("E", 1e18m),
        ];
        foreach (var (suffix, factor) in suffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal)
                && decimal.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return (number * factor).Normalize();
            }
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain) ? plain.Normalize() : null;
    }

    private static decimal Normalize(this decimal value) => value / 1.000000000000000000000000000000000m;
}
