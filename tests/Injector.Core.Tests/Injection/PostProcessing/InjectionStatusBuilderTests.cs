using Injector.Core.Injection.PostProcessing;

using static Injector.Core.Tests.Injection.PostProcessing.TestPods;

namespace Injector.Core.Tests.Injection.PostProcessing;

public sealed class InjectionStatusBuilderTests
{
    [Fact]
    public void Build_NativeSidecarTemplate_ContainersNullAsIstio()
    {
        var template = Parse("""
            {"spec":{"initContainers":[{"name":"istio-init"},{"name":"istio-proxy"}],
             "volumes":[{"name":"workload-socket"},{"name":"credential-socket"},{"name":"workload-certs"},{"name":"istio-envoy"},{"name":"istio-data"},{"name":"istio-podinfo"},{"name":"istio-token"},{"name":"istiod-ca-cert"},{"name":"istio-ca-crl"}]}}
            """);

        // expected/hello.yaml.injected
        Assert.Equal(
            """{"initContainers":["istio-init","istio-proxy"],"containers":null,"volumes":["workload-socket","credential-socket","workload-certs","istio-envoy","istio-data","istio-podinfo","istio-token","istiod-ca-cert","istio-ca-crl"],"imagePullSecrets":null,"revision":"default"}""",
            InjectionStatusBuilder.Build(template, string.Empty));
    }

    [Fact]
    public void Build_RegularSidecarWithPullSecretAndRevision_ListsThem()
    {
        var template = Parse("""
            {"spec":{"initContainers":[{"name":"istio-init"}],"containers":[{"name":"istio-proxy"}],
             "volumes":[{"name":"istio-envoy"}],"imagePullSecrets":[{"name":"barSecret"}]}}
            """);

        Assert.Equal(
            """{"initContainers":["istio-init"],"containers":["istio-proxy"],"volumes":["istio-envoy"],"imagePullSecrets":["barSecret"],"revision":"canary"}""",
            InjectionStatusBuilder.Build(template, "canary"));
    }

    [Fact]
    public void Build_EmptyTemplate_AllListsNull()
    {
        Assert.Equal(
            """{"initContainers":null,"containers":null,"volumes":null,"imagePullSecrets":null,"revision":"default"}""",
            InjectionStatusBuilder.Build(Parse("{}"), string.Empty));
    }
}
