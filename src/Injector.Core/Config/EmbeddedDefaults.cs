namespace Injector.Core.Config;

/// <summary>
/// The injection config, values and mesh config shipped inside the assembly (from <c>injection-templates/</c>),
/// used when the webhook or the CLI is given no files of its own.
/// </summary>
public static class EmbeddedDefaults
{
    /// <summary>Resource name of the injector config (templates, policy, selectors).</summary>
    public const string ConfigResource = "injection-templates/config.yaml";

    /// <summary>Resource name of the values JSON.</summary>
    public const string ValuesResource = "injection-templates/values.json";

    /// <summary>Resource name of the mesh config YAML.</summary>
    public const string MeshConfigResource = "injection-templates/mesh.yaml";

    /// <summary>The <c>config</c> text.</summary>
    public static string Config => Lazy.Config;

    /// <summary>The <c>values</c> JSON text.</summary>
    public static string Values => Lazy.Values;

    /// <summary>The mesh config YAML text.</summary>
    public static string MeshConfig => Lazy.MeshConfig;

    /// <summary>A settings source made of the three embedded files; callers set revision and flags with <c>with</c>.</summary>
    public static InjectionSettingsSource Source() => new()
    {
        Config = Config,
        Values = Values,
        MeshConfig = MeshConfig,
    };

    /// <summary>Reads one embedded resource by its logical name.</summary>
    public static string Read(string resourceName)
    {
        ArgumentNullException.ThrowIfNull(resourceName);
        using var stream = typeof(EmbeddedDefaults).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded resource '{resourceName}' is missing from {typeof(EmbeddedDefaults).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // Read once on first use; the texts never change for the life of the process.
    private static class Lazy
    {
        public static readonly string Config = Read(ConfigResource);
        public static readonly string Values = Read(ValuesResource);
        public static readonly string MeshConfig = Read(MeshConfigResource);
    }
}
