using System.Text;
using System.Text.Json.Nodes;

using Injector.Core.Admission;
using Injector.Core.Patching;
using Injector.Core.Workloads;
using Injector.Testing;
using Injector.Testing.Conformance;
using Injector.Webhook.Endpoints;
using Injector.Webhook.Tests.TestSupport;

using Microsoft.Extensions.DependencyInjection;

using Xunit.Abstractions;

namespace Injector.Webhook.Tests.Conformance;

/// <summary>
/// Replays Istio's conformance corpus through the real webhook over HTTPS: every injectable document becomes the pod
/// its controller would create, the returned patch is applied with our applier and with <c>kubectl patch</c>, and the
/// result is compared with the golden pod. Cases listed in <c>webhook-passing.txt</c> must keep passing.
/// </summary>
public class ConformanceWebhookTests(ITestOutputHelper output)
{
    private const string PassingListFile = "tests/Injector.Webhook.Tests/Conformance/webhook-passing.txt";

    private static readonly ConformanceKit Kit = ConformanceKit.Instance;

    private readonly GoldenComparer _comparer = new(Kit.Omitempty);

    [Fact]
    public async Task WebhookMode_ConformanceCases_NoRegressionFromPassingList()
    {
        var cases = Kit.Cases.Where(c => !c.SkipWebhook && c.Expected is not null && c.ExpectedError is null).ToList();
        var tally = new ConformanceTally("webhook");

        // One server per distinct settings; cases sharing settings share a server.
        foreach (var group in cases.GroupBy(c => (c.Config, c.Values, c.Mesh, c.NativeSidecars, c.Platform, c.CompliancePolicy, c.Revision, c.Cluster)))
        {
            await using var server = await StartServerAsync(group.First());
            foreach (var c in group)
            {
                if (await RunCaseAsync(server, c) is { } failure)
                {
                    tally.Fail(c.Name, Shorten(failure));
                }
                else
                {
                    tally.Pass(c.Name);
                }
            }
        }

        var report = tally.Report();
        output.WriteLine(report);
        tally.AppendToReportFile();

        var listPath = RepositoryPaths.Combine(PassingListFile);
        var listed = PassingList.Read(listPath);
        if (PassingList.UpdateRequested)
        {
            PassingList.Extend(listPath, tally.Passed);
        }

        // A listed case that is no longer run counts as regressed too.
        var regressions = listed.Where(name => !tally.Passed.Contains(name)).Order(StringComparer.Ordinal).ToList();
        var reasons = tally.Failed.ToDictionary(f => f.Name, f => f.Reason, StringComparer.Ordinal);
        Assert.True(regressions.Count == 0, $"regressed: {string.Join(", ", regressions.Select(r => $"{r} ({reasons.GetValueOrDefault(r) ?? "not run"})"))}");
    }

    private static async Task<WebhookServer> StartServerAsync(ConformanceCase c)
    {
        var files = new Dictionary<string, string>
        {
            ["InjectConfigFile"] = Kit.ReadText(c.Config),
            ["ValuesFile"] = Kit.ReadText(c.Values),
            ["MeshConfigFile"] = Kit.ReadText(c.Mesh),
        };
        var settings = new Dictionary<string, string>
        {
            ["NativeSidecars"] = c.NativeSidecars ? "true" : "false",
            ["Revision"] = c.Revision,
            ["Platform"] = c.Platform ?? string.Empty,
            ["CompliancePolicy"] = c.CompliancePolicy ?? string.Empty,
        };
        var namespaces = new FixtureNamespaces(c.Cluster);
        return await WebhookServer.StartAsync(files, settings, services => services.AddSingleton<INamespaceObjectSource>(namespaces));
    }

    /// <summary>The pods the file's workloads would create, each with its workload's namespace (the request's).</summary>
    private static List<(JsonObject Pod, string Namespace)> ControllerPods(string file)
    {
        var pods = new List<(JsonObject Pod, string Namespace)>();
        foreach (var document in YamlDocuments.Read(Kit.ReadText(file)))
        {
            var workloads = WorkloadKinds.IsList(WorkloadKinds.KindOf(document), WorkloadKinds.ApiVersionOf(document))
                ? (document["items"] as JsonArray ?? []).OfType<JsonObject>()
                : [document];
            foreach (var workload in workloads)
            {
                if (ControllerPod.FromWorkload(workload) is { } pod)
                {
                    pods.Add((pod, workload["metadata"]?["namespace"]?.GetValue<string>() ?? string.Empty));
                }
            }
        }

        return pods;
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "...";

    private async Task<string?> RunCaseAsync(WebhookServer server, ConformanceCase c)
    {
        var inputs = ControllerPods(c.Input);
        var expected = ControllerPods(c.Expected!);
        if (inputs.Count != expected.Count)
        {
            return $"{inputs.Count} injectable input documents but {expected.Count} expected";
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            var (pod, ns) = inputs[i];
            var review = await server.ReviewAsync(Reviews.For(pod, uid: $"{c.Name}-{i}", ns: ns));
            var response = review.Response!;
            if (response.Uid != $"{c.Name}-{i}")
            {
                return $"document {i}: uid not echoed";
            }

            if (!response.Allowed)
            {
                return $"document {i}: refused: {response.Status?.Message}";
            }

            JsonNode? patched = pod;
            if (response.Patch is { } patchBytes)
            {
                var patchText = Encoding.UTF8.GetString(patchBytes);
                patched = JsonPatchApplier.Apply(pod, JsonNode.Parse(patchText)!.AsArray());
                var byKubectl = await Kubectl.PatchAsync(pod, patchText);
                if (_comparer.CompareDocuments(byKubectl, patched, GoldenCompareMode.Webhook, $"document {i}") is { } disagreement)
                {
                    return $"kubectl and our applier disagree: {disagreement}";
                }
            }

            if (_comparer.CompareDocuments(patched, expected[i].Pod, GoldenCompareMode.Webhook, $"document {i}") is { } difference)
            {
                return $"pod differs: {difference}";
            }
        }

        return null;
    }

    private sealed class FixtureNamespaces(string cluster) : INamespaceObjectSource
    {
        public JsonObject? Find(string namespaceName) => Kit.NamespaceObject(cluster, namespaceName);
    }
}
