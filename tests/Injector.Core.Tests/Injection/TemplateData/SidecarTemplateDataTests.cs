using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection;
using Injector.Core.Injection.TemplateData;
using Injector.Core.Templating;

namespace Injector.Core.Tests.Injection.TemplateData;

public class SidecarTemplateDataTests
{
    private static readonly InjectionSettings s_settings = InjectionSettings.Load(new InjectionSettingsSource { Config = string.Empty });

    private static SidecarTemplateData Data(string metadata = "{}", string spec = "{}", string proxyConfig = "{}") => new(
        (JsonObject)JsonNode.Parse(metadata)!,
        (JsonObject)JsonNode.Parse(spec)!,
        new WorkloadIdentity("hello", "default", "Deployment", "apps/v1"),
        (JsonObject)JsonNode.Parse(proxyConfig)!,
        s_settings.MeshConfig,
        s_settings.Values);

    private static object? Get(object? target, params string[] path)
    {
        foreach (string name in path)
        {
            var obj = Assert.IsAssignableFrom<ITemplateObject>(target);
            Assert.True(obj.TryGetMember(name, out target), name);
        }

        return target;
    }

    [Fact]
    public void TypeMeta_ApiVersion_ResolvesToApiVersion()
    {
        Assert.Equal("apps/v1", Get(Data(), "TypeMeta", "APIVersion"));
        Assert.Equal("hello", Get(Data(), "DeploymentMeta", "Name"));
    }

    [Fact]
    public void ObjectMeta_AbsentMaps_AreEmptyStringMaps()
    {
        var labels = Assert.IsAssignableFrom<IReadOnlyDictionary<string, string>>(Get(Data(), "ObjectMeta", "Labels"));
        Assert.Empty(labels);
    }

    [Fact]
    public void Container_AbsentName_IsEmptyString()
    {
        var containers = Assert.IsAssignableFrom<IReadOnlyList<object?>>(Get(Data(spec: """{"containers": [{"image": "x"}]}"""), "Spec", "Containers"));

        Assert.Equal(string.Empty, Get(containers[0], "Name"));
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<object?>>(Get(containers[0], "Ports")));
    }

    [Fact]
    public void Spec_AcronymFields_ResolveToKubernetesJsonNames()
    {
        SidecarTemplateData data = Data(spec: """{"hostNetwork": true, "dnsPolicy": "None", "serviceAccountName": "sa", "priority": 7}""");

        Assert.Equal(true, Get(data, "Spec", "HostNetwork"));
        Assert.Equal("None", Get(data, "Spec", "DNSPolicy"));
        Assert.Equal("sa", Get(data, "Spec", "ServiceAccountName"));
        Assert.Equal(7L, Get(data, "Spec", "Priority"));
        Assert.Equal(false, Get(data, "Spec", "HostPID"));
    }

    [Fact]
    public void ContainerPort_MarshalsInGoFieldOrder()
    {
        SidecarTemplateData data = Data(spec: """{"containers": [{"ports": [{"protocol": "TCP", "containerPort": 80, "hostIP": "1.2.3.4", "name": "http"}, {"containerPort": 81}]}]}""");
        var containers = (IReadOnlyList<object?>)Get(data, "Spec", "Containers")!;
        var ports = (IReadOnlyList<object?>)Get(containers[0], "Ports")!;

        Assert.Equal("""{"name":"http","containerPort":80,"protocol":"TCP","hostIP":"1.2.3.4"}""", ((IJsonMarshaler)ports[0]!).ToJsonNode()!.ToJsonString());
        Assert.Equal("""{"containerPort":81}""", ((IJsonMarshaler)ports[1]!).ToJsonNode()!.ToJsonString());
    }

    [Fact]
    public void ProxyConfig_AbsentWrapper_IsNilWithFalseValue()
    {
        object? wrapper = Get(Data(), "ProxyConfig", "HoldApplicationUntilProxyStarts");

        Assert.True(Assert.IsAssignableFrom<ITemplateObject>(wrapper).IsNil);
        Assert.Equal(false, Get(wrapper, "GetValue"));
        Assert.Equal(true, Get(Data(proxyConfig: """{"holdApplicationUntilProxyStarts": true}"""), "ProxyConfig", "HoldApplicationUntilProxyStarts", "GetValue"));
    }

    [Fact]
    public void ProxyConfig_Enum_PrintsItsNameAndDefaultsToZeroValue()
    {
        object? mode = Get(Data(), "ProxyConfig", "InterceptionMode");

        Assert.Equal("REDIRECT", Assert.IsAssignableFrom<IGoStringer>(mode).GoString());
        Assert.Equal("TPROXY", Get(Data(proxyConfig: """{"interceptionMode": "TPROXY"}"""), "ProxyConfig", "InterceptionMode", "String"));
    }

    [Fact]
    public void ProxyConfig_NilMessageGetters_AreNilSafe()
    {
        object? tls = Get(Data(), "ProxyConfig", "GetTracing", "GetTlsSettings");

        Assert.True(Assert.IsAssignableFrom<ITemplateObject>(tls).IsNil);
        Assert.Equal(string.Empty, Get(tls, "GetCaCertificates"));
    }

    [Fact]
    public void ProxyConfig_ProxyMetadata_IsStringMap()
    {
        var metadata = Assert.IsAssignableFrom<IReadOnlyDictionary<string, string>>(Get(Data(proxyConfig: """{"proxyMetadata": {"A": "1"}}"""), "ProxyConfig", "ProxyMetadata"));

        Assert.Equal("1", metadata["A"]);
    }

    [Fact]
    public void MeshConfig_Ports_AreGoInts()
    {
        Assert.Equal(15001, Get(Data(), "MeshConfig", "ProxyListenPort"));
        Assert.Equal("cluster.local", Get(Data(), "MeshConfig", "TrustDomain"));
    }

    [Fact]
    public void Root_ScalarFields_HaveIstioNames()
    {
        SidecarTemplateData data = Data();

        Assert.Equal(1337L, Get(data, "ProxyUID"));
        Assert.Equal("passthrough", Get(data, "InboundTrafficPolicyMode"));
        Assert.False(data.TryGetMember("NoSuchField", out _));
    }
}
