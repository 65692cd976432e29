using System.Text.Json.Nodes;

using Injector.Core.Templating;
using Injector.Core.Templating.Functions;

using static Injector.Core.Tests.Templating.Functions.FunctionCalls;

namespace Injector.Core.Tests.Templating.Functions.Istio;

public sealed class IstioFunctionTests
{
    private static FakeObject Meta(Dictionary<string, string> annotations) =>
        new("v1.ObjectMeta", new() { ["Annotations"] = annotations });

    private static FakeObject Container(string name, string image = "", params (int Port, string Protocol)[] ports) =>
        new("v1.Container", new()
        {
            ["Name"] = name,
            ["Image"] = image,
            ["Ports"] = ports.Select(p => (object?)new FakeObject("v1.ContainerPort", new() { ["ContainerPort"] = p.Port, ["Protocol"] = p.Protocol })).ToList(),
        });

    [Fact]
    public void Annotation_PresentKeyWinsEvenWhenEmpty_ElseDefaultIsPrinted()
    {
        var meta = Meta(new() { ["a"] = "" });

        Assert.Equal("", Call("annotation", meta, "a", "x"));
        Assert.Equal("15020", Call("annotation", meta, "b", 15020.0));
        Assert.Equal("true", Call("annotation", meta, "b", true));
    }

    [Fact]
    public void IssetAndValueOrDefault_FollowIstio()
    {
        var map = new Dictionary<string, string> { ["k"] = "" };
        Assert.Equal(true, Call("isset", map, "k"));
        Assert.Equal(false, Call("isset", map, "x"));
        Assert.Equal(false, Call("isset", null, "x"));
        Assert.Equal("d", Call("valueOrDefault", "", "d"));
        Assert.Equal("d", Call("valueOrDefault", null, "d"));
        Assert.Equal(0.0, Call("valueOrDefault", 0.0, "d"));
        Assert.Equal(false, Call("valueOrDefault", false, "d"));
    }

    [Fact]
    public void Indent_LeavesTheFirstLineAlone_AndContainsTakesTheNeedleFirst()
    {
        Assert.Equal("a\n  b\n  c", Call("indent", 2, "a\nb\nc"));
        Assert.Equal(true, Call("contains", "b", "abc"));
        Assert.Equal(false, Call("contains", "abc", "b"));
        Assert.Equal("abc", Call("toLower", "ABC"));
        Assert.Equal("/etc/istio/", Call("directory", "/etc/istio/cert.pem"));
        Assert.Equal("", Call("directory", "cert.pem"));
    }

    [Theory]
    [InlineData(15020, "", "15020")]
    [InlineData(15020, "15020", "15020")]
    [InlineData(15020, "1, 2,,", "1,2,15020")]
    [InlineData(0, "1", "1")]
    [InlineData("", "1", "1")]
    public void ExcludeInboundPort_AppendsOnce(object port, string excluded, string expected)
    {
        Assert.Equal(expected, Call("excludeInboundPort", port, excluded));
    }

    [Fact]
    public void InboundPorts_ListTcpPortsOfContainers()
    {
        var containers = new List<object?>
        {
            Container("app", "", (80, "TCP"), (53, "UDP"), (81, "")),
            Container("istio-proxy", "", (15090, "TCP")),
        };

        Assert.Equal("80,81,15090", Call("includeInboundPorts", containers));
        Assert.Equal("80,81", Call("applicationPorts", containers));
        Assert.Equal("", Call("includeInboundPorts", (object?)null));
    }

    [Fact]
    public void StringMaps_StrdictOmitMergeAndJson()
    {
        var d = (IReadOnlyDictionary<string, string>)Call("strdict", "b", "1", "a", "2", "c")!;
        Assert.Equal("", d["c"]);
        var omitted = (IReadOnlyDictionary<string, string>)Call("omit", d, "c")!;
        Assert.Equal(2, omitted.Count);
        Assert.Equal("{\"a\":\"2\",\"b\":\"x\",\"c\":\"\"}", Call("toJsonMap", d, new Dictionary<string, string> { ["b"] = "x" }));
        Assert.Equal("null", Call("toJsonMap"));
        Assert.Equal("{}", Call("toJSON", (object?)null));
        Assert.Equal("{\"k\":\"\\u003c\"}", Call("toJSON", new Dictionary<string, string> { ["k"] = "<" }));
    }

