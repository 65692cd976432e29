using System.Reflection;
using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection;
using Injector.Core.Injection.TemplateData;
using Injector.Core.Workloads;

namespace Injector.Benchmarks;

/// <summary>
/// The inputs every benchmark shares: Istio's default injector config, values and mesh config from the conformance
/// kit (the embedded defaults when the kit is not beside the repository), and the pods from <c>Data/</c>.
/// </summary>
public static class BenchData
{
    /// <summary>Environment variable naming the conformance kit folder, as the tests use it.</summary>
    public const string KitVariable = "INJECTOR_CONFORMANCE_KIT";

    /// <summary>How many env vars the large pod's app container carries (Istio once took 1 s on such a pod).</summary>
    public const int LargeEnvCount = 2000;

    private static readonly Lazy<InjectionSettingsSource> LazySource = new(ReadSource);
    private static readonly Lazy<InjectionSettings> LazySettings = new(() => InjectionSettings.Load(LazySource.Value));

    /// <summary>Where the settings came from, printed in the benchmark log.</summary>
    public static string SourceDescription { get; private set; } = string.Empty;

    /// <summary>The settings source: Istio's defaults.</summary>
    public static InjectionSettingsSource Source => LazySource.Value;

    /// <summary>The loaded settings snapshot, shared as the webhook shares it.</summary>
    public static InjectionSettings Settings => LazySettings.Value;

    /// <summary>The text of Istio's <c>sidecar</c> template.</summary>
    public static string SidecarTemplateText =>
        (string?)YamlJsonConverter.Parse(Source.Config)?["templates"]?[InjectionSettings.SidecarTemplateName]
        ?? throw new InvalidDataException("the injector config has no sidecar template");

    /// <summary>A bookinfo-sized pod: one app container with a port, probes, resources and a few labels and annotations.</summary>
    public static JsonObject TypicalPod() => (JsonObject)JsonNode.Parse(ReadResource("typical-pod.json"))!;

    /// <summary>The typical pod with <see cref="LargeEnvCount"/> env vars on its app container.</summary>
    public static JsonObject LargeEnvPod()
    {
        JsonObject pod = TypicalPod();
        var env = new JsonArray();
        for (int i = 0; i < LargeEnvCount; i++)
        {
            env.Add(new JsonObject { ["name"] = $"APP_SETTING_{i:D4}", ["value"] = $"value-{i}" });
        }

        pod["spec"]!["containers"]![0]!["env"] = env;
        return pod;
    }

    /// <summary>A webhook request for <paramref name="pod"/>.</summary>
    public static InjectionRequest WebhookRequest(JsonObject pod) => new()
    {
        Pod = pod,
        Namespace = "bookinfo",
        Mode = InjectionMode.Webhook,
    };

    /// <summary>The template data the pipeline builds for the typical pod, for rendering alone.</summary>
    public static SidecarTemplateData TypicalTemplateData()
    {
        JsonObject pod = TypicalPod();
        InjectionSettings settings = Settings;
        var proxyConfig = (JsonObject)settings.MeshConfig["defaultConfig"]!.DeepClone();
        return new SidecarTemplateData(
            pod["metadata"] as JsonObject,
            pod["spec"] as JsonObject,
            new WorkloadIdentity("reviews-v1", "bookinfo", "Deployment", "apps/v1"),
            proxyConfig,
            settings.MeshConfig,
            settings.Values)
        {
            Revision = settings.Revision,
            ProxyImage = "docker.io/istio/proxyv2:latest",
            ProxyInitImage = "docker.io/istio/proxyv2:latest",
        };
    }

    private static InjectionSettingsSource ReadSource()
    {
        string? kit = LocateKit();
        if (kit is null)
        {
            SourceDescription = "embedded defaults (injection-templates/)";
            return EmbeddedDefaults.Source() with { Revision = "default" };
        }

        SourceDescription = kit;
        return new InjectionSettingsSource
        {
            Config = File.ReadAllText(Path.Combine(kit, "config", "default.yaml")),
            Values = File.ReadAllText(Path.Combine(kit, "values", "default.json")),
            MeshConfig = File.ReadAllText(Path.Combine(kit, "mesh", "default.yaml")),
            Revision = "default",
        };
    }

    // BenchmarkDotNet runs each benchmark from a generated folder under bin/, so the kit is looked for above both
    // the working directory and the executable.
    private static string? LocateKit()
    {
        string? explicitKit = Environment.GetEnvironmentVariable(KitVariable);
        if (!string.IsNullOrEmpty(explicitKit))
        {
            return Path.GetFullPath(explicitKit);
        }

        foreach (string start in (string[])[Environment.CurrentDirectory, AppContext.BaseDirectory])
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "conformance", "istio");
                if (File.Exists(Path.Combine(candidate, "cases.yaml")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string ReadResource(string fileName)
    {
        Assembly assembly = typeof(BenchData).Assembly;
        using Stream stream = assembly.GetManifestResourceStream($"Injector.Benchmarks.Data.{fileName}")
            ?? throw new FileNotFoundException($"embedded bench data {fileName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
