using System.Text.Json.Nodes;

using Injector.Core.Workloads;

namespace Injector.Testing.Conformance;

/// <summary>
/// Istio's injection conformance kit (<c>shared/conformance/istio</c>, kept beside the repository): its cases, settings
/// files, fixtures and the omitempty list the comparison rules need.
/// </summary>
public sealed class ConformanceKit
{
    /// <summary>Environment variable that points at the kit's folder explicitly.</summary>
    public const string KitVariable = "INJECTOR_CONFORMANCE_KIT";

    /// <summary>An older name for <see cref="KitVariable"/>, still honoured when that one is not set.</summary>
    public const string DirectoryVariable = "INJECTOR_CONFORMANCE_DIR";

    private static readonly Lazy<ConformanceKit> Default = new(() => Load(LocateDirectory()));

    private readonly JsonObject _fixtures;

    private ConformanceKit(string directory, string repositoryRoot, IReadOnlyList<ConformanceCase> cases, JsonObject fixtures, OmitemptyRules omitempty)
    {
        Directory = directory;
        RepositoryRoot = repositoryRoot;
        Cases = cases;
        _fixtures = fixtures;
        Omitempty = omitempty;
    }

    /// <summary>The kit's folder.</summary>
    public string Directory { get; }

    /// <summary>The repository the tests run from (the folder holding <c>Injector.sln</c>).</summary>
    public string RepositoryRoot { get; }

    /// <summary>Every case of <c>cases.yaml</c>, in file order.</summary>
    public IReadOnlyList<ConformanceCase> Cases { get; }

    /// <summary>The fields Go drops when zero (<c>k8s-omitempty.yaml</c>).</summary>
    public OmitemptyRules Omitempty { get; }

    /// <summary>The kit found beside this repository (loaded once per process).</summary>
    public static ConformanceKit Instance => Default.Value;

    /// <summary>The absolute path of a kit file named relative to the kit (as cases name them).</summary>
    public string PathOf(string relative) => Path.GetFullPath(Path.Combine(Directory, relative));

    /// <summary>The text of a kit file named relative to the kit.</summary>
    public string ReadText(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>
    /// The namespace object a fixture defines (as the webhook would read it from the cluster), or null when the
    /// fixture has no such namespace.
    /// </summary>
    public JsonObject? NamespaceObject(string cluster, string name)
    {
        foreach (JsonNode? ns in _fixtures[cluster]?["namespaces"] as JsonArray ?? [])
        {
            if (ns?["name"]?.GetValue<string>() == name)
            {
                return new JsonObject
                {
                    ["apiVersion"] = "v1",
                    ["kind"] = "Namespace",
                    ["metadata"] = new JsonObject
                    {
                        ["name"] = name,
                        ["annotations"] = ns["annotations"]?.DeepClone() ?? new JsonObject(),
                    },
                };
            }
        }

        return null;
    }

    /// <summary>
    /// The injection templates of every injector config in the kit's <c>config</c> folder, by file name then in file
    /// order.
    /// </summary>
    public IReadOnlyList<KitTemplate> InjectionTemplates()
    {
        var templates = new List<KitTemplate>();
        foreach (string path in System.IO.Directory.EnumerateFiles(PathOf("config"), "*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (KeyValuePair<string, JsonNode?> entry in Parse(path)["templates"] as JsonObject ?? [])
            {
                templates.Add(new KitTemplate(Path.GetFileName(path), entry.Key, entry.Value?.GetValue<string>() ?? string.Empty));
            }
        }

        return templates;
    }

    private static (string Kit, string Repository) LocateDirectory()
    {
        string repository = RepositoryPaths.Root;
        foreach (string variable in (string[])[KitVariable, DirectoryVariable])
        {
            string? explicitKit = Environment.GetEnvironmentVariable(variable);
            if (!string.IsNullOrEmpty(explicitKit))
            {
                return (Path.GetFullPath(explicitKit), repository);
            }
        }

        // The kit lives in shared/ beside the clone (or beside the folder of worktrees holding it).
        for (DirectoryInfo? dir = new DirectoryInfo(repository).Parent; dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "conformance", "istio");
            if (File.Exists(Path.Combine(candidate, "cases.yaml")))
            {
                return (candidate, repository);
            }
        }

        throw new DirectoryNotFoundException(
            $"the conformance kit (shared/conformance/istio/cases.yaml) was not found above {repository}; set {KitVariable}");
    }

    private static ConformanceKit Load((string Kit, string Repository) location)
    {
        JsonNode cases = Parse(Path.Combine(location.Kit, "cases.yaml"));
        JsonNode omitempty = Parse(Path.Combine(location.Kit, "k8s-omitempty.yaml"));
        var list = (cases["cases"] as JsonArray ?? []).OfType<JsonObject>().Select(ReadCase).ToList();
        return new ConformanceKit(
            location.Kit,
            location.Repository,
            list,
            cases["fixtures"] as JsonObject ?? [],
            OmitemptyRules.FromJson(omitempty));
    }

    private static JsonNode Parse(string path) =>
        YamlJsonConverter.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty");

    private static ConformanceCase ReadCase(JsonObject node) => new()
    {
        Name = Text(node, "name") ?? throw new InvalidDataException("a case has no name"),
        GoTest = Text(node, "goTest") ?? string.Empty,
        Description = Text(node, "description") ?? string.Empty,
        Input = Text(node, "input") ?? throw new InvalidDataException($"case {Text(node, "name")} has no input"),
        Expected = Text(node, "expected"),
        ExpectedError = Text(node, "expectedError"),
        ExpectedLog = Text(node, "expectedLog"),
        Config = Text(node, "config") ?? throw new InvalidDataException($"case {Text(node, "name")} has no config"),
        Values = Text(node, "values") ?? throw new InvalidDataException($"case {Text(node, "name")} has no values"),
        Mesh = Text(node, "mesh") ?? throw new InvalidDataException($"case {Text(node, "name")} has no mesh"),
        NativeSidecars = Flag(node, "nativeSidecars"),
        Cluster = Text(node, "cluster") ?? string.Empty,
        Platform = Text(node, "platform"),
        CompliancePolicy = Text(node, "compliancePolicy"),
        SkipWebhook = Flag(node, "skipWebhook"),
        SkipKubeInject = Flag(node, "skipKubeInject"),
        Revision = Text(node, "revision") ?? "default",
        Settings = Text(node, "settings") ?? string.Empty,
    };

    private static string? Text(JsonObject node, string key) =>
        node[key] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static bool Flag(JsonObject node, string key) =>
        node[key] is JsonValue value && value.TryGetValue(out bool flag) && flag;
}
