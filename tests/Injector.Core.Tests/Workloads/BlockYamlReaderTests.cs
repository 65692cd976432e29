using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection;
using Injector.Core.Injection.TemplateData;
using Injector.Core.Workloads;
using Injector.Testing.Conformance;

namespace Injector.Core.Tests.Workloads;

public sealed class BlockYamlReaderTests
{
    public static TheoryData<string> KitDocuments()
    {
        var data = new TheoryData<string>();
        foreach (string folder in (string[])["inputs", "expected", "config", "mesh", "overlays"])
        {
            string path = ConformanceKit.Instance.PathOf(folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(path, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(ConformanceKit.Instance.Directory, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KitDocuments))]
    public void TryParse_KitDocuments_ReadsAsYamlDotNetDoesOrDeclines(string relative)
    {
        string text = ConformanceKit.Instance.ReadText(relative).Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (string document in text.Split("\n---"))
        {
            AssertSameAsFullParser(document.StartsWith('\n') ? document : "\n" + document);
        }
    }

    [Theory]
    [InlineData("a: 1\nb: \"2\"\nc: '3'\nd: yes\ne: ~\nf:\ng: 1.5\nh: 0644\n")]
    [InlineData("list:\n- a\n- \"b\"\n-\n- c: 1\n  d: 2\n-   e: 3\n    f:\n    - x\nnext: {}\nempty: []\n")]
    [InlineData("nested:\n    deep:\n        deeper: v\n    list:\n      - 1\n      - 2\nafter: z\n")]
    [InlineData("quoted: \"a\\\"b\\\\c\\n\\t\\u00e9\"\nsingle: 'it''s'\n\"key one\": v\n'key two': w\nplain: it's a:b,c [x] {y}\n")]
    [InlineData("# comment\n\nkey: v   \n   \n  # indented comment\nother: http://x:80/y\n")]
    [InlineData("dup: 1\ndup: 2\n")]
    [InlineData("- top level sequence\n")]
    [InlineData("scalar\n")]
    [InlineData("key: value # trailing comment\n")]
    [InlineData("key: |\n  block\n")]
    [InlineData("key: |-\n  block\n    more\n\n  # not a comment\nnext: v\n")]
    [InlineData("key: |\n\n  after blank\n\n\n")]
    [InlineData("key: |\n  \n   \n  deeper blank first\n")]
    [InlineData("key: |\n    \n  shallower content\n")]
    [InlineData("key: |\n  a\n     \n  b\n")]
    [InlineData("key: |\nnext: v\n")]
    [InlineData("key: |-\n\nnext: v\n")]
    [InlineData("key: |\n  no final break")]
    [InlineData("key: |+\n  keep\n\n")]
    [InlineData("key: |2\n    indented\n")]
    [InlineData("key: | # comment\n  x\n")]
    [InlineData("list:\n- |\n  item\n- name: x\n  value: |-\n         {}\n  other: y\n")]
    [InlineData("a:\n  key: |\n    x\n   y\n")]
    [InlineData("a:\n  key: |\n  x\n")]
    [InlineData("annotations: {\n  a.io/b: \"x\",\n  c: 'y',\n\n  d: \"1\", e: \"2\",\n}\nnext: v\n")]
    [InlineData("m:\n  annotations: {\n    a: \"x\"\n  }\n")]
    [InlineData("m:\n  annotations: {\n  }\n")]
    [InlineData("m:\n  annotations: {\n    a: \"x\"\n    b: \"y\"\n  }\n")]
    [InlineData("m:\n  annotations: {\n    a: plain,\n  }\n")]
    [InlineData("m:\n  annotations: {\n    a: \"x\",\n }\n")]
    [InlineData("m:\n  annotations: {\n    a: \"x\",\n  }\n    b: c\n")]
    [InlineData("m:\n  annotations: {\n    a: \"x\",\n  } \n")]
    [InlineData("m:\n  annotations: {\n    a,b: \"x\",\n  }\n")]
    [InlineData("m:\n  annotations: {\n    a: \"x\",\n")]
    [InlineData("m:\n  annotations: {\n    \"q\": \"x\",\n  }\n")]
    [InlineData("m:\n  annotations: {\n    a: \"x\" # c\n  }\n")]
    [InlineData("m:\n  annotations: {\n    a: \"x\",,\n  }\n")]
    [InlineData("m:\n  annotations: {\n    true: \"x\",\n  }\n")]
    [InlineData("key: >-\n  folded\n")]
    [InlineData("key: multi\n  line plain\n")]
    [InlineData("key: \"multi\n  line quoted\"\n")]
    [InlineData("key: {a: 1}\n")]
    [InlineData("key: [1, 2]\n")]
    [InlineData("key: &anchor v\nother: *anchor\n")]
    [InlineData("key: !!str 1\n")]
    [InlineData("---\nkey: v\n")]
    [InlineData("key:\tv\n")]
    [InlineData("key: v\r\nother: w\r\n")]
    [InlineData("a:\n  b: 1\n c: 2\n")]
    [InlineData("a: b: c\n")]
    [InlineData("- - nested\n")]
    [InlineData("key: - x\n")]
    [InlineData("key: \"bad \\q escape\"\n")]
    [InlineData("key: \"a\" trailing\n")]
    [InlineData("a:\n- 1\n b: 2\n")]
    [InlineData("")]
    [InlineData("\n  \n# only a comment\n")]
    public void TryParse_Text_ReadsAsYamlDotNetDoesOrDeclines(string text)
    {
        AssertSameAsFullParser(text);
    }

    [Fact]
    public void TryParse_RenderedTemplateShape_IsAccepted()
    {
        const string Text = "\nspec:\n  containers:\n  - name: istio-proxy\n    args:\n    - proxy\n    - \"--concurrency\"\n    env:\n    - name: A\n      value: \"[{\\\"containerPort\\\":9080}]\"\n    resources:\n      \n    volumeMounts: []\n";

        bool accepted = BlockYamlReader.TryParse(Text, out JsonNode? node);

        Assert.True(accepted);
        Assert.True(JsonNode.DeepEquals(YamlJsonConverter.ParseFull(Text), node));
    }

    [Fact]
    public void TryParse_RenderedSidecarTemplateWithLiteralsAndFlowAnnotations_IsAccepted()
    {
        const string Text = "\nmetadata:\n  annotations: {\n    istio.io/rev: \"default\",\n    kubectl.kubernetes.io/default-container: \"app\",\n  }\nspec:\n  containers:\n  - name: istio-proxy\n    env:\n    - name: PROXY_CONFIG\n      value: |\n             {}\n    - name: ISTIO_META_POD_PORTS\n      value: |-\n        [\n            {\"containerPort\":9080}\n        ]\n    - name: B\n      value: \"b\"\n";

        bool accepted = BlockYamlReader.TryParse(Text, out JsonNode? node);

        Assert.True(accepted);
        Assert.True(JsonNode.DeepEquals(YamlJsonConverter.ParseFull(Text), node));
        Assert.Equal("{}\n", (string?)node!["spec"]!["containers"]![0]!["env"]![0]!["value"]);
    }

    [Fact]
    public void TryParse_KitSidecarTemplateRenderedForAPod_IsAcceptedAndReadAsYamlDotNetDoes()
    {
        InjectionSettings settings = InjectionSettings.Load(new InjectionSettingsSource
        {
            Config = ConformanceKit.Instance.ReadText("config/default.yaml"),
            Values = ConformanceKit.Instance.ReadText("values/default.json"),
            MeshConfig = ConformanceKit.Instance.ReadText("mesh/default.yaml"),
        });
        var pod = (JsonObject)JsonNode.Parse("""
            {"metadata":{"name":"reviews-v1-abc","labels":{"app":"reviews","version":"v1"},"annotations":{"a":"b"}},
             "spec":{"containers":[{"name":"reviews","image":"reviews:v1","ports":[{"containerPort":9080}],
               "readinessProbe":{"httpGet":{"path":"/health","port":9080}}}]}}
            """)!;
        var data = new SidecarTemplateData(
            pod["metadata"] as JsonObject,
            pod["spec"] as JsonObject,
            new WorkloadIdentity("reviews-v1", "bookinfo", "Deployment", "apps/v1"),
            settings.MeshConfig["defaultConfig"] as JsonObject,
            settings.MeshConfig,
            settings.Values)
        {
            Revision = "default",
            ProxyImage = "docker.io/istio/proxyv2:latest",
            ProxyInitImage = "docker.io/istio/proxyv2:latest",
        };
        string rendered = settings.Templates[InjectionSettings.SidecarTemplateName].Render(data);

        // The render's literal env values and flow-style annotations stay on the fast path on every admission.
        bool accepted = BlockYamlReader.TryParse(rendered, out JsonNode? node);

        Assert.True(accepted);
        Assert.True(JsonNode.DeepEquals(YamlJsonConverter.ParseFull(rendered), node));
    }

    private static void AssertSameAsFullParser(string text)
    {
        JsonNode? full;
        try
        {
            full = YamlJsonConverter.ParseFull(text);
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidDataException)
        {
            Assert.False(BlockYamlReader.TryParse(text, out _), $"accepted text YamlDotNet rejects ({e.Message}):\n{text}");
            return;
        }

        if (BlockYamlReader.TryParse(text, out JsonNode? fast))
        {
            Assert.True(JsonNode.DeepEquals(full, fast), $"read differently:\n{text}\nfull: {full?.ToJsonString()}\nfast: {fast?.ToJsonString()}");
        }
    }
}
