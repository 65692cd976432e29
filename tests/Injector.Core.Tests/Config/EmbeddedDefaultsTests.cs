using System.Text.Json.Nodes;
using Injector.Core.Config;
using Injector.Testing;

namespace Injector.Core.Tests.Config;

public sealed class EmbeddedDefaultsTests
{
    [Theory]
    [InlineData(EmbeddedDefaults.ConfigResource, "config.yaml")]
    [InlineData(EmbeddedDefaults.ValuesResource, "values.json")]
    [InlineData(EmbeddedDefaults.MeshConfigResource, "mesh.yaml")]
    public void Resource_MatchesTheFileInInjectionTemplates(string resource, string file)
    {
        var onDisk = File.ReadAllText(RepositoryPaths.Combine("injection-templates", file));

        Assert.Equal(onDisk, EmbeddedDefaults.Read(resource));
    }

    [Fact]
    public void Config_EnablesInjectionWithTheSidecarTemplateByDefault()
    {
        var config = YamlDocuments.Read(EmbeddedDefaults.Config).Single();

        Assert.Equal("enabled", (string?)config["policy"]);
        Assert.Equal(["sidecar"], config["defaultTemplates"]!.AsArray().Select(t => (string)t!));
        Assert.Equal(
            ["gateway", "grpc-agent", "grpc-simple", "sidecar"],
            config["templates"]!.AsObject().Select(t => t.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Values_NameTheProxyImagesAndTheCniSwitch()
    {
        var values = JsonNode.Parse(EmbeddedDefaults.Values)!;

        Assert.Equal("docker.io/istio", (string?)values["global"]!["hub"]);
        Assert.False(string.IsNullOrEmpty((string?)values["global"]!["tag"]));
        Assert.Equal("proxyv2", (string?)values["global"]!["proxy"]!["image"]);
        Assert.Equal("proxyv2", (string?)values["global"]!["proxy_init"]!["image"]);
        Assert.False((bool)values["pilot"]!["cni"]!["enabled"]!);
        Assert.Equal("", (string?)values["revision"]);
    }

    [Fact]
    public void MeshConfig_PointsTheProxiesAtIstiod()
    {
        var mesh = YamlDocuments.Read(EmbeddedDefaults.MeshConfig).Single();

        Assert.Equal("istiod.istio-system.svc:15012", (string?)mesh["defaultConfig"]!["discoveryAddress"]);
        Assert.Equal("cluster.local", (string?)mesh["trustDomain"]);
    }

    [Fact]
    public void Source_CarriesTheThreeFilesAndNoFlags()
    {
        var source = EmbeddedDefaults.Source();

        Assert.Equal(EmbeddedDefaults.Config, source.Config);
        Assert.Equal(EmbeddedDefaults.Values, source.Values);
        Assert.Equal(EmbeddedDefaults.MeshConfig, source.MeshConfig);
        Assert.Equal(string.Empty, source.Revision);
        Assert.False(source.NativeSidecars);
    }
}
