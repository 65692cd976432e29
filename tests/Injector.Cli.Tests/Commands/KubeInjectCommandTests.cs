using System.Text.Json.Nodes;

using Injector.Core.Workloads;

namespace Injector.Cli.Tests.Commands;

public sealed class KubeInjectCommandTests : IDisposable
{
    private const string Service = "# the service\nkind: Service\napiVersion: v1\nmetadata:\n  name: hello # keep me\nspec:\n    ports: [{port: 80}]\n";
    private const string ConfigMap = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata:\n  a: \"1\"\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("injector-cli-").FullName;
    private readonly string[] _settings;

    public KubeInjectCommandTests()
    {
        _settings =
        [
            "--injectConfigFile", Write("config.yaml", "templates:\n  sidecar: |\n    spec: {}\n"),
            "--valuesFile", Write("values.json", "{\"global\": {}}"),
            "--meshConfigFile", Write("mesh.yaml", "defaultConfig: {}\n"),
        ];
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void KubeInject_OtherKinds_PassThroughVerbatimInOrderEachFollowedBySeparator()
    {
        string input = Write("in.yaml", "---\n" + Service + "---\n" + ConfigMap);

        CliRun run = CliRun.Invoke(["kube-inject", "-f", input, .. _settings]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Service + "---\n" + ConfigMap + "---\n", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void KubeInject_WithoutSettingsFlags_UsesTheEmbeddedDefaults()
    {
        string input = Write("in.yaml", ConfigMap);

        CliRun run = CliRun.Invoke("kube-inject", "-f", input);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ConfigMap + "---\n", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void KubeInject_DashReadsStandardInput()
    {
        CliRun run = CliRun.InvokeWithInput(Service, ["kube-inject", "-f", "-", .. _settings]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Service + "---\n", run.Output);
    }

    [Fact]
    public void KubeInject_OutputFlag_WritesTheFileAndNothingToStandardOutput()
    {
        string input = Write("in.yaml", ConfigMap);
        string output = Path.Combine(_directory, "out.yaml");

        CliRun run = CliRun.Invoke(["kube-inject", "--filename", input, "-o", output, .. _settings]);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal(ConfigMap + "---\n", File.ReadAllText(output));
    }

    [Fact]
    public void KubeInject_MalformedDocument_FailsNamingItAndWritesNoOutputFile()
    {
        string input = Write("in.yaml", Service + "---\nkind: Pod\nspec: [unclosed\n");
        string output = Path.Combine(_directory, "out.yaml");

        CliRun run = CliRun.Invoke(["kube-inject", "-f", input, "-o", output, .. _settings]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("document 2: invalid YAML at line 11", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void KubeInject_WorkloadWithoutPodTemplate_FailsNamingTheWorkload()
    {
        string input = Write("in.yaml", ConfigMap + "---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec: {}\n");

        CliRun run = CliRun.Invoke(["kube-inject", "-f", input, .. _settings]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("document 2 (Deployment shop/web): spec.template is required", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void KubeInject_MissingInputFile_FailsOnStandardError()
    {
        CliRun run = CliRun.Invoke(["kube-inject", "-f", Path.Combine(_directory, "absent.yaml"), .. _settings]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("absent.yaml", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void KubeInject_DirectoryGivenAsInput_FailsOnStandardErrorNamingIt()
    {
        CliRun run = CliRun.Invoke(["kube-inject", "-f", _directory, .. _settings]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(_directory, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void KubeInject_EmptyFilename_IsAUsageError()
    {
        CliRun run = CliRun.Invoke(["kube-inject", "-f", "", .. _settings]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--filename needs a file name", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void KubeInject_WithoutFilename_IsAUsageError()
    {
        CliRun run = CliRun.Invoke("kube-inject");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--filename", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--native-sidecars", "maybe")]
    [InlineData("--unknown-flag", "x")]
    public void KubeInject_BadFlags_AreUsageErrors(string flag, string value)
    {
        string input = Write("in.yaml", ConfigMap);

        CliRun run = CliRun.Invoke(["kube-inject", "-f", input, flag, value, .. _settings]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(value, run.Error, StringComparison.Ordinal);
        Assert.True(string.IsNullOrWhiteSpace(run.Output));
    }

    [Fact]
    public void KubeInject_AllIstioFlags_AreAccepted()
    {
        string input = Write("in.yaml", ConfigMap);
        string config = Write("config.yaml", "templates:\n  sidecar: |\n    spec: {}\n");
        string values = Write("values.yaml", "global:\n  hub: example\n");
        string mesh = Write("mesh.yaml", "defaultConfig: {}\n");

        CliRun run = CliRun.Invoke(
            "kube-inject", "-f", input, "--injectConfigFile", config, "--valuesFile", values, "--meshConfigFile", mesh,
            "--revision", "canary", "--native-sidecars", "true", "--platform", "openshift", "--compliance-policy", "fips-140-3");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ConfigMap + "---\n", run.Output);
    }

    [Fact]
    public void KubeInject_SkippedWorkloadInAList_IsStillWrittenAsGoReencodesIt()
    {
        string input = Write("in.yaml", """
            apiVersion: v1
            kind: List
            items:
            - apiVersion: apps/v1
              kind: DaemonSet
              metadata: {name: agent}
              spec:
                selector: {matchLabels: {app: agent}}
                template:
                  metadata: {labels: {app: agent}}
                  spec:
                    hostNetwork: true
                    containers: [{name: agent, image: agent:1}]
            """);

        CliRun run = CliRun.Invoke(["kube-inject", "-f", input, .. _settings]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("has host networking enabled", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("---\n", run.Output, StringComparison.Ordinal);
        JsonNode list = YamlJsonConverter.Parse(run.Output[..^"---\n".Length])!;
        Assert.True(JsonNode.DeepEquals(new JsonObject(), list["metadata"]));
        JsonNode daemonSet = list["items"]![0]!;
        Assert.True(JsonNode.DeepEquals(new JsonObject(), daemonSet["spec"]!["updateStrategy"]));
        Assert.True(JsonNode.DeepEquals(new JsonObject(), daemonSet["spec"]!["template"]!["spec"]!["containers"]![0]!["resources"]));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"currentNumberScheduled":0,"numberMisscheduled":0,"desiredNumberScheduled":0,"numberReady":0}"""),
            daemonSet["status"]));
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
