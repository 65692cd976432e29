using Injector.Core.Config;

namespace Injector.Webhook.Options;

/// <summary>
/// Defaults read from an <c>injection-templates</c> folder (<c>config.yaml</c>, <c>values.json</c>, <c>mesh.yaml</c>)
/// next to the application or in a parent of the working directory; without one, a config that enables injection
/// with no templates.
/// </summary>
internal sealed class InjectionTemplatesDefaultSource : IDefaultSettingsSource
{
    private const string FolderName = "injection-templates";
    private const string MinimalConfig = "policy: enabled\ndefaultTemplates: []\ntemplates: {}\n";

    private readonly string? folder = Find();

    public string Description => folder is null ? "the built-in minimal config (no templates)" : $"'{folder}'";

    public InjectionSettingsSource Load()
    {
        if (folder is null)
        {
            return new InjectionSettingsSource { Config = MinimalConfig };
        }

        return new InjectionSettingsSource
        {
            Config = ReadIfExists("config.yaml") ?? MinimalConfig,
            Values = ReadIfExists("values.json"),
            MeshConfig = ReadIfExists("mesh.yaml"),
        };
    }

    private string? ReadIfExists(string name)
    {
        var path = Path.Combine(folder!, name);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    private static string? Find()
    {
        var candidates = new List<string> { Path.Combine(AppContext.BaseDirectory, FolderName) };
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            candidates.Add(Path.Combine(dir.FullName, FolderName));
        }

        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "config.yaml")));
    }
}
