using System.Text.Json;
using System.Text.Json.Nodes;
using Injector.Core.Config;
using Injector.Core.Injection;

namespace Injector.Core.Tests.Samples;

/// <summary>
/// Every workload in deploy/samples/ injected with the embedded defaults and nothing else, as a new user's first
/// `injector kube-inject -f deploy/samples/...` would.
/// </summary>
public sealed class SampleInjectionTests
{
    private const string ProxyImage = "docker.io/istio/proxyv2:1.28.0";

    private static readonly string[] InjectedVolumes = ["workload-socket", "credential-socket", "workload-certs", "istio-envoy", "istio-data", "istio-podinfo", "istio-token", "istiod-ca-cert"];

    public static TheoryData<string> Sidecars => [.. SampleWorkload.All.Where(w => !IsGateway(w)).Select(w => w.Id)];

    public static TheoryData<string> Everything => [.. SampleWorkload.All.Select(w => w.Id)];

    [Fact]
    public void Samples_CoverEveryWorkloadKind()
    {
        var kinds = SampleWorkload.All.Select(w => w.Owner.Kind).ToHashSet();

        Assert.Superset(new HashSet<string> { "Deployment", "StatefulSet", "Job", "CronJob" }, kinds);
        Assert.Contains(SampleWorkload.All, IsGateway);
    }

    [Theory]
    [MemberData(nameof(Sidecars))]
    public void Inject_Sample_AddsProxyContainerAfterTheApp(string id)
    {
        var sample = SampleWorkload.Get(id);

        var pod = Inject(sample);

        var containers = Containers(pod, "containers");
        Assert.Equal([.. sample.AppContainers().Select(c => (string)c["name"]!), "istio-proxy"], containers.Select(c => (string)c["name"]!));
        var proxy = containers.Last();
        Assert.Equal(ProxyImage, (string?)proxy["image"]);
        Assert.Equal(["proxy", "sidecar"], proxy["args"]!.AsArray().Take(2).Select(a => (string)a!));
        Assert.Equal(sample.Owner.Name, Env(proxy, "ISTIO_META_WORKLOAD_NAME"));
        Assert.Equal(string.Join(',', sample.AppContainers().Select(c => (string)c["name"]!)), Env(proxy, "ISTIO_META_APP_CONTAINERS"));
        Assert.Equal(true, (bool?)proxy["securityContext"]!["runAsNonRoot"]);
        Assert.Equal(1337, Number(proxy["securityContext"]!["runAsUser"]));
        Assert.Equal("/healthz/ready", (string?)proxy["readinessProbe"]!["httpGet"]!["path"]);
    }

    [Theory]
    [MemberData(nameof(Sidecars))]
    public void Inject_Sample_AddsIptablesInitContainer(string id)
    {
        var pod = Inject(SampleWorkload.Get(id));

        var init = Assert.Single(Containers(pod, "initContainers"));
        Assert.Equal("istio-init", (string?)init["name"]);
        Assert.Equal(ProxyImage, (string?)init["image"]);
        var args = init["args"]!.AsArray().Select(a => (string)a!).ToList();
        Assert.Equal("istio-iptables", args[0]);
        Assert.Equal("1337", args[args.IndexOf("-u") + 1]);
        Assert.Equal("REDIRECT", args[args.IndexOf("-m") + 1]);
        Assert.Contains("NET_ADMIN", init["securityContext"]!["capabilities"]!["add"]!.AsArray().Select(c => (string)c!));
    }

    [Theory]
    [MemberData(nameof(Everything))]
    public void Inject_Sample_AddsProxyVolumesAndKeepsTheApps(string id)
    {
        var sample = SampleWorkload.Get(id);

        var pod = Inject(sample);

        var volumes = pod["spec"]!["volumes"]!.AsArray().Select(v => (string)v!["name"]!).ToList();
        Assert.Superset(InjectedVolumes.ToHashSet(), volumes.ToHashSet());
        var ownVolumes = sample.PodTemplate["spec"]!["volumes"]?.AsArray().Select(v => (string)v!["name"]!) ?? [];
        Assert.Superset(ownVolumes.ToHashSet(), volumes.ToHashSet());
        Assert.Equal(volumes.Count, volumes.Distinct().Count());
        Assert.All(pod["spec"]!["volumes"]!.AsArray(), v => Assert.False(v!.AsObject().Count < 2, $"volume {v} has no source"));
    }

