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

    [Fact]
    public void Parse_MergeKey_CopiesTheAliasedMappingAndLaterKeysWin()
    {
        JsonNode? node = YamlJsonConverter.Parse("base: &b {app: web, tier: back}\nlabels:\n  <<: *b\n  tier: front\n");

        Assert.Equal("""{"app":"web","tier":"front"}""", node!["labels"]!.ToJsonString());
    }

    [Fact]
    public void Parse_MergeKeyWithSeveralMappings_FirstMappingWins()
    {
        JsonNode? node = YamlJsonConverter.Parse("a: &a {k: 1}\nb: &b {k: 2, m: 3}\nc:\n  <<: [*a, *b]\n");

        Assert.Equal("""{"k":1,"m":3}""", node!["c"]!.ToJsonString());
    }

    [Fact]
    public void Parse_MergeKeyInSequenceItem_MergesThatItem()
    {
        JsonNode? node = YamlJsonConverter.Parse("c:\n- &first {name: web, image: nginx}\n- <<: *first\n  name: side\n");

        Assert.Equal("""[{"name":"web","image":"nginx"},{"name":"side","image":"nginx"}]""", node!["c"]!.ToJsonString());
    }

    [Fact]
    public void Parse_QuotedMergeKey_IsAnOrdinaryKey()
    {
        JsonNode? node = YamlJsonConverter.Parse("\"<<\": {a: 1}\n");

        Assert.Equal(1, node!["<<"]!["a"]!.GetValue<int>());
    }

    [Fact]
    public void Parse_MergeOfAScalar_IsRejected()
    {
        Assert.Throws<YamlDotNet.Core.YamlException>(() => YamlJsonConverter.Parse("a: &s text\nb:\n  <<: *s\n"));
    }

    [Theory]
    [InlineData("on", "true")]
    [InlineData("No", "false")]
    [InlineData("0x1F", "31")]
    [InlineData("0644", "420")]
    [InlineData("8080", "8080")]
    [InlineData("'on'", "on")]
    [InlineData("1.5", "1.5")]
    [InlineData("app", "app")]
    public void Parse_PlainKeys_ArePrintedAsKubernetesPrintsThem(string key, string expected)
    {
        JsonObject node = YamlJsonConverter.Parse($"{key}: v\n")!.AsObject();

        Assert.Equal(expected, Assert.Single(node).Key);
    }

    [Theory]
    [InlineData("data:\n  a: |\n    \n    x: 1\n", "\nx: 1\n")]
    [InlineData("data:\n  a: |-\n      \n  \n    x\n    y\n", "\n\nx\ny")]
    [InlineData("data:\r\n  a: |\r\n    \r\n    x\r\n", "\nx\n")]
    [InlineData("data:\n  a: |\n    \n    x\n  b: |\n      \n    y\n", "\nx\n")]
    public void Parse_LiteralBlockWhoseFirstLineIsOnlySpaces_ReadsAsLibyamlReadsIt(string yaml, string expected)
    {
        JsonNode? node = YamlJsonConverter.Parse(yaml);

        Assert.Equal(expected, node!["data"]!["a"]!.GetValue<string>());
    }

    [Fact]
    public void Parse_BlankFirstLineInTwoBlocks_RepairsBoth()
    {
        JsonNode? node = YamlJsonConverter.Parse("a: |\n    \n  x\nb: |\n    \n  y\n");

        Assert.Equal("\ny\n", node!["b"]!.GetValue<string>());
    }
}
