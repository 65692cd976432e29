using System.Text.Json.Nodes;

using Injector.Core.Templating;
using Injector.Core.Templating.Functions.Encoding;

namespace Injector.Core.Tests.Templating.Functions.Encoding;

public sealed class GoJsonWriterTests
{
    [Fact]
    public void Serialize_Map_SortsKeysAndEscapesHtml()
    {
        var value = new Dictionary<string, object?> { ["b"] = "<a&b>", ["a"] = null, ["c"] = new List<object?> { true, 1, "\u2028" } };

        Assert.Equal("{\"a\":null,\"b\":\"\\u003ca\\u0026b\\u003e\",\"c\":[true,1,\"\\u2028\"]}", GoJsonWriter.Serialize(value));
    }

    [Theory]
    [InlineData(1000000.0, "1000000")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(0.0000001, "1e-7")]
    [InlineData(1.5, "1.5")]
    [InlineData(-2.5e-10, "-2.5e-10")]
    [InlineData(123456789.125, "123456789.125")]
    public void Serialize_Float64_UsesGoLayout(double value, string expected)
    {
        Assert.Equal(expected, GoJsonWriter.Serialize(value));
    }

    [Fact]
    public void Serialize_Indented_MatchesMarshalIndent()
    {
        var value = new Dictionary<string, object?> { ["a"] = new List<object?> { 1.0 }, ["b"] = new Dictionary<string, object?>() };

        Assert.Equal("{\n  \"a\": [\n    1\n  ],\n  \"b\": {}\n}", GoJsonWriter.Serialize(value, escapeHtml: true, indent: "  "));
    }

    [Fact]
    public void Serialize_JsonMarshaler_KeepsItsPropertyOrder()
    {
        var value = new Marshaler(new JsonObject { ["z"] = 1, ["a"] = "<" });

        Assert.Equal("{\"z\":1,\"a\":\"\\u003c\"}", GoJsonWriter.Serialize(value));
        Assert.Equal("{\"z\":1,\"a\":\"<\"}", GoJsonWriter.Serialize(value, escapeHtml: false, indent: null));
    }

    [Fact]
    public void Serialize_NaN_IsAnError()
    {
        var e = Assert.Throws<TemplateFunctionException>(() => GoJsonWriter.Serialize(double.NaN));

        Assert.Equal("json: unsupported value: NaN", e.Message);
    }

    private sealed class Marshaler(JsonNode node) : IJsonMarshaler
    {
        public JsonNode? ToJsonNode() => node.DeepClone();
    }
}