    [Theory]
    [MemberData(nameof(Sidecars))]
    public void Inject_Sample_RewritesHttpAndTcpProbesThroughTheAgent(string id)
    {
        var sample = SampleWorkload.Get(id);

        var pod = Inject(sample);

        var proxy = Containers(pod, "containers").Single(c => (string?)c["name"] == "istio-proxy");
        var probers = Env(proxy, "ISTIO_KUBE_APP_PROBERS");
        var rewritten = JsonNode.Parse(probers ?? "{}")!.AsObject();
        foreach (var original in sample.AppContainers())
        {
            var name = (string)original["name"]!;
            var injected = Containers(pod, "containers").Single(c => (string?)c["name"] == name);
            foreach (var (probe, suffix) in new[] { ("readinessProbe", "readyz"), ("livenessProbe", "livez"), ("startupProbe", "startupz") })
            {
                var before = original[probe];
                if (before is null || before["exec"] is not null)
                {
                    Assert.True(JsonNode.DeepEquals(before, injected[probe]), $"{name} {probe} must stay as it was");
                    continue;
                }

                var path = $"/app-health/{name}/{suffix}";
                Assert.Equal(path, (string?)injected[probe]!["httpGet"]!["path"]);
                Assert.Equal(15020, Number(injected[probe]!["httpGet"]!["port"]));
                Assert.True(rewritten.ContainsKey(path), $"ISTIO_KUBE_APP_PROBERS lacks {path}: {probers}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Everything))]
    public void Inject_Sample_RecordsWhatWasInjectedInTheStatusAnnotation(string id)
    {
        var sample = SampleWorkload.Get(id);

        var pod = Inject(sample);

        var metadata = pod["metadata"]!;
        var status = JsonNode.Parse((string)metadata["annotations"]!["sidecar.istio.io/status"]!)!;
        Assert.Equal("default", (string?)status["revision"]);
        Assert.Contains("istio-envoy", status["volumes"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("default", (string?)metadata["annotations"]!["istio.io/rev"]);
        if (!IsGateway(sample))
        {
            Assert.Equal(["istio-init"], status["initContainers"]!.AsArray().Select(v => (string)v!));
            Assert.Equal(["istio-proxy"], status["containers"]!.AsArray().Select(v => (string)v!));
            Assert.Equal("istio", (string?)metadata["labels"]!["security.istio.io/tlsMode"]);
        }
    }

    [Fact]
    public void Inject_GatewaySample_ReplacesAutoImageAndRunsTheRouter()
    {
        var sample = SampleWorkload.All.Single(IsGateway);

        var pod = Inject(sample);

        var proxy = Assert.Single(Containers(pod, "containers"));
        Assert.Equal(ProxyImage, (string?)proxy["image"]);
        Assert.Equal(["proxy", "router"], proxy["args"]!.AsArray().Take(2).Select(a => (string)a!));
        Assert.Equal([8080, 8443, 15090], proxy["ports"]!.AsArray().Select(p => Number(p!["containerPort"])).Order());
        Assert.Null(pod["spec"]!["initContainers"]);
        Assert.Equal("net.ipv4.ip_unprivileged_port_start", (string?)pod["spec"]!["securityContext"]!["sysctls"]![0]!["name"]);
    }

    [Fact]
    public void Inject_WithNativeSidecars_RunsTheProxyAsARestartableInitContainer()
    {
        var settings = InjectionSettings.Load(EmbeddedDefaults.Source() with { NativeSidecars = true });

        var pod = Inject(SampleWorkload.Get("job.yaml#ratings-import"), settings);

        var init = Containers(pod, "initContainers");
        Assert.Equal(["istio-init", "istio-proxy"], init.Select(c => (string)c["name"]!));
        Assert.Equal("Always", (string?)init[1]["restartPolicy"]);
        Assert.Equal("drain", init[1]["lifecycle"]!["preStop"]!["exec"]!["command"]!.AsArray().Select(a => (string)a!).Last());
        Assert.Equal(["import"], Containers(pod, "containers").Select(c => (string)c["name"]!));
    }

    [Fact]
    public void Inject_WithCniEnabled_OnlyValidatesTheRedirection()
    {
        var values = JsonNode.Parse(EmbeddedDefaults.Values)!;
        values["pilot"]!["cni"]!["enabled"] = true;
        var settings = InjectionSettings.Load(EmbeddedDefaults.Source() with { Values = values.ToJsonString() });

        var pod = Inject(SampleWorkload.Get("bookinfo.yaml#reviews-v1"), settings);

        var init = Assert.Single(Containers(pod, "initContainers"));
        Assert.Equal("istio-validation", (string?)init["name"]);
        Assert.Contains("--run-validation", init["args"]!.AsArray().Select(a => (string)a!));
        Assert.Null(init["securityContext"]!["capabilities"]!["add"]);
        Assert.Equal(true, (bool?)init["securityContext"]!["runAsNonRoot"]);
        Assert.Equal("REDIRECT", (string?)pod["metadata"]!["annotations"]!["sidecar.istio.io/interceptionMode"]);
    }

    private static bool IsGateway(SampleWorkload sample) =>
        (string?)sample.PodTemplate["metadata"]?["annotations"]?["inject.istio.io/templates"] == "gateway";

    private static JsonObject Inject(SampleWorkload sample, InjectionSettings? settings = null)
    {
        var result = InjectionPipeline.Inject(
            settings ?? InjectionSettings.Load(EmbeddedDefaults.Source()),
            new InjectionRequest
            {
                Pod = sample.NewPod(),
                Namespace = sample.Owner.Namespace,
                Mode = InjectionMode.KubeInject,
                Owner = sample.Owner,
            });

        Assert.True(result.Outcome == InjectionOutcome.Injected, $"{sample.Id}: {result.Outcome} {result.Reason}: {result.Message}");
        return result.Pod!;
    }

    private static List<JsonObject> Containers(JsonObject pod, string list) =>
        pod["spec"]![list]?.AsArray().Cast<JsonObject>().ToList() ?? [];

    // The pipeline may hold numbers as int, long or double; compare by value.
    private static int Number(JsonNode? node) => node!.Deserialize<int>();

    private static string? Env(JsonObject container, string name) =>
        (string?)container["env"]?.AsArray().FirstOrDefault(e => (string?)e!["name"] == name)?["value"];
}
