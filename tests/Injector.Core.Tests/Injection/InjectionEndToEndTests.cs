using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection;
using Injector.Testing;
using Injector.Testing.Conformance;

namespace Injector.Core.Tests.Injection;

/// <summary>The whole pipeline with Istio's default templates, values and mesh from the conformance kit.</summary>
public class InjectionEndToEndTests
{
    private static readonly InjectionSettings s_native = Load(nativeSidecars: true);
    private static readonly InjectionSettings s_classic = Load(nativeSidecars: false);

    private static InjectionSettings Load(bool nativeSidecars) => InjectionSettings.Load(new InjectionSettingsSource
    {
        Config = ConformanceKit.Instance.ReadText("config/default.yaml"),
        Values = ConformanceKit.Instance.ReadText("values/default.json"),
        MeshConfig = ConformanceKit.Instance.ReadText("mesh/default.yaml"),
        NativeSidecars = nativeSidecars,
    });

    private static JsonObject PodTemplate(string file)
    {
        var workload = (JsonObject)YamlDocuments.Read(ConformanceKit.Instance.ReadText(file))[0]!;
        JsonNode template = workload["spec"]!["template"]!;
        return new JsonObject { ["metadata"] = template["metadata"]!.DeepClone(), ["spec"] = template["spec"]!.DeepClone() };
    }

    private static InjectionResult InjectHello(InjectionSettings settings, JsonObject pod, InjectionMode mode = InjectionMode.KubeInject) =>
        InjectionPipeline.Inject(settings, new InjectionRequest
        {
            Pod = pod,
            Mode = mode,
            Namespace = "default",
            Owner = new WorkloadIdentity("hello", string.Empty, "Deployment", "apps/v1"),
        });

    private static List<string> Names(JsonNode? list) =>
        list is JsonArray array ? array.Select(c => c!["name"]!.GetValue<string>()).ToList() : [];

    private static string? Env(JsonNode container, string name) =>
        container["env"]!.AsArray().FirstOrDefault(e => e!["name"]!.GetValue<string>() == name)?["value"]?.GetValue<string>();

