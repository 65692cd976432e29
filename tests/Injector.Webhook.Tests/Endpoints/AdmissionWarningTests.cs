using System.Text.Json.Nodes;

using Injector.Core.Admission;
using Injector.Webhook.Tests.TestSupport;

namespace Injector.Webhook.Tests.Endpoints;

/// <summary>The AdmissionReview <c>warnings</c> kubectl shows the user: what was injected, what was ignored, why a pod was skipped.</summary>
public sealed class AdmissionWarningTests : IAsyncLifetime
{
    private WebhookServer server = null!;

    public async Task InitializeAsync() => server = await WebhookServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Post_InjectedPod_WarnsWhichTemplatesWereUsed()
    {
        AdmissionResponse response = await ReviewAsync(Reviews.Pod());

        Assert.NotNull(response.Patch);
        Assert.Equal(["sidecar injected with templates: sidecar"], response.Warnings);
    }

    [Fact]
    public async Task Post_PodRequestingTemplates_WarnsWithTheRequestedTemplates()
    {
        JsonObject pod = Reviews.Pod();
        pod["metadata"]!["annotations"] = new JsonObject { ["inject.istio.io/templates"] = "grpc-agent" };

        AdmissionResponse response = await ReviewAsync(pod);

        Assert.Contains("sidecar injected with templates: grpc-agent", response.Warnings!);
    }

    [Theory]
    [InlineData("labels", "false", "sidecar not injected: the sidecar.istio.io/inject label is \"false\"")]
    [InlineData("annotations", "false", "sidecar not injected: the sidecar.istio.io/inject annotation is \"false\"")]
    public async Task Post_PodOptingOut_WarnsWhyItWasSkipped(string field, string value, string warning)
    {
        JsonObject pod = Reviews.Pod();
        pod["metadata"]![field] = new JsonObject { ["sidecar.istio.io/inject"] = value };

        AdmissionResponse response = await ReviewAsync(pod);

        Assert.True(response.Allowed);
        Assert.Null(response.Patch);
        Assert.Equal([warning], response.Warnings);
    }

    [Fact]
    public async Task Post_HostNetworkPod_WarnsWhyItWasSkipped()
    {
        JsonObject pod = Reviews.Pod();
        pod["spec"]!["hostNetwork"] = true;

        AdmissionResponse response = await ReviewAsync(pod);

        Assert.Null(response.Patch);
        Assert.Equal(["sidecar not injected: the pod has host networking enabled"], response.Warnings);
    }

    [Fact]
    public async Task Post_PodInSystemNamespace_WarnsWhyItWasSkipped()
    {
        AdmissionResponse response = await ReviewAsync(Reviews.Pod(), ns: "kube-system");

        Assert.Null(response.Patch);
        Assert.Equal(["sidecar not injected: namespace kube-system is never injected"], response.Warnings);
    }

    [Fact]
    public async Task Post_InvalidInjectAnnotation_WarnsThatItWasIgnoredAndInjects()
    {
        JsonObject pod = Reviews.Pod();
        pod["metadata"]!["annotations"] = new JsonObject { ["sidecar.istio.io/inject"] = "maybe" };

        AdmissionResponse response = await ReviewAsync(pod);

        Assert.NotNull(response.Patch);
        Assert.Contains("sidecar injected with templates: sidecar", response.Warnings!);
        Assert.Contains(response.Warnings!, w => w.StartsWith("invalid value for sidecar.istio.io/inject: \"maybe\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_InvalidNativeSidecarAnnotation_WarnsThatItWasIgnored()
    {
        JsonObject pod = Reviews.Pod();
        pod["metadata"]!["annotations"] = new JsonObject { ["sidecar.istio.io/nativeSidecar"] = "yes" };

        AdmissionResponse response = await ReviewAsync(pod);

        Assert.NotNull(response.Patch);
        Assert.Contains("ignoring sidecar.istio.io/nativeSidecar: \"yes\" is neither \"true\" nor \"false\"", response.Warnings!);
    }

    [Fact]
    public async Task Post_AlreadyInjectedPod_WarnsThatItWasReinjected()
    {
        JsonObject pod = Reviews.Pod();
        pod["metadata"]!["annotations"] = new JsonObject { ["sidecar.istio.io/status"] = """{"containers":["istio-proxy"],"initContainers":["istio-init"]}""" };

        AdmissionResponse response = await ReviewAsync(pod);

        Assert.Contains(response.Warnings!, w => w.StartsWith("sidecar re-injected: re-injected a previously injected pod", StringComparison.Ordinal));
    }

    private async Task<AdmissionResponse> ReviewAsync(JsonObject pod, string ns = "default")
    {
        AdmissionReview review = await server.ReviewAsync(Reviews.For(pod, ns: ns));
        return review.Response!;
    }
}
