using System.Text.Json.Nodes;

using Injector.Core.Patching;
using Injector.Tests.Support;
using Injector.Webhook.Tests.TestSupport;

namespace Injector.Webhook.Tests.Conformance;

/// <summary>Our patches mean the same to kubectl (the API server's patch library) as to our applier.</summary>
public class KubectlPatchTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in ConformanceKit.Cases.Where(c => c.Expected is not null && !c.SkipWebhook).Take(40))
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DiffOfControllerPodToGoldenPod_AppliedByKubectl_YieldsGoldenPod(string name)
    {
        var c = ConformanceKit.Cases.Single(c => c.Name == name);
        var inputs = ControllerPods.InjectableDocuments(YamlJson.ReadDocuments(ConformanceKit.Read(c.Input)));
        var outputs = ControllerPods.InjectableDocuments(YamlJson.ReadDocuments(ConformanceKit.Read(c.Expected!)));

        for (var i = 0; i < inputs.Count; i++)
        {
            var from = ControllerPods.ToPod(inputs[i]);
            var to = ControllerPods.ToPod(outputs[i]);
            var patch = JsonPatchDiff.Create(from, to);

            var byKubectl = await Kubectl.PatchAsync(from, patch.ToJsonString());

            Assert.True(WebhookPodComparer.Equal(byKubectl, to, out var actual, out var expected), $"kubectl {actual}\nexpected {expected}");
            Assert.True(JsonEquality.DeepEquals(to, JsonPatchApplier.Apply(from, patch)));
        }
    }
}
