using System.Text;
using System.Text.Json.Nodes;

using Injector.Core.Admission;
using Injector.Core.Patching;
using Injector.Tests.Support;
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
    [Fact]
    public async Task WebhookMode_ConformanceCases_NoRegressionFromPassingList()
    {
        var cases = ConformanceKit.Cases.Where(c => !c.SkipWebhook && c.Expected is not null && c.ExpectedError is null).ToList();
        var passed = new List<string>();
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);

        // One server per distinct settings; cases sharing settings share a server.
        foreach (var group in cases.GroupBy(c => (c.Config, c.Values, c.Mesh, c.NativeSidecars, c.Platform, c.CompliancePolicy, c.Revision)))
        {
            var first = group.First();
            await using var server = await StartServerAsync(first);
            foreach (var c in group)
            {
                var failure = await RunCaseAsync(server, c);
                if (failure is null)
                {
                    passed.Add(c.Name);
                }
                else
                {
                    failures[c.Name] = failure;
                }
            }
        }

        var summary = $"istio-conformance webhook: {passed.Count} passed, {failures.Count} failed";
        output.WriteLine(summary);
        foreach (var (name, reason) in failures.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  FAIL {name}: {Shorten(reason)}");
        }

        if (Environment.GetEnvironmentVariable("INJECTOR_CONFORMANCE_REPORT") is { Length: > 0 } report)
        {
            await File.AppendAllTextAsync(report, summary + Environment.NewLine);
        }

        var expectedPassing = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Conformance", "webhook-passing.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var regressions = expectedPassing.Where(name => !passed.Contains(name)).ToList();
        Assert.True(regressions.Count == 0, $"regressed: {string.Join(", ", regressions.Select(r => $"{r} ({Shorten(failures.GetValueOrDefault(r) ?? "not run")})"))}");
    }

    private static async Task<WebhookServer> StartServerAsync(ConformanceCase c)
    {
        var files = new Dictionary<string, string> { ["InjectConfigFile"] = ConformanceKit.Read(c.Config) };
        if (c.Values is not null)
        {
            files["ValuesFile"] = ConformanceKit.Read(c.Values);
        }

        if (c.Mesh is not null)
        {
            files["MeshConfigFile"] = ConformanceKit.Read(c.Mesh);
        }

        var settings = new Dictionary<string, string>
        {
            ["NativeSidecars"] = c.NativeSidecars ? "true" : "false",
            ["Revision"] = c.Revision,
            ["Platform"] = c.Platform,
            ["CompliancePolicy"] = c.CompliancePolicy,
        };
        var namespaces = new FixtureNamespaces(c.Namespaces);
        return await WebhookServer.StartAsync(files, settings, services => services.AddSingleton<INamespaceObjectSource>(namespaces));
    }

    private static async Task<string?> RunCaseAsync(WebhookServer server, ConformanceCase c)
    {
        var inputs = ControllerPods.InjectableDocuments(YamlJson.ReadDocuments(ConformanceKit.Read(c.Input)));
        var expected = ControllerPods.InjectableDocuments(YamlJson.ReadDocuments(ConformanceKit.Read(c.Expected!)));
        if (inputs.Count != expected.Count)
        {
            return $"{inputs.Count} injectable input documents but {expected.Count} expected";
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            var pod = ControllerPods.ToPod(inputs[i]);
            var ns = inputs[i]["metadata"]?["namespace"]?.GetValue<string>() ?? string.Empty;
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
                if (!WebhookPodComparer.Equal(byKubectl, patched, out var k, out var ours))
                {
                    return $"document {i}: kubectl and our applier disagree:\n kubectl {k}\n ours    {ours}";
                }
            }

            if (!WebhookPodComparer.Equal(patched, ControllerPods.ToPod(expected[i]), out var actualText, out var expectedText))
            {
                return $"document {i}: pod differs:\n actual   {actualText}\n expected {expectedText}";
            }
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "...";

    private sealed class FixtureNamespaces(IReadOnlyList<JsonObject> namespaces) : INamespaceObjectSource
    {
        public JsonObject? Find(string namespaceName)
        {
            var fixture = namespaces.FirstOrDefault(n => n["name"]?.GetValue<string>() == namespaceName);
            return fixture is null
                ? null
                : new JsonObject
                {
                    ["apiVersion"] = "v1",
                    ["kind"] = "Namespace",
                    ["metadata"] = new JsonObject { ["name"] = namespaceName, ["annotations"] = fixture["annotations"]?.DeepClone() },
                };
        }
    }
}
