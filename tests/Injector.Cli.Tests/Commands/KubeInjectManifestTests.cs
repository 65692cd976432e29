using System.Text.Json.Nodes;

using Injector.Core.Workloads;

namespace Injector.Cli.Tests.Commands;

/// <summary>kube-inject on manifests written the many ways people write YAML, with the embedded default settings.</summary>
public sealed class KubeInjectManifestTests : IDisposable
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx}]

        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("injector-manifests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("extensions/v1beta1", "Deployment")]
    [InlineData("apps/v1beta2", "DaemonSet")]
    [InlineData("apps/v1beta1", "StatefulSet")]
    public void KubeInject_OldApiVersionOfAWorkload_IsInjectedAndKeepsItsApiVersion(string apiVersion, string kind)
    {
        JsonNode workload = InjectSingle(Deployment.Replace("apps/v1", apiVersion, StringComparison.Ordinal)
            .Replace("Deployment", kind, StringComparison.Ordinal));

        Assert.Equal(apiVersion, workload["apiVersion"]!.GetValue<string>());
        Assert.Contains("istio-proxy", ContainerNames(workload["spec"]!["template"]!));
    }

    [Fact]
    public void KubeInject_OldCronJob_IsInjectedThroughItsJobTemplate()
    {
        JsonNode cronJob = InjectSingle("""
            apiVersion: batch/v1beta1
            kind: CronJob
            metadata: {name: nightly}
            spec:
              schedule: "0 0 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers: [{name: job, image: busybox}]
            """);

        Assert.Contains("istio-proxy", ContainerNames(cronJob["spec"]!["jobTemplate"]!["spec"]!["template"]!));
    }

    [Fact]
    public void KubeInject_AnchorsAndMergeKeys_AreExpandedBeforeInjection()
    {
        JsonNode workload = InjectSingle("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: &labels {app: web}
            spec:
              selector: {matchLabels: *labels}
              template:
                metadata:
                  labels:
                    <<: *labels
                    tier: front
                spec:
                  containers:
                  - &main {name: web, image: nginx}
                  - <<: *main
                    name: helper
            """);

        JsonNode template = workload["spec"]!["template"]!;
        Assert.Equal("web", template["metadata"]!["labels"]!["app"]!.GetValue<string>());
        Assert.Null(template["metadata"]!["labels"]!["<<"]);
        Assert.Equal(["web", "helper", "istio-proxy"], ContainerNames(template));
        Assert.Equal("nginx", template["spec"]!["containers"]![1]!["image"]!.GetValue<string>());
    }

    [Fact]
    public void KubeInject_ConfigMapWithBlankFirstLineInABlock_PassesThroughVerbatim()
    {
        // Helm renders `config: |` followed by a line of spaces; YAML readers built on libyaml accept it.
        const string ConfigMap = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata:\n  config.yaml: |\n    \n    key: value\n";

        CliRun run = Run(ConfigMap + "---\n" + Deployment);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(ConfigMap + "---\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("istio-proxy", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void KubeInject_SeparatorGluedToText_FailsNamingTheDocumentAndWritesNothing()
    {
        CliRun run = Run(Deployment + "---apiVersion: v1\nkind: Service\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("document 2: invalid YAML document separator at line 10: apiVersion: v1", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void KubeInject_StandardInputWithByteOrderMarkAndCrlf_IsInjected()
    {
        string input = "\uFEFF" + Deployment.ReplaceLineEndings("\r\n");

        CliRun run = CliRun.InvokeWithInput(input, "kube-inject", "-f", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("istio-proxy", run.Output, StringComparison.Ordinal);
        Assert.Equal("web", YamlJsonConverter.Parse(run.Output[..^"---\n".Length])!["metadata"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void KubeInject_CommentOnlyAndScalarDocuments_PassThroughInOrder()
    {
        const string Comment = "# nothing but a note\n";
        const string Scalar = "just text\n";

        CliRun run = Run(Comment + "---\n" + Scalar + "--- # next\n" + Deployment);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(Comment + "---\n" + Scalar + "---\napiVersion: apps/v1\n", run.Output, StringComparison.Ordinal);
    }

    private static string[] ContainerNames(JsonNode template) =>
        template["spec"]!["containers"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToArray();

    private JsonNode InjectSingle(string manifest)
    {
        CliRun run = Run(manifest);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.EndsWith("---\n", run.Output, StringComparison.Ordinal);
        return YamlJsonConverter.Parse(run.Output[..^"---\n".Length])!;
    }

    private CliRun Run(string manifest)
    {
        string path = Path.Combine(_directory, "in.yaml");
        File.WriteAllText(path, manifest);
        return CliRun.Invoke("kube-inject", "-f", path);
    }
}
