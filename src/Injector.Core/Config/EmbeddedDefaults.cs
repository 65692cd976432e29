using System.Reflection;
using System.Text.Json.Nodes;

using Injector.Core.Workloads;

namespace Injector.Core.Config;

/// <summary>
/// The injector config, values and mesh config shipped inside the assembly (the repository's
/// <c>injection-templates/</c> folder): what the CLI and the webhook use when they are given none.
/// </summary>
public static class EmbeddedDefaults
{
    private const string Prefix = "injection-templates/";

    /// <summary>The default injector config (<c>injection-templates/config.yaml</c>).</summary>
    public static string Config => Read("config.yaml")
        ?? throw new InvalidOperationException($"the assembly carries no {Prefix}config.yaml");

    /// <summary>The default values as JSON (<c>values.json</c>, or <c>values.yaml</c> converted); null when none ship.</summary>
    public static string? Values => Read("values.json") ?? YamlToJson(Read("values.yaml"));

    /// <summary>The default mesh config (<c>injection-templates/mesh.yaml</c>); null for Istio's built-in defaults.</summary>
    public static string? MeshConfig => Read("mesh.yaml");

    /// <summary>All three as a settings source, with the other settings left at their defaults.</summary>
    public static InjectionSettingsSource Load() => new()
    {
        Config = Config,
        Values = Values,
        MeshConfig = MeshConfig,
    };

    private static string? Read(string fileName)
    {
        Assembly assembly = typeof(EmbeddedDefaults).Assembly;
        using Stream? stream = assembly.GetManifestResourceStream(Prefix + fileName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string? YamlToJson(string? yaml) =>
        yaml is null ? null : (YamlJsonConverter.Parse(yaml) ?? new JsonObject()).ToJsonString();
}
