using System.Text.Json.Nodes;

using Injector.Core.Patching;

namespace Injector.Core.Tests.Patching;

public class JsonPatchDiffPropertyTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 300; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ApplyDiff_PerturbedPod_YieldsTarget(int seed)
    {
        var random = new Random(seed);
        var from = RandomPods.Pod(random);
        var to = from.DeepClone();
        var edits = random.Next(1, 12);
        for (var i = 0; i < edits; i++)
        {
            RandomPods.Perturb(to, random);
        }

        AssertRoundTrip(from, to, edits);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ApplyDiff_UnrelatedPods_YieldsTarget(int seed)
    {
        var random = new Random(seed);

        AssertRoundTrip(RandomPods.Pod(random), RandomPods.Pod(random), edits: null);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CreateUtf8_PerturbedPod_WritesTheSerializedPatch(int seed)
    {
        var random = new Random(seed);
        var from = RandomPods.Pod(random);
        var to = from.DeepClone();
        for (var i = random.Next(1, 12); i > 0; i--)
        {
            RandomPods.Perturb(to, random);
        }

        to["metadata"] = new JsonObject { ["annotations"] = new JsonObject { ["a<b>&'+"] = "caf\u00e9 \"q\" \u2028", ["n"] = null } };
        var expected = System.Text.Json.JsonSerializer.Serialize(JsonPatchDiff.Create(from, to));

        var written = System.Text.Encoding.UTF8.GetString(JsonPatchDiff.CreateUtf8(from, to));

        Assert.Equal(expected, written);
        Assert.True(JsonNode.DeepEquals(RandomPods.Pod(new Random(seed)), from), "the source document was modified");
    }

    [Fact]
    public void ApplyDiff_TwoThousandEnvVarsWithScatteredEdits_YieldsTargetWithFewOperations()
    {
        var random = new Random(42);
        var env = new JsonArray();
        for (var i = 0; i < 2000; i++)
        {
            env.Add(new JsonObject { ["name"] = $"VAR_{i}", ["value"] = random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var from = new JsonObject { ["spec"] = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = "app", ["env"] = env }) } };
        var to = from.DeepClone();
        var toEnv = to["spec"]!["containers"]![0]!["env"]!.AsArray();
        toEnv.RemoveAt(1500);
        toEnv.Insert(700, new JsonObject { ["name"] = "INSERTED", ["value"] = "1" });
        toEnv[100]!["value"] = "changed";
        toEnv.Add(new JsonObject { ["name"] = "ISTIO_META", ["value"] = "2" });

        var patch = JsonPatchDiff.Create(from, to);

        Assert.True(patch.Count <= 6, patch.ToJsonString());
        Assert.True(JsonEquality.DeepEquals(to, JsonPatchApplier.Apply(from, patch)));
    }

    private static void AssertRoundTrip(JsonNode from, JsonNode to, int? edits)
    {
        var original = from.DeepClone();
        var patch = JsonPatchDiff.Create(from, to);

        var patched = JsonPatchApplier.Apply(from, patch);

        Assert.True(JsonEquality.DeepEquals(to, patched), $"from {from.ToJsonString()}\nto {to.ToJsonString()}\npatch {patch.ToJsonString()}\ngot {patched?.ToJsonString()}");
        Assert.True(JsonEquality.DeepEquals(original, from), "the diff modified its input");
        // Each random edit may cost one operation's envelope more than rewriting the pod, never more.
        Assert.True(edits is null || PatchSizeOf(patch) <= PatchSizeOf(new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = string.Empty, ["value"] = to.DeepClone() })) + (64 * edits));
    }

    private static int PatchSizeOf(JsonArray patch) => patch.ToJsonString().Length;
}
