using Injector.Core.Patching;
using Injector.Tests.Support;

namespace Injector.Core.Tests.Patching;

public class JsonPatchDiffGoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in ConformanceKit.Cases.Where(c => c.Expected is not null))
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ApplyDiff_ConformanceInputToGolden_YieldsGolden(string name)
    {
        var c = ConformanceKit.Cases.Single(c => c.Name == name);
        var inputs = YamlJson.ReadDocuments(ConformanceKit.Read(c.Input)).Where(d => d is not null).ToList();
        var outputs = YamlJson.ReadDocuments(ConformanceKit.Read(c.Expected!)).Where(d => d is not null).ToList();
        Assert.Equal(inputs.Count, outputs.Count);

        for (var i = 0; i < inputs.Count; i++)
        {
            var patch = JsonPatchDiff.Create(inputs[i], outputs[i]);

            Assert.True(JsonEquality.DeepEquals(outputs[i], JsonPatchApplier.Apply(inputs[i], patch)), $"document {i}: {patch.ToJsonString()}");
        }
    }
}
