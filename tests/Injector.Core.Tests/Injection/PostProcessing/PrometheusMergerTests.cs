using Injector.Core.Injection.PostProcessing;

using static Injector.Core.Tests.Injection.PostProcessing.TestPods;

namespace Injector.Core.Tests.Injection.PostProcessing;

public sealed class PrometheusMergerTests
{
    private static Injector.Core.Injection.PostProcessing.PostProcessContext MeshMerge(bool? enabled)
    {
        return Context() with { EnablePrometheusMerge = enabled };
    }

    private static System.Text.Json.Nodes.JsonObject PodWith(string annotations)
    {
        return Parse("""{"metadata":{"annotations":ANNOTATIONS},"spec":{"containers":[{"name":"app"},PROXY]}}""".Replace("ANNOTATIONS", annotations, StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_NoPrometheusAnnotations_PointsScrapingAtAgentWithoutEnv()
    {
        var pod = PodWith("{}");

        PrometheusMerger.Apply(pod, Context());

        // expected/hello.yaml.injected
        Assert.Equal("15020", Annotation(pod, "prometheus.io/port"));
        Assert.Equal("/stats/prometheus", Annotation(pod, "prometheus.io/path"));
        Assert.Equal("true", Annotation(pod, "prometheus.io/scrape"));
        Assert.Null(Env(Container(pod, "containers", "istio-proxy"), "ISTIO_PROMETHEUS_ANNOTATIONS"));
    }

    [Fact]
    public void Apply_ScrapeTargets_AllTargetsHandedToAgentFirstAsLegacyPortAndPath()
    {
        var pod = PodWith("""{"prometheus.io/scrape":"true","prometheus.istio.io/scrape-targets":"8080:/metrics,9100:/custom-metrics"}""");

        PrometheusMerger.Apply(pod, Context());

        // expected/hello-multiport-metrics.yaml.injected
        Assert.Equal(
            """{"scrape":"true","path":"/metrics","port":"8080","targets":[{"port":"8080","path":"/metrics"},{"port":"9100","path":"/custom-metrics"}]}""",
            Env(Container(pod, "containers", "istio-proxy"), "ISTIO_PROMETHEUS_ANNOTATIONS"));
        Assert.Null(Annotation(pod, "prometheus.istio.io/scrape-targets"));
        Assert.Equal("15020", Annotation(pod, "prometheus.io/port"));
    }

    [Fact]
    public void Apply_UserPortAndDottedPath_MovedToEnvAndEverySpellingCleared()
    {
        var pod = PodWith("""{"prometheus.io/port":"9090","prometheus.io.path":"/m","other":"kept"}""");

        PrometheusMerger.Apply(pod, Context());

        Assert.Equal("""{"scrape":"","path":"/m","port":"9090"}""", Env(Container(pod, "containers", "istio-proxy"), "ISTIO_PROMETHEUS_ANNOTATIONS"));
        Assert.Null(Annotation(pod, "prometheus.io.path"));
        Assert.Equal("/stats/prometheus", Annotation(pod, "prometheus.io/path"));
        Assert.Equal("kept", Annotation(pod, "other"));
    }

    [Theory]
    [InlineData("""{"prometheus.io/scrape":"false"}""")]
    [InlineData("""{"prometheus.io.scrape":"false"}""")]
    [InlineData("""{"prometheus-io/scrape":"0"}""")]
    [InlineData("""{"prometheus.istio.io/merge-metrics":"false"}""")]
    [InlineData("""{"prometheus.io/port":"15020","prometheus.io/path":"/custom"}""")]
    public void Apply_ScrapeOffMergeOffOrAlreadyOnAgent_LeavesPodAlone(string annotations)
    {
        var pod = PodWith(annotations);
        string before = pod.ToJsonString();

        PrometheusMerger.Apply(pod, Context());

        // expected/prometheus-scrape.yaml.injected, prometheus-scrape2.yaml.injected
        Assert.Equal(before, pod.ToJsonString());
    }

    [Theory]
    [InlineData(false, "{}", false)]
    [InlineData(null, "{}", true)]
    [InlineData(false, """{"prometheus.istio.io/merge-metrics":"true"}""", true)]
    [InlineData(false, """{"prometheus.istio.io/merge-metrics":"yes"}""", false)]
    public void Apply_MergeSetting_AnnotationBeatsMeshWhichBeatsDefault(bool? mesh, string annotations, bool merged)
    {
        var pod = PodWith(annotations);

        PrometheusMerger.Apply(pod, MeshMerge(mesh));

        Assert.Equal(merged ? "15020" : null, Annotation(pod, "prometheus.io/port"));
    }

    [Theory]
    [InlineData("""{"prometheus.io/port":"15090"}""", "prometheus.io/port", "invalid prometheus scrape configuration: port 15090 is reserved for istio (envoy prometheus (already merged)) and cannot be scraped")]
    [InlineData("""{"prometheus.io/port":"http"}""", "prometheus.io/port", "invalid prometheus scrape configuration: invalid port \"http\"")]
    [InlineData("""{"prometheus.io/port":"+15020"}""", "prometheus.io/port", "port +15020 conflicts with agent port")]
    [InlineData("""{"prometheus.istio.io/scrape-targets":"8080,70000:/x"}""", "prometheus.istio.io/scrape-targets", "invalid prometheus scrape targets: invalid target port \"70000\"")]
    public void Apply_BadOrReservedPort_ThrowsNamingTheAnnotation(string annotations, string annotation, string message)
    {
        var pod = PodWith(annotations);

        var error = Assert.Throws<InvalidAnnotationException>(() => PrometheusMerger.Apply(pod, Context()));

        Assert.Equal(annotation, error.AnnotationName);
        Assert.Contains(message, error.Message.ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public void ApplySecurePort_ProxyHasSecureMetricsPort_PublishesIt()
    {
        var pod = Parse("""{"metadata":{},"spec":{"containers":[{"name":"istio-proxy","env":[{"name":"ENVOY_SECURE_MERGED_METRICS_PORT","value":"15091"}]}]}}""");

        PrometheusMerger.ApplySecurePort(pod);

        Assert.Equal("15091", Annotation(pod, "prometheus.istio.io/secure-port"));
    }

    [Theory]
    [InlineData("""{"prometheus.istio.io.secure-port":"1"}""", "15091", null)]
    [InlineData("{}", "0", null)]
    [InlineData("{}", "", null)]
    public void ApplySecurePort_UserSetOrPortOff_AddsNothing(string annotations, string port, string? expected)
    {
        var pod = Parse("""{"metadata":{"annotations":ANNOTATIONS},"spec":{"containers":[{"name":"istio-proxy","env":[{"name":"ENVOY_SECURE_MERGED_METRICS_PORT","value":"PORT"}]}]}}"""
            .Replace("ANNOTATIONS", annotations, StringComparison.Ordinal).Replace("PORT", port, StringComparison.Ordinal));

        PrometheusMerger.ApplySecurePort(pod);

        Assert.Equal(expected, Annotation(pod, "prometheus.istio.io/secure-port"));
    }
}
