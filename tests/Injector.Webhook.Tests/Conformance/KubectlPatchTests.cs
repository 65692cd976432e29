using System.Text.Json.Nodes;

using Injector.Core.Patching;
using Injector.Core.Workloads;
using Injector.Testing;
using Injector.Testing.Conformance;
using Injector.Webhook.Tests.TestSupport;

namespace Injector.Webhook.Tests.Conformance;

/// <summary>Our patches mean the same to kubectl (the API server's patch library) as to our applier.</summary>
public class KubectlPatchTests
{
    private static readonly ConformanceKit Kit = ConformanceKit.Instance;

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in Kit.Cases.Where(c => c.Expected is not null && !c.SkipWebhook).Take(40))
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DiffOfControllerPodToGoldenPod_AppliedByKubectl_YieldsGoldenPod(string name)
    {
        var c = Kit.Cases.Single(c => c.Name == name);
        var inputs = ControllerPods(c.Input);
        var outputs = ControllerPods(c.Expected!);
        var comparer = new GoldenComparer(Kit.Omitempty);

        for (var i = 0; i < inputs.Count; i++)
        {
            var from = inputs[i];
            var to = outputs[i];
            var patch = JsonPatchDiff.Create(from, to);

            var byKubectl = await Kubectl.PatchAsync(from, patch.ToJsonString());

            var difference = comparer.CompareDocuments(byKubectl, to, GoldenCompareMode.Webhook, $"document {i}");
            Assert.True(difference is null, $"kubectl: {difference}");
            Assert.True(JsonEquality.DeepEquals(to, JsonPatchApplier.Apply(from, patch)));
        }
    }

    private static List<JsonObject> ControllerPods(string file) =>
        YamlDocuments.Read(Kit.ReadText(file)).SelectMany(ControllerPod.FromDocument).ToList();
}
