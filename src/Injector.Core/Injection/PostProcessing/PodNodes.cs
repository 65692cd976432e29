using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Injector.Core.Injection.PostProcessing;

/// <summary>Small accessors over a pod held as JSON, so the steps read like the Kubernetes fields they touch.</summary>
internal static class PodNodes
{
    public const string ProxyContainerName = "istio-proxy";
    public const string InitContainerName = "istio-init";
    public const string ValidationContainerName = "istio-validation";
    public const string EnableCoreDumpName = "enable-core-dump";

    public static JsonObject? Spec(JsonObject pod)
    {
        return pod["spec"] as JsonObject;
    }

    public static JsonObject? Metadata(JsonObject pod)
    {
        return pod["metadata"] as JsonObject;
    }

    /// <summary>The pod's annotations or labels (<paramref name="field"/>) as strings; an absent map reads as empty.</summary>
    public static Dictionary<string, string> ReadStringMap(JsonObject pod, string field)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Metadata(pod)?[field] is JsonObject map)
        {
            foreach (var (key, value) in map)
            {
                result[key] = StringOf(value) ?? string.Empty;
            }
        }

        return result;
    }

    /// <summary>The annotations (or labels) object, created when a step needs to write to it.</summary>
    public static JsonObject EnsureStringMap(JsonObject pod, string field)
    {
        if (pod["metadata"] is not JsonObject metadata)
        {
            metadata = [];
            pod["metadata"] = metadata;
        }

        if (metadata[field] is not JsonObject map)
        {
            map = [];
            metadata[field] = map;
        }

        return map;
    }

    public static IEnumerable<JsonObject> Containers(JsonObject pod, string listName)
    {
        if (Spec(pod)?[listName] is JsonArray list)
        {
            foreach (var node in list)
            {
                if (node is JsonObject container)
                {
                    yield return container;
                }
            }
        }
    }

    public static string Name(JsonObject container)
    {
        return StringOf(container["name"]) ?? string.Empty;
    }

    /// <summary>The proxy container: a regular container of that name wins over an init container, as in Istio.</summary>
    public static JsonObject? FindSidecar(JsonObject pod)
    {
        return Containers(pod, "containers").FirstOrDefault(c => Name(c) == ProxyContainerName)
            ?? Containers(pod, "initContainers").FirstOrDefault(c => Name(c) == ProxyContainerName);
    }

    public static string? StringOf(JsonNode? node)
    {
        return node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
    }

    /// <summary>A JSON number read as an integer (Go's int32 fields); absent or not a number reads as null.</summary>
    public static long? IntegerOf(JsonNode? node)
    {
        // Values built in memory keep their CLR type (int, long, ...), parsed ones are JSON elements:
        // reading the number's text covers both.
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        if (value.TryGetValue(out JsonElement element) ? element.TryGetInt64(out long parsed) : TryGetInteger(value, out parsed))
        {
            return parsed;
        }

        string text = value.ToJsonString();
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
        {
            return integer;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && number == Math.Floor(number)
            ? (long)number
            : null;
    }

    private static bool TryGetInteger(JsonValue value, out long integer)
    {
        if (value.TryGetValue(out int small))
        {
            integer = small;
            return true;
        }

        return value.TryGetValue(out integer);
    }

    public static JsonArray EnsureEnv(JsonObject container)
    {
        if (container["env"] is not JsonArray env)
        {
            env = [];
            container["env"] = env;
        }

        return env;
    }

    /// <summary>An EnvVar as Kubernetes encodes it: an empty value is omitted.</summary>
    public static JsonObject EnvVar(string name, string value)
    {
        var env = new JsonObject { ["name"] = name };
        if (value.Length > 0)
        {
            env["value"] = value;
        }

        return env;
    }
}
