using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection.TemplateData;
using Injector.Core.Templating;

using Injector.Testing;
using Injector.Testing.Conformance;

namespace Injector.Core.Tests.Injection.TemplateData;

public class ProxyConfigJsonTests
{
    private static string ProtoJson(string mesh, string? annotation = null)
    {
        InjectionSettings settings = InjectionSettings.Load(new InjectionSettingsSource { Config = string.Empty, MeshConfig = ConformanceKit.Instance.ReadText(mesh) });
        var proxyConfig = (JsonObject)settings.MeshConfig["defaultConfig"]!.DeepClone();
        if (annotation is not null)
        {
            proxyConfig = ProxyConfigMerge.Apply(proxyConfig, ProxyConfigMerge.Parse(annotation));
        }

        var data = new SidecarTemplateData(null, null, new Injector.Core.Injection.WorkloadIdentity("w", "ns", "Deployment", "apps/v1"), proxyConfig, settings.MeshConfig, settings.Values);
        Assert.True(data.TryGetMember("ProxyConfig", out object? view));
        return ((IJsonMarshaler)view!).ToJsonNode()!.ToJsonString();
    }

    [Theory]
    [InlineData("mesh/default.yaml", "{}")]
    [InlineData("mesh/drain-duration-23s.yaml", """{"drainDuration":"23s"}""")]
    [InlineData("mesh/tproxy.yaml", """{"interceptionMode":"TPROXY"}""")]
    [InlineData("mesh/tracing-empty.yaml", """{"tracing":{}}""")]
    public void ToJsonNode_MeshDefaultConfig_MatchesIstiosProxyConfigEnv(string mesh, string expected)
    {
        Assert.Equal(expected, ProtoJson(mesh));
    }

    [Fact]
    public void ToJsonNode_AnnotationOverMesh_WritesFieldsInDeclarationOrder()
    {
        const string annotation = """
            discoveryAddress: foo:123
            concurrency: 0
            proxyMetadata:
              FOO: bar
              ISTIO_META_TLS_CLIENT_KEY: /etc/identity2/client/keys/client-key.pem
            """;

        string json = ProtoJson("mesh/proxy-metadata-tls-client-key.yaml", annotation);

        Assert.Equal(
            """{"discoveryAddress":"foo:123","concurrency":0,"proxyMetadata":{"FOO":"bar","ISTIO_META_TLS_CLIENT_KEY":"/etc/identity2/client/keys/client-key.pem"}}""",
            json);
    }

    [Theory]
    [InlineData("holdApplicationUntilProxyStarts: true", """{"holdApplicationUntilProxyStarts":true}""")]
    [InlineData("{ \"holdApplicationUntilProxyStarts\": false }", """{"holdApplicationUntilProxyStarts":false}""")]
    [InlineData("drain_duration: 45s", "{}")]
    [InlineData("statusPort: 15021\ninterceptionMode: REDIRECT", """{"statusPort":15021}""")]
    public void ToJsonNode_Annotation_DropsGoDefaultsAndProto3Zeros(string annotation, string expected)
    {
        Assert.Equal(expected, ProtoJson("mesh/default.yaml", annotation));
    }
}
