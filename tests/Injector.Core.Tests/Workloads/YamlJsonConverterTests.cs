using System.Text.Json.Nodes;

using Injector.Core.Workloads;

namespace Injector.Core.Tests.Workloads;

public sealed class YamlJsonConverterTests
{
    [Theory]
    [InlineData("15020")]
    [InlineData("true")]
    [InlineData("yes")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("0644")]
    [InlineData("1e3")]
    [InlineData(".inf")]
    [InlineData("- dash")]
    [InlineData("a: b")]
    [InlineData("line\nbreak")]
    [InlineData("trailing newline\n")]
    [InlineData("  leading spaces")]
    [InlineData("# not a comment")]
    public void Serialize_Strings_ReadBackAsTheSameStrings(string text)
    {
        var node = new JsonObject { ["value"] = text, [text] = "key" };

        JsonNode? back = YamlJsonConverter.Parse(YamlJsonConverter.Serialize(node));

        Assert.Equal(text, back!["value"]!.GetValue<string>());
        Assert.Equal("key", back[text]!.GetValue<string>());
    }

    [Fact]
    public void Serialize_MultiLineString_UsesLiteralBlockKeepingTheFinalNewline()
    {
        var node = new JsonObject { ["PROXY_CONFIG"] = "{\n  \"a\": 1\n}\n", ["PORTS"] = "[\n]" };

        string yaml = YamlJsonConverter.Serialize(node);

        Assert.Contains("PROXY_CONFIG: |\n", yaml, StringComparison.Ordinal);
        Assert.Contains("PORTS: |-\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_KeepsKeyOrderTypesAndEmptyCollections()
    {
        JsonNode node = JsonNode.Parse("""{"z":1,"a":[true,false,null,1.5,"x"],"emptyDir":{},"containers":[]}""")!;

        string yaml = YamlJsonConverter.Serialize(node);

        Assert.Equal(node.ToJsonString(), YamlJsonConverter.Parse(yaml)!.ToJsonString());
        Assert.StartsWith("z: 1\n", yaml, StringComparison.Ordinal);
        Assert.Contains("emptyDir: {}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("containers: []\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralDocuments_IsRejected()
    {
        Assert.Throws<InvalidDataException>(() => YamlJsonConverter.Parse("a: 1\n---\nb: 2\n"));
    }
}
