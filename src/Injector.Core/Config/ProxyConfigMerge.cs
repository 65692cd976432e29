using System.Text.Json.Nodes;

using Injector.Core.Workloads;

namespace Injector.Core.Config;

/// <summary>
/// Applies a ProxyConfig overlay (mesh <c>defaultConfig</c>, the <c>proxy.istio.io/config</c> annotation) over a base
/// the way protobuf-JSON merging does: each field the overlay sets replaces the base's, except
/// <c>proxyMetadata</c>, which merges key by key; nulls leave the base alone.
/// </summary>
internal static class ProxyConfigMerge
{
    public static JsonObject Apply(JsonObject? baseConfig, JsonObject overlay)
    {
        JsonObject result = baseConfig is null ? new JsonObject() : (JsonObject)baseConfig.DeepClone();
        foreach (var (rawKey, value) in overlay)
        {
            if (value is null)
            {
                continue;
            }

            string key = ProtoJsonNames.ToJsonName(rawKey);
            if (key == "proxyMetadata" && value is JsonObject metadata && result[key] is JsonObject existing)
            {
                foreach (var (name, entry) in metadata)
                {
                    existing[name] = entry?.DeepClone();
                }

                continue;
            }

            result[key] = value.DeepClone();
        }

        return result;
    }

    /// <summary>Parses a ProxyConfig given as YAML or JSON; throws <see cref="InvalidDataException"/> when it is not a mapping.</summary>
    public static JsonObject Parse(string text)
    {
        JsonNode? node;
        try
        {
            node = YamlJsonConverter.Parse(text);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"could not parse proxy config: {e.Message}", e);
        }

        return node switch
        {
            null => new JsonObject(),
            JsonObject obj => obj,
            _ => throw new InvalidDataException("could not parse proxy config: not a mapping"),
        };
    }
}
