using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Templating;
using Injector.Core.Templating.Functions;
using Injector.Core.Workloads;

namespace Injector.Core.Config;

/// <summary>
/// An immutable, validated snapshot of everything injection needs: injector config with its templates parsed once,
/// values, mesh config and process-wide settings. Safe to share between concurrent requests; a reload builds a new one.
/// </summary>
/// <remarks>The JSON members (<see cref="ValuesJson"/>, <see cref="MeshConfig"/>) are shared: read them, never modify them.</remarks>
public sealed class InjectionSettings
{
    /// <summary>The template kube-inject uses and the default when the config names none.</summary>
    public const string SidecarTemplateName = "sidecar";

    private InjectionSettings(InjectionSettingsSource source)
    {
        Source = source;
    }

    /// <summary>The raw inputs this snapshot was built from.</summary>
    public InjectionSettingsSource Source { get; }

    /// <summary>The config's <c>policy</c>.</summary>
    public InjectionPolicy Policy { get; private init; }

    /// <summary>Templates applied when a pod names none (<c>defaultTemplates</c>; <c>[sidecar]</c> when empty).</summary>
    public IReadOnlyList<string> DefaultTemplates { get; private init; } = [SidecarTemplateName];

    /// <summary>The parsed templates by name.</summary>
    public IReadOnlyDictionary<string, GoTemplate> Templates { get; private init; } = new Dictionary<string, GoTemplate>();

    /// <summary>The names of <see cref="Templates"/>, sorted.</summary>
    public IReadOnlyList<string> TemplateNames { get; private init; } = [];

    /// <summary>Names standing for a list of templates (<c>aliases</c>); expansion is not recursive.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; private init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Selectors that force injection when the pod does not decide (<c>alwaysInjectSelector</c>).</summary>
    public IReadOnlyList<LabelSelector> AlwaysInjectSelectors { get; private init; } = [];

    /// <summary>Selectors that refuse injection when the pod does not decide (<c>neverInjectSelector</c>); they win over always.</summary>
    public IReadOnlyList<LabelSelector> NeverInjectSelectors { get; private init; } = [];

    /// <summary>Annotations added to every injected pod (<c>injectedAnnotations</c>).</summary>
    public IReadOnlyDictionary<string, string> InjectedAnnotations { get; private init; } = new Dictionary<string, string>();

    /// <summary>The values as templates see them (<c>.Values</c>): engine value model, explicit nulls kept.</summary>
    public IReadOnlyDictionary<string, object?> Values { get; private init; } = new Dictionary<string, object?>();

    /// <summary>The values as JSON, for typed reads (<c>global.hub</c>, <c>global.proxy.holdApplicationUntilProxyStarts</c>, ...).</summary>
    public JsonObject ValuesJson { get; private init; } = [];

    /// <summary>The effective mesh config in protobuf-JSON form (Istio's defaults under the given mesh text).</summary>
    public JsonObject MeshConfig { get; private init; } = [];

    /// <summary>The control-plane revision; empty renders as <c>default</c>.</summary>
    public string Revision => Source.Revision;

    /// <summary>Whether the proxy is a native sidecar unless a pod says otherwise.</summary>
    public bool NativeSidecars => Source.NativeSidecars;

    /// <summary>The platform, e.g. <c>openshift</c>.</summary>
    public string Platform => Source.Platform;

    /// <summary>The compliance policy templates see as <c>.CompliancePolicy</c>.</summary>
    public string CompliancePolicy => Source.CompliancePolicy;

