using System.Text.Json.Nodes;

using Injector.Core.Workloads;

namespace Injector.Core.Config;

/// <summary>
/// Builds the effective MeshConfig (protobuf-JSON) from Istio's defaults and a user's mesh text, merging as Istio's
/// ApplyMeshConfig does: top-level fields replace, <c>defaultConfig</c> merges field by field,
/// <c>defaultProviders</c> per field, <c>extensionProviders</c> by name, <c>trustDomainAliases</c> as a sorted union.
/// </summary>
internal static class MeshConfigLoader
{
    private static readonly Lazy<JsonObject> s_defaults = new(LoadDefaults);

    /// <summary>Istio's defaults with <paramref name="meshText"/> applied; throws <see cref="InvalidDataException"/> naming the mesh config.</summary>
    public static JsonObject Load(string? meshText)
    {
        var mesh = (JsonObject)s_defaults.Value.DeepClone();
        if (string.IsNullOrWhiteSpace(meshText))
        {
            return mesh;
        }

        JsonNode? parsed;
        try
        {
            parsed = YamlJsonConverter.Parse(meshText);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"mesh config: invalid YAML: {e.Message}", e);
        }

        if (parsed is null)
        {
            return mesh;
        }

        if (parsed is not JsonObject user)
        {
            throw new InvalidDataException("mesh config: the document must be a mapping");
        }

        foreach (var (rawKey, value) in user)
        {
            string key = ProtoJsonNames.ToJsonName(rawKey);
            if (value is null)
            {
                continue;
            }

            switch (key)
            {
                case "defaultConfig":
                    if (value is not JsonObject proxy)
                    {
                        throw new InvalidDataException("mesh config: defaultConfig must be a mapping");
                    }

                    mesh[key] = ProxyConfigMerge.Apply(mesh[key] as JsonObject, proxy);
                    break;
                case "defaultProviders" when value is JsonObject providers && mesh[key] is JsonObject existing:
                    foreach (var (name, entry) in providers)
                    {
                        existing[ProtoJsonNames.ToJsonName(name)] = entry?.DeepClone();
                    }

                    break;
                case "extensionProviders" when value is JsonArray providers && mesh[key] is JsonArray existing:
                    mesh[key] = MergeByName(existing, providers);
                    break;
                case "trustDomainAliases" when value is JsonArray aliases:
                    var union = new SortedSet<string>(StringComparer.Ordinal);
                    foreach (JsonNode? alias in (mesh[key] as JsonArray ?? []).Concat(aliases))
                    {
                        union.Add(JsonScalar.ToText(alias));
                    }

                    mesh[key] = new JsonArray(union.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());
                    break;
                default:
                    mesh[key] = value.DeepClone();
                    break;
            }
        }

        return mesh;
    }

    private static JsonArray MergeByName(JsonArray existing, JsonArray overlay)
    {
        var result = new List<JsonNode?>(existing.Select(e => e?.DeepClone()));
        foreach (JsonNode? provider in overlay)
        {
            string? name = JsonScalar.AsString(provider?["name"]);
            int index = name is null ? -1 : result.FindIndex(e => JsonScalar.AsString(e?["name"]) == name);
            if (index >= 0)
            {
                result[index] = provider?.DeepClone();
            }
            else
            {
                result.Add(provider?.DeepClone());
            }
        }

        return new JsonArray(result.ToArray());
    }

    private static JsonObject LoadDefaults() =>
        (JsonObject)YamlJsonConverter.Parse(EmbeddedDefaults.Read("Injector.Core.Config.DefaultMeshConfig.yaml"))!;
}