    [Fact]
    public void Inject_HelloWithNativeSidecars_MatchesGoldenContainersEnvAndStatus()
    {
        JsonObject golden = PodTemplate("expected/hello.yaml.injected");

        InjectionResult result = InjectHello(s_native, PodTemplate("inputs/hello.yaml"));

        Assert.Equal(InjectionOutcome.Injected, result.Outcome);
        Assert.Equal(["sidecar"], result.Templates);
        JsonObject pod = result.Pod!;
        Assert.Equal(Names(golden["spec"]!["initContainers"]), Names(pod["spec"]!["initContainers"]));
        Assert.Equal(Names(golden["spec"]!["containers"]), Names(pod["spec"]!["containers"]));
        Assert.Equal(Names(golden["spec"]!["volumes"]), Names(pod["spec"]!["volumes"]));

        JsonNode proxy = pod["spec"]!["initContainers"]![1]!;
        JsonNode goldenProxy = golden["spec"]!["initContainers"]![1]!;
        foreach (string env in (string[])["PROXY_CONFIG", "ISTIO_META_POD_PORTS", "ISTIO_META_APP_CONTAINERS", "ISTIO_META_WORKLOAD_NAME", "ISTIO_META_OWNER", "TRUST_DOMAIN"])
        {
            Assert.Equal(Env(goldenProxy, env), Env(proxy, env));
        }

        Assert.Equal(goldenProxy["image"]!.GetValue<string>(), proxy["image"]!.GetValue<string>());
        string status = pod["metadata"]!["annotations"]!["sidecar.istio.io/status"]!.GetValue<string>();
        string goldenStatus = golden["metadata"]!["annotations"]!["sidecar.istio.io/status"]!.GetValue<string>();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(goldenStatus), JsonNode.Parse(status)), status);
    }

    [Fact]
    public void Inject_UnknownFields_SurviveInjection()
    {
        JsonObject pod = PodTemplate("inputs/hello.yaml");
        pod["x-custom"] = new JsonObject { ["keep"] = "me" };
        pod["spec"]!["futureSpecField"] = new JsonArray(1, 2);
        pod["spec"]!["containers"]![0]!["futureContainerField"] = true;

        JsonObject injected = InjectHello(s_native, pod).Pod!;

        Assert.Equal("me", injected["x-custom"]!["keep"]!.GetValue<string>());
        Assert.Equal("[1,2]", injected["spec"]!["futureSpecField"]!.ToJsonString());
        Assert.True(injected["spec"]!["containers"]![0]!["futureContainerField"]!.GetValue<bool>());
    }

    [Fact]
    public void Inject_AlreadyInjectedPod_ReinjectsToTheSameResult()
    {
        JsonObject once = InjectHello(s_classic, PodTemplate("inputs/hello.yaml"), InjectionMode.Webhook).Pod!;

        InjectionResult again = InjectHello(s_classic, once, InjectionMode.Webhook);

        Assert.Equal(InjectionOutcome.Injected, again.Outcome);
        Assert.Equal(InjectionReason.AlreadyInjected, again.Reason);
        Assert.True(JsonNode.DeepEquals(once, again.Pod), again.Pod!.ToJsonString());
    }

    [Fact]
    public void Inject_Webhook_DoesNotAddTheRequestNamespaceToThePod()
    {
        JsonObject injected = InjectHello(s_classic, PodTemplate("inputs/hello.yaml"), InjectionMode.Webhook).Pod!;

        Assert.Null(injected["metadata"]!["namespace"]);
    }

    [Fact]
    public void Inject_HoldApplicationAnnotation_PutsTheProxyFirst()
    {
        JsonObject pod = PodTemplate("inputs/hello.yaml");
        pod["metadata"]!["annotations"] = new JsonObject { ["proxy.istio.io/config"] = "holdApplicationUntilProxyStarts: true" };

        JsonObject injected = InjectHello(s_classic, pod).Pod!;

        Assert.Equal(["istio-proxy", "hello"], Names(injected["spec"]!["containers"]));
        Assert.Equal("{\"holdApplicationUntilProxyStarts\":true}\n", Env(injected["spec"]!["containers"]![0]!, "PROXY_CONFIG"));
    }

    [Fact]
    public void Inject_UserProxyContainer_OverridesTheTemplateAndIsRecorded()
    {
        JsonObject pod = PodTemplate("inputs/hello.yaml");
        pod["spec"]!["containers"]!.AsArray().Add(new JsonObject
        {
            ["name"] = "istio-proxy",
            ["image"] = "auto",
            ["imagePullPolicy"] = "Always",
        });

        JsonObject injected = InjectHello(s_classic, pod).Pod!;

        JsonNode proxy = injected["spec"]!["containers"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "istio-proxy")!;
        Assert.Equal("Always", proxy["imagePullPolicy"]!.GetValue<string>());
        Assert.Equal("registry.istio.io/testing/proxyv2:latest", proxy["image"]!.GetValue<string>());
        Assert.Equal(
            """{"containers":[{"name":"istio-proxy","resources":{},"imagePullPolicy":"Always"}]}""",
            injected["metadata"]!["annotations"]!["proxy.istio.io/overrides"]!.GetValue<string>());
    }

    [Fact]
    public void Inject_NativeSidecarAnnotationFalse_KeepsTheProxyInContainers()
    {
        JsonObject pod = PodTemplate("inputs/hello.yaml");
        pod["metadata"]!["annotations"] = new JsonObject { ["sidecar.istio.io/nativeSidecar"] = "false" };

        JsonObject injected = InjectHello(s_native, pod).Pod!;

        Assert.Equal(["hello", "istio-proxy"], Names(injected["spec"]!["containers"]));
        Assert.Equal(["istio-init"], Names(injected["spec"]!["initContainers"]));
    }
}