    /// <summary>Whether the platform is OpenShift (proxy uid/gid then come from the namespace).</summary>
    public bool IsOpenShift => string.Equals(Source.Platform, "openshift", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses and validates the inputs; throws <see cref="InvalidDataException"/> naming the bad part.</summary>
    public static InjectionSettings Load(InjectionSettingsSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        JsonObject config = ParseConfig(source.Config);
        JsonObject values = ParseValues(source.Values);
        JsonObject mesh = MeshConfigLoader.Load(source.MeshConfig);
        Dictionary<string, GoTemplate> templates = ParseTemplates(config["templates"]);

        List<string> defaults = ReadStringList(config["defaultTemplates"], "defaultTemplates");
        return new InjectionSettings(source)
        {
            Policy = JsonScalar.AsString(config["policy"]) switch
            {
                "enabled" => InjectionPolicy.Enabled,
                "disabled" => InjectionPolicy.Disabled,
                _ => InjectionPolicy.Off,
            },
            DefaultTemplates = defaults.Count == 0 ? [SidecarTemplateName] : defaults,
            Templates = templates,
            TemplateNames = templates.Keys.Order(StringComparer.Ordinal).ToList(),
            Aliases = ReadAliases(config["aliases"]),
            AlwaysInjectSelectors = ReadSelectors(config["alwaysInjectSelector"], "alwaysInjectSelector"),
            NeverInjectSelectors = ReadSelectors(config["neverInjectSelector"], "neverInjectSelector"),
            InjectedAnnotations = ReadStringMap(config["injectedAnnotations"], "injectedAnnotations"),
            Values = (IReadOnlyDictionary<string, object?>)JsonTemplateValue.FromJson(values)!,
            ValuesJson = Materialize(values),
            MeshConfig = Materialize(mesh),
        };
    }

    // Parsed JSON builds its children lazily on first read; walking the tree once up front means concurrent
    // requests only ever read a fully built, shared tree.
    private static JsonObject Materialize(JsonObject root)
    {
        var pending = new Stack<JsonNode>();
        pending.Push(root);
        while (pending.TryPop(out JsonNode? node))
        {
            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject obj => obj.Select(p => p.Value),
                JsonArray array => array,
                _ => [],
            };
            foreach (JsonNode? child in children)
            {
                if (child is not null)
                {
                    pending.Push(child);
                }
            }
        }

        return root;
    }

    private static JsonObject ParseConfig(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        JsonNode? node;
        try
        {
            node = YamlJsonConverter.Parse(text);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"injector config: invalid YAML: {e.Message}", e);
        }

        return node switch
        {
            null => [],
            JsonObject obj => obj,
            _ => throw new InvalidDataException("injector config: the document must be a mapping"),
        };
    }

    private static JsonObject ParseValues(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        JsonNode? node;
        try
        {
            // JSON first: it keeps numbers and explicit nulls exactly; YAML is accepted as Istio accepts it.
            node = LastKeyWinsJson.Parse(text);
        }
        catch (JsonException)
        {
            try
            {
                node = YamlJsonConverter.Parse(text);
            }
            catch (YamlDotNet.Core.YamlException e)
            {
                throw new InvalidDataException($"values: neither JSON nor YAML: {e.Message}", e);
            }
        }

        return node switch
        {
            null => [],
            JsonObject obj => obj,
            _ => throw new InvalidDataException("values: the document must be an object"),
        };
    }

    private static Dictionary<string, GoTemplate> ParseTemplates(JsonNode? node)
    {
        var templates = new Dictionary<string, GoTemplate>(StringComparer.Ordinal);
        if (node is null)
        {
            return templates;
        }

        if (node is not JsonObject map)
        {
            throw new InvalidDataException("injector config: templates must be a mapping of name to template text");
        }

        TemplateFunctionMap functions = FunctionLibrary.CreateInjection();
        foreach (var (name, value) in map)
        {
            string text = JsonScalar.AsString(value)
                ?? throw new InvalidDataException($"injector config: template \"{name}\" must be a string");
            try
            {
                templates[name] = GoTemplate.Parse(name, text, functions);
            }
            catch (TemplateParseException e)
            {
                throw new InvalidDataException($"injector config: template \"{name}\": {e.Message}", e);
            }
        }

        return templates;
    }

    private static List<string> ReadStringList(JsonNode? node, string field) => node switch
    {
        null => [],
        JsonArray array => array.Select(JsonScalar.ToText).ToList(),
        _ => throw new InvalidDataException($"injector config: {field} must be a list"),
    };

    private static Dictionary<string, string> ReadStringMap(JsonNode? node, string field)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is null)
        {
            return map;
        }

        if (node is not JsonObject obj)
        {
            throw new InvalidDataException($"injector config: {field} must be a mapping");
        }

        foreach (var (key, value) in obj)
        {
            map[key] = JsonScalar.ToText(value);
        }

        return map;
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadAliases(JsonNode? node)
    {
        var aliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (node is null)
        {
            return aliases;
        }

        if (node is not JsonObject obj)
        {
            throw new InvalidDataException("injector config: aliases must be a mapping of name to template names");
        }

        foreach (var (key, value) in obj)
        {
            aliases[key] = ReadStringList(value, $"aliases.{key}");
        }

        return aliases;
    }

    private static List<LabelSelector> ReadSelectors(JsonNode? node, string field)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray array)
        {
            throw new InvalidDataException($"injector config: {field} must be a list of label selectors");
        }

        try
        {
            return array.Select(LabelSelector.FromJson).ToList();
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"injector config: {field}: {e.Message}", e);
        }
    }
}