    [Fact]
    public void FromJson_ReturnsTheTextBracesOnError()
    {
        Assert.Equal("{}", Call("fromJSON", "not json"));
        var list = (IReadOnlyList<object?>)Call("fromJSON", "[{\"name\":\"v\"}]")!;
        Assert.Equal("v", ((IReadOnlyDictionary<string, object?>)list[0]!)["name"]);
    }

    [Fact]
    public void StructAndProtoToJson_UseTheValuesJsonOrBraces()
    {
        var port = new Marshaler(new JsonObject { ["name"] = "http", ["containerPort"] = 80, ["protocol"] = "TCP" });
        Assert.Equal("{\"name\":\"http\",\"containerPort\":80,\"protocol\":\"TCP\"}", Call("structToJSON", port));
        Assert.Equal("{}", Call("structToJSON", (object?)null));
        Assert.Equal("{\"drainDuration\":\"23s\"}", Call("protoToJSON", new Marshaler(new JsonObject { ["drainDuration"] = "23s" })));
        Assert.Equal("{}", Call("protoToJSON", new Marshaler(new JsonObject())));
        Assert.Equal("{}", Call("protoToJSON", (object?)null));
    }

    [Fact]
    public void ToYaml_WritesSigsYaml_AndEmptyOnError()
    {
        var value = new Dictionary<string, object?> { ["limits"] = new Dictionary<string, object?> { ["cpu"] = "2", ["memory"] = "1Gi" } };
        Assert.Equal("limits:\n  cpu: \"2\"\n  memory: 1Gi\n", Call("toYaml", value));
        Assert.Equal("", Call("toYaml", double.NaN));
    }

    [Fact]
    public void OmitNil_DropsNilsAndCollapsesMapsEmptiedByIt()
    {
        var empty = new Dictionary<string, object?>();
        var value = new Dictionary<string, object?>
        {
            ["a"] = null,
            ["b"] = new Dictionary<string, object?> { ["x"] = null },
            ["c"] = empty,
            ["d"] = new List<object?> { null, 1, null },
            ["e"] = "v",
        };

        var result = (IReadOnlyDictionary<string, object?>)Call("omitNil", value)!;

        Assert.Equal(["c", "d", "e"], result.Keys.Order());
        Assert.Same(empty, result["c"]);
        Assert.Equal([1], (IReadOnlyList<object?>)result["d"]!);
        Assert.Null(Call("omitNil", new List<object?> { null }));
        Assert.Same(empty, Call("omitNil", empty));
    }

    [Theory]
    [InlineData("", "istio-cni", "istio-cni")]
    [InlineData("a, istio-cni", "istio-cni", "a, istio-cni")]
    [InlineData("a", "istio-cni", "a, istio-cni")]
    [InlineData("[{\"name\": \"a\"}]", "istio-cni", "[{\"name\": \"a\"}, {\"name\": \"istio-cni\"}]")]
    [InlineData("[{\"name\": \"a\"}]", "ns/istio-cni", "[{\"name\": \"a\"}, {\"name\": \"istio-cni\", \"namespace\": \"ns\"}]")]
    [InlineData("[{\"name\": \"istio-cni\"}]", "istio-cni", "[{\"name\": \"istio-cni\"}]")]
    [InlineData("[broken]", "istio-cni", "[broken]")]
    public void AppendMultusNetwork_AddsTheNetworkOnce(string existing, string network, string expected)
    {
        Assert.Equal(expected, Call("appendMultusNetwork", existing, network));
    }

