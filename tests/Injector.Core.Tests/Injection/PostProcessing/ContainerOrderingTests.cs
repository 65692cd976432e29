using Injector.Core.Injection.PostProcessing;

using static Injector.Core.Tests.Injection.PostProcessing.TestPods;

namespace Injector.Core.Tests.Injection.PostProcessing;

public sealed class ContainerOrderingTests
{
    [Fact]
    public void Apply_NativeSidecar_InitAndProxyBeforeUserInitContainers()
    {
        // The merge appends the proxy after the user's init containers; expected/multi-init.yaml.injected
        var pod = Parse("""{"spec":{"containers":[{"name":"hello"}],"initContainers":[{"name":"init-one"},{"name":"init-two"},{"name":"istio-init"},{"name":"istio-proxy"}]}}""");

        ContainerOrdering.Apply(pod, holdApplicationUntilProxyStarts: false);

        Assert.Equal(["istio-init", "istio-proxy", "init-one", "init-two"], Names(pod, "initContainers"));
        Assert.Equal(["hello"], Names(pod, "containers"));
    }

    [Fact]
    public void Apply_NativeSidecarWithValidationAndCoreDump_FixedLeadingOrder()
    {
        var pod = Parse("""{"spec":{"initContainers":[{"name":"user"},{"name":"enable-core-dump"},{"name":"istio-proxy"},{"name":"istio-validation"}]}}""");

        ContainerOrdering.Apply(pod, holdApplicationUntilProxyStarts: false);

        Assert.Equal(["istio-validation", "istio-proxy", "enable-core-dump", "user"], Names(pod, "initContainers"));
    }

    [Fact]
    public void Apply_RegularSidecar_ProxyLastAndIptablesAfterUserInitContainers()
    {
        // expected/native-sidecar-old-version.yaml.injected
        var pod = Parse("""{"spec":{"containers":[{"name":"istio-proxy"},{"name":"hello"}],"initContainers":[{"name":"istio-init"},{"name":"other-sidecar"}]}}""");

        ContainerOrdering.Apply(pod, holdApplicationUntilProxyStarts: false);

        Assert.Equal(["hello", "istio-proxy"], Names(pod, "containers"));
        Assert.Equal(["other-sidecar", "istio-init"], Names(pod, "initContainers"));
    }

    [Fact]
    public void Apply_RegularSidecarWithValidation_ValidationFirstCoreDumpLast()
    {
        var pod = Parse("""{"spec":{"initContainers":[{"name":"enable-core-dump"},{"name":"user"},{"name":"istio-validation"}]}}""");

        ContainerOrdering.Apply(pod, holdApplicationUntilProxyStarts: false);

        Assert.Equal(["istio-validation", "user", "enable-core-dump"], Names(pod, "initContainers"));
    }

    [Fact]
    public void Apply_HoldApplication_ProxyFirstAmongContainers()
    {
        var pod = Parse("""{"spec":{"containers":[{"name":"hello"},{"name":"world"},{"name":"istio-proxy"}]}}""");

        ContainerOrdering.Apply(pod, holdApplicationUntilProxyStarts: true);

        Assert.Equal(["istio-proxy", "hello", "world"], Names(pod, "containers"));
    }

    [Fact]
    public void Apply_MovedContainer_KeepsItsFields()
    {
        var pod = Parse("""{"spec":{"containers":[{"name":"istio-proxy","x-unknown":{"a":1}},{"name":"hello"}]}}""");

        ContainerOrdering.Apply(pod, holdApplicationUntilProxyStarts: false);

        Assert.Equal("""{"name":"istio-proxy","x-unknown":{"a":1}}""", Container(pod, "containers", "istio-proxy").ToJsonString());
    }
}
