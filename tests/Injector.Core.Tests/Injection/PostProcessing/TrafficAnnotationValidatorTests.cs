using Injector.Core.Injection.PostProcessing;

namespace Injector.Core.Tests.Injection.PostProcessing;

public sealed class TrafficAnnotationValidatorTests
{
    // The expectedError cases of the conformance kit: the lower-cased message must contain the fragment.
    [Theory]
    [InlineData("traffic.sidecar.istio.io/includeOutboundIPRanges", "bad", "includeipranges")]
    [InlineData("traffic.sidecar.istio.io/excludeOutboundIPRanges", "*", "excludeipranges")]
    [InlineData("traffic.sidecar.istio.io/includeInboundPorts", "bad", "includeinboundports")]
    [InlineData("traffic.sidecar.istio.io/excludeInboundPorts", "*", "excludeinboundports")]
    [InlineData("traffic.sidecar.istio.io/excludeOutboundPorts", "bad", "excludeoutboundports")]
    public void Validate_ConformanceBadTrafficAnnotations_ThrowWithExpectedFragment(string name, string value, string fragment)
    {
        var error = Assert.Throws<InvalidAnnotationException>(() => TrafficAnnotationValidator.Validate(new Dictionary<string, string> { [name] = value }));

        Assert.Equal(name, error.AnnotationName);
        Assert.Contains(fragment, error.Message.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Contains($"invalid value '{value}' for annotation '{name}'", error.Message, StringComparison.Ordinal);
    }

    // Values the conformance inputs inject with successfully.
    [Theory]
    [InlineData("traffic.sidecar.istio.io/includeOutboundIPRanges", "127.0.0.1/24,10.96.0.1/24")]
    [InlineData("traffic.sidecar.istio.io/includeOutboundIPRanges", "*")]
    [InlineData("traffic.sidecar.istio.io/includeOutboundIPRanges", "")]
    [InlineData("traffic.sidecar.istio.io/excludeOutboundIPRanges", "10.96.0.2/24,10.96.0.3/24")]
    [InlineData("traffic.sidecar.istio.io/excludeOutboundIPRanges", "fd00::/8")]
    [InlineData("traffic.sidecar.istio.io/includeInboundPorts", "1,2,3")]
    [InlineData("traffic.sidecar.istio.io/includeInboundPorts", "*")]
    [InlineData("traffic.sidecar.istio.io/includeInboundPorts", "")]
    [InlineData("traffic.sidecar.istio.io/excludeInboundPorts", "4, 5 ,6")]
    [InlineData("traffic.sidecar.istio.io/excludeOutboundPorts", "7,8,9")]
    [InlineData("traffic.sidecar.istio.io/kubevirtInterfaces", "net1,net2")]
    [InlineData("istio.io/reroute-virtual-interfaces", "net1ps5,net2qr9")]
    [InlineData("sidecar.istio.io/interceptionMode", "TPROXY")]
    [InlineData("status.sidecar.istio.io/port", "0")]
    [InlineData("readiness.status.sidecar.istio.io/periodSeconds", "200")]
    [InlineData("prometheus.istio.io/merge-metrics", "F")]
    [InlineData("sidecar.istio.io/proxyCPU", "4000m")]
    [InlineData("sidecar.istio.io/proxyMemoryLimit", "2Gi")]
    [InlineData("sidecar.istio.io/proxyCPULimit", "1e3")]
    [InlineData("proxy.istio.io/config", "holdApplicationUntilProxyStarts: true")]
    [InlineData("unrelated.example.com/anything", "bad")]
    public void Validate_ValidValue_DoesNotThrow(string name, string value)
    {
        TrafficAnnotationValidator.Validate(new Dictionary<string, string> { [name] = value });
    }

    [Theory]
    [InlineData("traffic.sidecar.istio.io/includeOutboundIPRanges", "10.0.0.1")]
    [InlineData("traffic.sidecar.istio.io/includeOutboundIPRanges", "10.0.0.01/8")]
    [InlineData("traffic.sidecar.istio.io/includeOutboundIPRanges", "10.0.0.1/08")]
    [InlineData("traffic.sidecar.istio.io/includeOutboundIPRanges", "10.0.0.1/33")]
    [InlineData("traffic.sidecar.istio.io/includeOutboundIPRanges", "10.0.0.0/8,")]
    [InlineData("traffic.sidecar.istio.io/includeOutboundIPRanges", "10.0.0.0/8, 11.0.0.0/8")]
    [InlineData("traffic.sidecar.istio.io/excludeOutboundIPRanges", "fe80::1%eth0/64")]
    [InlineData("traffic.sidecar.istio.io/excludeInboundPorts", "65536")]
    [InlineData("traffic.sidecar.istio.io/excludeOutboundPorts", "1,,2")]
    [InlineData("traffic.sidecar.istio.io/excludeInterfaces", "0eth")]
    [InlineData("traffic.sidecar.istio.io/kubevirtInterfaces", "averyveryverylongname")]
    [InlineData("traffic.sidecar.istio.io/kubevirtInterfaces", "net1,")]
    [InlineData("sidecar.istio.io/interceptionMode", "redirect")]
    [InlineData("status.sidecar.istio.io/port", "-1")]
    [InlineData("readiness.status.sidecar.istio.io/failureThreshold", "4294967296")]
    [InlineData("readiness.status.sidecar.istio.io/initialDelaySeconds", " 1")]
    [InlineData("prometheus.istio.io/merge-metrics", "yes")]
    [InlineData("sidecar.istio.io/proxyMemory", "1GB")]
    [InlineData("sidecar.istio.io/proxyMemory", "")]
    [InlineData("sidecar.istio.io/proxyCPU", "1\n")]
    [InlineData("proxy.istio.io/config", "[1, 2]")]
    public void Validate_InvalidValue_ThrowsNamingTheAnnotation(string name, string value)
    {
        var error = Assert.Throws<InvalidAnnotationException>(() => TrafficAnnotationValidator.Validate(new Dictionary<string, string> { [name] = value }));

        Assert.Equal(name, error.AnnotationName);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralInvalid_ReportsFirstByNameAndListsAll()
    {
        var annotations = new Dictionary<string, string>
        {
            ["traffic.sidecar.istio.io/excludeOutboundPorts"] = "x",
            ["sidecar.istio.io/interceptionMode"] = "y",
        };

        var error = Assert.Throws<InvalidAnnotationException>(() => TrafficAnnotationValidator.Validate(annotations));

        Assert.Equal("sidecar.istio.io/interceptionMode", error.AnnotationName);
        Assert.Contains("traffic.sidecar.istio.io/excludeOutboundPorts", error.Message, StringComparison.Ordinal);
    }
}
