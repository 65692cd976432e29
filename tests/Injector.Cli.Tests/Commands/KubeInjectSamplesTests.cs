using System.Text.Json.Nodes;

using Injector.Core.Workloads;
using Injector.Testing;

namespace Injector.Cli.Tests.Commands;

/// <summary>A newcomer's first run: <c>injector kube-inject -f deploy/samples/FILE</c> with no other flag.</summary>
public sealed class KubeInjectSamplesTests
{
    public static TheoryData<string> SampleFiles =>
        [.. Directory.GetFiles(RepositoryPaths.Combine("deploy", "samples"), "*.yaml").Select(p => Path.GetFileName(p)).Order()];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void KubeInject_SampleWithoutFlags_InjectsEveryWorkloadAndKeepsEveryDocument(string file)
    {
        string path = RepositoryPaths.Combine("deploy", "samples", file);
        IReadOnlyList<JsonObject> input = YamlDocuments.Read(File.ReadAllText(path));

        CliRun run = CliRun.Invoke("kube-inject", "-f", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        IReadOnlyList<JsonObject> output = YamlDocuments.Read(run.Output);
        Assert.Equal(input.Select(WorkloadKinds.KindOf), output.Select(WorkloadKinds.KindOf));
        var workloads = output.Select(WorkloadKinds.Locate).OfType<PodTemplateSite>().ToList();
        Assert.NotEmpty(workloads);
        foreach (PodTemplateSite site in workloads)
        {
            JsonObject pod = site.ExtractPod();
            var names = new[] { "containers", "initContainers" }
                .SelectMany(list => pod["spec"]?[list]?.AsArray() ?? [])
                .Select(c => (string?)c!["name"])
                .ToList();
            Assert.Contains("istio-proxy", names);
            Assert.NotNull(pod["metadata"]?["annotations"]?["sidecar.istio.io/status"]);
        }
    }
}
