using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection;
using Injector.Core.Workloads;

namespace Injector.Cli.Commands;

/// <summary>
/// <c>injector kube-inject</c>: injects the sidecar into every workload of a manifest offline, with the flags of
/// <c>istioctl kube-inject</c>. Settings not given come from the embedded defaults. The output is written only when
/// every document succeeded.
/// </summary>
public static class KubeInjectCommand
{
    /// <summary>Builds the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var filename = new Option<string>("--filename", "-f")
        {
            Description = "Input Kubernetes resource filename, or - for standard input.",
            Required = true,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Modified output Kubernetes resource filename (default: standard output)." };
        var injectConfigFile = new Option<string?>("--injectConfigFile") { Description = "Injection configuration filename (the config key of istio-sidecar-injector, or a bare sidecar template)." };
        var valuesFile = new Option<string?>("--valuesFile") { Description = "Injection values configuration filename (JSON or YAML)." };
        var meshConfigFile = new Option<string?>("--meshConfigFile") { Description = "Mesh configuration filename." };
        var revision = new Option<string?>("--revision", "-r") { Description = "Control plane revision." };
        var nativeSidecars = new Option<bool>("--native-sidecars") { Description = "Inject the proxy as a native sidecar (an init container with restartPolicy Always)." };
        var platform = new Option<string?>("--platform") { Description = "Platform the workloads run on, e.g. openshift." };
        var compliancePolicy = new Option<string?>("--compliance-policy") { Description = "Compliance policy for the proxy, e.g. fips-140-3." };

        var command = new Command("kube-inject", "Inject the Istio sidecar into Kubernetes workload manifests.")
        {
            filename, output, injectConfigFile, valuesFile, meshConfigFile, revision, nativeSidecars, platform, compliancePolicy,
        };

        command.SetAction(parse =>
        {
            try
            {
                string input = parse.GetRequiredValue(filename);
                string manifest = input == "-" ? console.In.ReadToEnd() : File.ReadAllText(input);
                var files = new SettingsFiles(
                    parse.GetValue(injectConfigFile),
                    parse.GetValue(valuesFile),
                    parse.GetValue(meshConfigFile));
                InjectionSettingsSource source = files.Load() with
                {
                    Revision = parse.GetValue(revision) ?? string.Empty,
                    NativeSidecars = parse.GetValue(nativeSidecars),
                    Platform = parse.GetValue(platform) ?? string.Empty,
                    CompliancePolicy = parse.GetValue(compliancePolicy) ?? string.Empty,
                };

                KubeInjectionOutput result = KubeInjector.Inject(manifest, InjectionSettings.Load(source));
                foreach (string warning in result.Warnings)
                {
                    console.Error.WriteLine(warning.TrimEnd('\n'));
                }

                string? outputPath = parse.GetValue(output);
                if (outputPath is null)
                {
                    console.Out.Write(result.Manifest);
                }
                else
                {
                    File.WriteAllText(outputPath, result.Manifest);
                }

                return 0;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                console.Error.WriteLine($"Error: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>The three settings files; each one missing falls back to the embedded default.</summary>
    private sealed record SettingsFiles(string? ConfigPath, string? ValuesPath, string? MeshPath)
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
}
