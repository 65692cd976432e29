using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Workloads;

namespace Injector.Cli;

/// <summary>
/// The three settings files the commands take (<c>--injectConfigFile</c>, <c>--valuesFile</c>, <c>--meshConfigFile</c>);
/// each one missing falls back to the embedded default. A ConfigMap as kubectl prints it is read for its data.
/// </summary>
internal sealed record SettingsFiles(string? ConfigPath, string? ValuesPath, string? MeshPath)
{
    public InjectionSettingsSource Load()
    {
        string? values = ValuesPath is null ? null : ValuesAsJson(File.ReadAllText(ValuesPath), ValuesPath);
        string? config = null;
        if (ConfigPath is not null)
        {
            (config, string? configMapValues) = ReadConfig(File.ReadAllText(ConfigPath), ConfigPath);
            values ??= configMapValues;
        }

        string? mesh = MeshPath is null ? null : ReadMesh(File.ReadAllText(MeshPath));
        return new InjectionSettingsSource
        {
            Config = config ?? EmbeddedDefaults.Config,
            Values = values ?? EmbeddedDefaults.Values,
            MeshConfig = mesh ?? EmbeddedDefaults.MeshConfig,
        };
    }

    private static (string Config, string? Values) ReadConfig(string text, string path)
    {
        JsonNode? parsed = ParseYaml(text, path);
        if (ConfigMapData(parsed) is { } data)
        {
            return (JsonString(data["config"]) ?? throw new InvalidDataException($"{path}: the ConfigMap has no data.config"), JsonString(data["values"]));
        }

        if (parsed is JsonObject obj && (obj.ContainsKey("templates") || obj.ContainsKey("template")))
        {
            return (text, null);
        }

        // Like istioctl, a file that is not an injector config is taken as the sidecar template itself.
        var wrapped = new JsonObject { ["templates"] = new JsonObject { ["sidecar"] = text } };
        return (YamlJsonConverter.Serialize(wrapped), null);
    }

    private static string ReadMesh(string text)
    {
        JsonNode? parsed = ParseYamlOrNull(text);
        return ConfigMapData(parsed) is { } data && JsonString(data["mesh"]) is { } mesh ? mesh : text;
    }

    private static string ValuesAsJson(string text, string path)
    {
        try
        {
            using (JsonDocument.Parse(text))
            {
                return text;
            }
        }
        catch (JsonException)
        {
            return (ParseYaml(text, path) ?? new JsonObject()).ToJsonString();
        }
    }

    private static JsonObject? ConfigMapData(JsonNode? parsed) =>
        parsed is JsonObject obj && WorkloadKinds.KindOf(obj) == "ConfigMap" ? obj["data"] as JsonObject : null;

    private static string? JsonString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static JsonNode? ParseYaml(string text, string path)
    {
        try
        {
            return YamlJsonConverter.Parse(text);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{path}: invalid YAML: {e.Message}", e);
        }
    }

    private static JsonNode? ParseYamlOrNull(string text)
    {
        try
        {
            return YamlJsonConverter.Parse(text);
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }
}
