using Injector.Core.Injection.PostProcessing;

using static Injector.Core.Tests.Injection.PostProcessing.TestPods;

namespace Injector.Core.Tests.Injection.PostProcessing;

public sealed class PodPostProcessorTests
{
    private const string MergedPod = """
        {"metadata":{"labels":{"app":"hello"},"annotations":{"prometheus.io/port":"8080"}},
         "spec":{"containers":[
           {"name":"hello","readinessProbe":{"httpGet":{"port":3333}}},
           {"name":"istio-proxy","env":[{"name":"ISTIO_META_CLUSTER_ID","value":"Kubernetes"},{"name":"ISTIO_META_NETWORK","value":"network1"},{"name":"TRUST_DOMAIN","value":"cluster.local"}]}],
          "initContainers":[{"name":"istio-init"}]}}
        """;

    private static PostProcessContext RegularSidecarContext()
    {
        return Context() with
        {
            InjectedTemplate = Parse("""{"spec":{"initContainers":[{"name":"istio-init"}],"containers":[{"name":"istio-proxy"}]}}"""),
        };
    }

    [Fact]
    public void Apply_FullPass_EnvInIstioOrderStatusWrittenProxyLast()
    {
        var pod = Parse(MergedPod);

        PodPostProcessor.Apply(pod, RegularSidecarContext() with { Network = "network1" });

        var proxy = Container(pod, "containers", "istio-proxy");
        // Cluster/network overrides first (moved to the end), then metrics, then probes.
        Assert.Equal(["ISTIO_META_CLUSTER_ID", "TRUST_DOMAIN", "ISTIO_META_NETWORK", "ISTIO_PROMETHEUS_ANNOTATIONS", "ISTIO_KUBE_APP_PROBERS"], EnvNames(proxy));
        Assert.Equal("""{"scrape":"","path":"","port":"8080"}""", Env(proxy, "ISTIO_PROMETHEUS_ANNOTATIONS"));
        Assert.Equal("network1", (string?)pod["metadata"]!["labels"]!["topology.istio.io/network"]);
        Assert.Equal(
            """{"initContainers":["istio-init"],"containers":["istio-proxy"],"volumes":null,"imagePullSecrets":null,"revision":"default"}""",
            Annotation(pod, "sidecar.istio.io/status"));
        Assert.Equal(["hello", "istio-proxy"], Names(pod, "containers"));
    }

    [Fact]
    public void Apply_NoOverrides_TemplateEnvLeftInPlaceAndNoNetworkLabel()
    {
        var pod = Parse(MergedPod);

        PodPostProcessor.Apply(pod, RegularSidecarContext() with { RewriteAppHttpProbe = false, EnablePrometheusMerge = false });

        Assert.Equal(["ISTIO_META_CLUSTER_ID", "ISTIO_META_NETWORK", "TRUST_DOMAIN"], EnvNames(Container(pod, "containers", "istio-proxy")));
        Assert.Null(pod["metadata"]!["labels"]!["topology.istio.io/network"]);
    }

    [Fact]
    public void Apply_WebhookPathEnvironment_BeatsValuesAndIsAppendedInNameOrder()
    {
        var pod = Parse(MergedPod);
        var context = RegularSidecarContext() with
        {
            ClusterName = "values-cluster",
            ProxyEnvironment = new Dictionary<string, string> { ["ISTIO_META_CLUSTER_ID"] = "url-cluster", ["FOO"] = "bar" },
        };

        PodPostProcessor.Apply(pod, context with { RewriteAppHttpProbe = false, EnablePrometheusMerge = false });

        var proxy = Container(pod, "containers", "istio-proxy");
        Assert.Equal(["ISTIO_META_NETWORK", "TRUST_DOMAIN", "FOO", "ISTIO_META_CLUSTER_ID"], EnvNames(proxy));
        Assert.Equal("url-cluster", Env(proxy, "ISTIO_META_CLUSTER_ID"));
    }

    [Fact]
    public void Apply_NetworkLabelOnOriginalPod_BeatsValuesNetwork()
    {
        var pod = Parse(MergedPod);
        var context = RegularSidecarContext() with
        {
            Network = "values-net",
            OriginalLabels = new Dictionary<string, string> { ["topology.istio.io/network"] = "label-net" },
        };

        PodPostProcessor.Apply(pod, context);

        Assert.Equal("label-net", Env(Container(pod, "containers", "istio-proxy"), "ISTIO_META_NETWORK"));
        Assert.Equal("label-net", (string?)pod["metadata"]!["labels"]!["topology.istio.io/network"]);
    }

    [Fact]
    public void Apply_InjectedAnnotations_WrittenLastOverStatus()
    {
        var pod = Parse(MergedPod);
        var context = RegularSidecarContext() with
        {
            InjectedAnnotations = new Dictionary<string, string> { ["psp"] = "x", ["sidecar.istio.io/status"] = "custom" },
        };

        PodPostProcessor.Apply(pod, context);

        Assert.Equal("x", Annotation(pod, "psp"));
        Assert.Equal("custom", Annotation(pod, "sidecar.istio.io/status"));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Apply_HoldApplicationFromProxyConfigOrValues_ProxyFirst(bool proxyConfig, bool values)
    {
        var pod = Parse(MergedPod);

        PodPostProcessor.Apply(pod, RegularSidecarContext() with
        {
            ProxyConfigHoldApplicationUntilProxyStarts = proxyConfig,
            ValuesHoldApplicationUntilProxyStarts = values,
        });

        Assert.Equal(["istio-proxy", "hello"], Names(pod, "containers"));
    }

    [Fact]
    public void Apply_PodWithoutMetadata_GetsStatusAnnotation()
    {
        var pod = Parse("""{"spec":{"containers":[{"name":"hello"}]}}""");

        PodPostProcessor.Apply(pod, Context());

        Assert.StartsWith("""{"initContainers":["istio-init","istio-proxy"]""", Annotation(pod, "sidecar.istio.io/status"), StringComparison.Ordinal);
        Assert.Equal("15020", Annotation(pod, "prometheus.io/port"));
    }
}
