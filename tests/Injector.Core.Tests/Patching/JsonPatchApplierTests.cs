using System.Text.Json.Nodes;

using Injector.Core.Patching;

namespace Injector.Core.Tests.Patching;

public class JsonPatchApplierTests
{
    [Theory]
    [InlineData("""{"a":1}""", """[{"op":"add","path":"/b","value":[1]}]""", """{"a":1,"b":[1]}""")]
    [InlineData("""{"a":[1,3]}""", """[{"op":"add","path":"/a/1","value":2}]""", """{"a":[1,2,3]}""")]
    [InlineData("""{"a":[1]}""", """[{"op":"add","path":"/a/-","value":2}]""", """{"a":[1,2]}""")]
    [InlineData("""{"a":1,"b":2}""", """[{"op":"remove","path":"/a"}]""", """{"b":2}""")]
    [InlineData("""{"a":{"x/y":1}}""", """[{"op":"replace","path":"/a/x~1y","value":2}]""", """{"a":{"x/y":2}}""")]
    [InlineData("""{"a":{"b":1},"c":{}}""", """[{"op":"move","from":"/a/b","path":"/c/d"}]""", """{"a":{},"c":{"d":1}}""")]
    [InlineData("""{"a":[1,2]}""", """[{"op":"copy","from":"/a/0","path":"/a/-"}]""", """{"a":[1,2,1]}""")]
    [InlineData("""{"a":"~"}""", """[{"op":"test","path":"/a","value":"~"},{"op":"replace","path":"","value":[]}]""", "[]")]
    public void Apply_Operation_ProducesDocument(string document, string patch, string expected)
    {
        var result = JsonPatchApplier.Apply(JsonNode.Parse(document), JsonNode.Parse(patch)!.AsArray());

        Assert.True(JsonEquality.DeepEquals(JsonNode.Parse(expected), result), result?.ToJsonString());
    }

    [Theory]
    [InlineData("""[{"op":"remove","path":"/missing"}]""")]
    [InlineData("""[{"op":"replace","path":"/missing","value":1}]""")]
    [InlineData("""[{"op":"add","path":"/a/5","value":1}]""")]
    [InlineData("""[{"op":"add","path":"/a/01","value":1}]""")]
    [InlineData("""[{"op":"test","path":"/a","value":[2]}]""")]
    [InlineData("""[{"op":"frobnicate","path":"/a"}]""")]
    [InlineData("""[{"op":"add","path":"/x/y","value":1}]""")]
    public void Apply_InvalidOperation_Throws(string patch)
    {
        Assert.Throws<JsonPatchException>(() => JsonPatchApplier.Apply(JsonNode.Parse("""{"a":[1]}"""), JsonNode.Parse(patch)!.AsArray()));
    }

    [Fact]
    public void Apply_DoesNotModifyTheInput()
    {
        var document = JsonNode.Parse("""{"a":[1]}""");

        _ = JsonPatchApplier.Apply(document, JsonNode.Parse("""[{"op":"add","path":"/a/-","value":2}]""")!.AsArray());

        Assert.Equal("""{"a":[1]}""", document!.ToJsonString());
    }
}
