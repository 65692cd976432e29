using System.Text.Json.Nodes;

using Injector.Core.Config;

using Injector.Testing;
using Injector.Testing.Conformance;

namespace Injector.Core.Tests.Config;

public class InjectionSettingsTests
{
    private static InjectionSettings LoadKitDefaults(string mesh = "mesh/default.yaml") => InjectionSettings.Load(new InjectionSettingsSource
    {
        Config = ConformanceKit.Instance.ReadText("config/default.yaml"),
        Values = ConformanceKit.Instance.ReadText("values/default.json"),
        MeshConfig = ConformanceKit.Instance.ReadText(mesh),
    });

    [Fact]
    public void Load_KitDefaultConfig_ReadsPolicyDefaultsAndTemplateNames()
    {
        InjectionSettings settings = LoadKitDefaults();

        Assert.Equal(InjectionPolicy.Enabled, settings.Policy);
        Assert.Equal(["sidecar"], settings.DefaultTemplates);
        Assert.Contains("sidecar", settings.TemplateNames);
        Assert.Contains("gateway", settings.TemplateNames);
        Assert.Equal(settings.TemplateNames.Order(StringComparer.Ordinal), settings.TemplateNames);
        Assert.Equal(settings.TemplateNames.Count, settings.Templates.Count);
    }

    [Fact]
    public void Load_LegacyTemplateKey_IsIgnored()
    {
        InjectionSettings settings = InjectionSettings.Load(new InjectionSettingsSource
        {
            Config = "template: \"{{ Not_A_Function }}\"\ntemplates:\n  sidecar: |\n    spec: {}\n",
        });

        Assert.Equal(["sidecar"], settings.TemplateNames);
    }

    [Fact]
    public void Load_EmptyDefaultTemplates_FallsBackToSidecar()
    {
        InjectionSettings settings = InjectionSettings.Load(new InjectionSettingsSource { Config = "policy: disabled\ndefaultTemplates: []\n" });

        Assert.Equal(InjectionPolicy.Disabled, settings.Policy);
        Assert.Equal(["sidecar"], settings.DefaultTemplates);
    }

    [Fact]
    public void Load_UnknownPolicy_IsOff()
    {
        InjectionSettings settings = InjectionSettings.Load(new InjectionSettingsSource { Config = "policy: sometimes\n" });

        Assert.Equal(InjectionPolicy.Off, settings.Policy);
    }

    [Fact]
    public void Load_SelectorsAliasesAndInjectedAnnotations_AreRead()
    {
        const string config = """
            policy: enabled
            aliases:
              both: [init, proxy]
            neverInjectSelector:
              - matchExpressions:
                - {key: openshift.io/build.name, operator: Exists}
            alwaysInjectSelector:
              - matchLabels: {team: mesh}
            injectedAnnotations:
              a.example/x: "1"
            """;

        InjectionSettings settings = InjectionSettings.Load(new InjectionSettingsSource { Config = config });

        Assert.Equal(["init", "proxy"], settings.Aliases["both"]);
        Assert.True(settings.NeverInjectSelectors[0].Matches(new Dictionary<string, string> { ["openshift.io/build.name"] = "b" }));
        Assert.True(settings.AlwaysInjectSelectors[0].Matches(new Dictionary<string, string> { ["team"] = "mesh" }));
        Assert.Equal("1", settings.InjectedAnnotations["a.example/x"]);
    }

    [Fact]
    public void Load_Values_KeepExplicitNullsAndReadNumbersAsFloat64()
    {
        InjectionSettings settings = InjectionSettings.Load(new InjectionSettingsSource
        {
            Config = string.Empty,
            Values = """{"global": {"proxy": {"resources": null, "statusPort": 15020}}}""",
        });

        var proxy = (IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)settings.Values["global"]!)["proxy"]!;
        Assert.True(proxy.ContainsKey("resources"));
        Assert.Null(proxy["resources"]);
        Assert.Equal(15020d, proxy["statusPort"]);
    }

    [Fact]
    public void Load_ValuesWithAKeyGivenTwice_KeepTheLastAsGoDecodes()
    {
        InjectionSettings settings = InjectionSettings.Load(new InjectionSettingsSource
        {
            Config = string.Empty,
            Values = """{"global": {"hub": "first"}, "global": {"hub": "second", "tag": "1.0"}}""",
        });

        var global = (IReadOnlyDictionary<string, object?>)settings.Values["global"]!;
        Assert.Equal("second", global["hub"]);
        Assert.Equal("second", (string?)settings.ValuesJson["global"]!["hub"]);
        Assert.Equal("1.0", (string?)settings.ValuesJson["global"]!["tag"]);
    }

    [Fact]
    public void Load_PartialMesh_GetsIstioDefaults()
    {
        InjectionSettings partial = InjectionSettings.Load(new InjectionSettingsSource
        {
            Config = string.Empty,
            MeshConfig = "defaultProviders:\n  metrics: [prometheus]\ndefaultConfig:\n  drainDuration: 23s\n",
        });
        var expected = (JsonObject)LoadKitDefaults("mesh/drain-duration-23s.yaml").MeshConfig.DeepClone();

        Assert.True(JsonNode.DeepEquals(expected, partial.MeshConfig), partial.MeshConfig.ToJsonString());
    }

    [Fact]
    public void Load_NoMesh_UsesDefaultProxyConfig()
    {
        InjectionSettings settings = InjectionSettings.Load(new InjectionSettingsSource { Config = string.Empty });

        Assert.Equal(15020, settings.MeshConfig["defaultConfig"]!["statusPort"]!.GetValue<long>());
        Assert.Equal("cluster.local", settings.MeshConfig["trustDomain"]!.GetValue<string>());
    }

    [Fact]
    public void Load_MeshProxyMetadata_MergesPerKey()
    {
        InjectionSettings settings = InjectionSettings.Load(new InjectionSettingsSource
        {
            Config = string.Empty,
            MeshConfig = "defaultConfig:\n  proxyMetadata:\n    A: a\n",
        });

        JsonNode defaults = settings.MeshConfig["defaultConfig"]!;
        Assert.Equal("a", defaults["proxyMetadata"]!["A"]!.GetValue<string>());
        Assert.Equal("./etc/istio/proxy", defaults["configPath"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("policy: [unclosed", null, null, "injector config")]
    [InlineData("- a list", null, null, "injector config")]
    [InlineData("templates: [a]", null, null, "injector config")]
    [InlineData("neverInjectSelector: {a: b}", null, null, "neverInjectSelector")]
    [InlineData("", "{not json: [", null, "values")]
    [InlineData("", "[1, 2]", null, "values")]
    [InlineData("", null, "defaultConfig: [1]", "mesh config")]
    [InlineData("", null, "trustDomain: [unclosed", "mesh config")]
    public void Load_InvalidPart_ThrowsNamingThePart(string config, string? values, string? mesh, string part)
    {
        var error = Assert.Throws<InvalidDataException>(() => InjectionSettings.Load(new InjectionSettingsSource
        {
            Config = config,
            Values = values,
            MeshConfig = mesh,
        }));

        Assert.Contains(part, error.Message, StringComparison.Ordinal);
    }
}
