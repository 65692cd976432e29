using Injector.Core.Patching;
using Injector.Testing;
using Injector.Testing.Conformance;

namespace Injector.Core.Tests.Patching;

public class JsonPatchDiffGoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in ConformanceKit.Instance.Cases.Where(c => c.Expected is not null))
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ApplyDiff_ConformanceInputToGolden_YieldsGolden(string name)
    {
        var kit = ConformanceKit.Instance;
        var c = kit.Cases.Single(c => c.Name == name);
        var inputs = YamlDocuments.Read(kit.ReadText(c.Input));
        var outputs = YamlDocuments.Read(kit.ReadText(c.Expected!));
        Assert.Equal(inputs.Count, outputs.Count);

        for (var i = 0; i < inputs.Count; i++)
        {
            var patch = JsonPatchDiff.Create(inputs[i], outputs[i]);

            Assert.True(JsonEquality.DeepEquals(outputs[i], JsonPatchApplier.Apply(inputs[i], patch)), $"document {i}: {patch.ToJsonString()}");
        }
    }
}