    [Fact]
    public void FormatDuration_PrintsGoDurations()
    {
        Assert.Equal("1m30s", Call("formatDuration", new FakeObject("*durationpb.Duration", new() { ["Seconds"] = 90L, ["Nanos"] = 0 })));
        Assert.Equal("1.5s", Call("formatDuration", new FakeObject("*durationpb.Duration", new() { ["Seconds"] = 1L, ["Nanos"] = 500_000_000 })));
        Assert.Equal("0s", Call("formatDuration", (object?)null));
    }

    [Fact]
    public void Env_ReturnsTheDefaultUnlessALookupIsGiven()
    {
        Assert.Equal("d", Call("env", "PATH", "d"));
        var map = FunctionLibrary.CreateInjection(key => key == "X" ? "set" : null);
        Assert.True(map.TryGet("env", out var env));
        Assert.Equal("set", env(["X", "d"]));
        Assert.Equal("d", env(["Y", "d"]));
    }

    [Fact]
    public void OtelResourceAttributes_BuildsAttributesWhenSemanticConventionsAreOn()
    {
        var mesh = Mesh("OTEL_SEMANTIC_CONVENTIONS");
        var containers = new List<object?> { Container("app", "reg:5000/app:1.2@sha256:abc") };
        var labels = new Dictionary<string, string>();

        Assert.Equal(
            "service.namespace=ns,service.version=1.2@sha256:abc,service.instance.id=ns.$(POD_NAME).app",
            Call("otelResourceAttributes", mesh, new Dictionary<string, string>(), labels, "ns", containers));
        Assert.Equal(
            "service.namespace=custom,service.version=v9,service.instance.id=id",
            Call("otelResourceAttributes", mesh, new Dictionary<string, string>
            {
                ["resource.opentelemetry.io/service.namespace"] = "custom",
                ["resource.opentelemetry.io/service.instance.id"] = "id",
            }, new Dictionary<string, string> { ["app.kubernetes.io/version"] = "v9" }, "ns", containers));
        Assert.Equal("", Call("otelResourceAttributes", Mesh("NONE"), null, null, "ns", containers));
    }

    [Fact]
    public void InjectionLibrary_DefinesEveryFunctionTheConformanceTemplatesCall()
    {
        string[] used =
        [
            "quote", "nindent", "annotation", "index", "default", "eq", "isset", "toJsonMap", "strdict", "valueOrDefault",
            "toYaml", "not", "omit", "or", "printf", "and", "indent", "ne", "contains", "omitNil", "structToJSON", "ge",
            "protoToJSON", "fromJSON", "list", "append", "len", "excludeInboundPort", "join", "toLower", "trunc", "trimAll",
            "appendMultusNetwork", "otelResourceAttributes", "directory",
        ];
        string[] builtins = ["index", "eq", "not", "or", "printf", "and", "ne", "ge", "len"];
        var map = FunctionLibrary.CreateInjection();

        Assert.All(used.Except(builtins), name => Assert.True(map.TryGet(name, out _), name));
    }

    [Fact]
    public void Library_HandsOutIndependentMaps()
    {
        var first = FunctionLibrary.CreateInjection();
        first.Set("extra", static _ => null);

        Assert.False(FunctionLibrary.CreateInjection().TryGet("extra", out _));
        Assert.False(FunctionLibrary.CreateSprig().TryGet("now", out _));
        Assert.False(FunctionLibrary.CreateSprig().TryGet("env", out _));
    }

    private static FakeObject Mesh(string enrichment)
    {
        var otel = new FakeObject("*v1alpha1.MeshConfig_ExtensionProvider_OpenTelemetryTracingProvider", new()
        {
            ["ServiceAttributeEnrichment"] = new EnumName(enrichment),
        });
        var provider = new FakeObject("*v1alpha1.MeshConfig_ExtensionProvider", new() { ["Name"] = "otel", ["GetOpentelemetry"] = otel });
        return new FakeObject("*v1alpha1.MeshConfig", new() { ["ExtensionProviders"] = new List<object?> { provider } });
    }

    private sealed class EnumName(string name) : IGoStringer
    {
        public string GoString() => name;
    }

    private sealed class Marshaler(JsonNode node) : IJsonMarshaler
    {
        public JsonNode? ToJsonNode() => node.DeepClone();
    }
}
