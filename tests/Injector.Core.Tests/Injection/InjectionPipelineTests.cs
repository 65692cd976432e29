using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection;

namespace Injector.Core.Tests.Injection;

public class InjectionPipelineTests
{
    private static readonly InjectionSettings s_settings = InjectionSettings.Load(new InjectionSettingsSource
    {
        Config = """
            policy: enabled
            defaultTemplates: [base]
            aliases:
              base: [sidecar, extra]
            templates:
              sidecar: "spec: {}"
              extra: "spec: {}"
            """,
    });

    private static JsonObject Pod(string json) => (JsonObject)JsonNode.Parse(json)!;

    [Fact]
    public void Inject_HostNetworkPod_IsSkippedAndReturnedUnchanged()
    {
        JsonObject pod = Pod("""{"metadata": {"name": "p"}, "spec": {"hostNetwork": true, "containers": [{"name": "app"}]}}""");

        InjectionResult result = InjectionPipeline.Inject(s_settings, new InjectionRequest { Pod = pod });

        Assert.Equal(InjectionOutcome.Skipped, result.Outcome);
        Assert.Equal(InjectionReason.HostNetwork, result.Reason);
        Assert.True(JsonNode.DeepEquals(pod, result.Pod));
    }

    [Fact]
    public void Inject_UnknownTemplate_FailsNamingItAndTheKnownOnes()
    {
        JsonObject pod = Pod("""{"metadata": {"annotations": {"inject.istio.io/templates": "nope"}}, "spec": {"containers": [{"name": "app"}]}}""");

        InjectionResult result = InjectionPipeline.Inject(s_settings, new InjectionRequest { Pod = pod });

        Assert.Equal(InjectionOutcome.Failed, result.Outcome);
        Assert.Equal(InjectionReason.TemplateError, result.Reason);
        Assert.Contains("\"nope\" not found; have extra, sidecar", result.Message, StringComparison.Ordinal);
        Assert.Null(result.Pod);
    }

    [Fact]
    public void Inject_InvalidTrafficAnnotation_FailsNamingTheAnnotation()
    {
        JsonObject pod = Pod("""{"metadata": {"annotations": {"traffic.sidecar.istio.io/includeInboundPorts": "bad"}}, "spec": {"containers": [{"name": "app"}]}}""");

        InjectionResult result = InjectionPipeline.Inject(s_settings, new InjectionRequest { Pod = pod, Mode = InjectionMode.KubeInject });

        Assert.Equal(InjectionOutcome.Failed, result.Outcome);
        Assert.Equal(InjectionReason.InvalidAnnotation, result.Reason);
        Assert.Contains("traffic.sidecar.istio.io/includeInboundPorts", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inject_UnparsableProxyConfigAnnotationInKubeInject_Fails()
    {
        JsonObject pod = Pod("""{"metadata": {"annotations": {"proxy.istio.io/config": "[1, 2"}}, "spec": {"containers": [{"name": "app"}]}}""");

        InjectionResult result = InjectionPipeline.Inject(s_settings, new InjectionRequest { Pod = pod, Mode = InjectionMode.KubeInject });

        Assert.Equal(InjectionOutcome.Failed, result.Outcome);
        Assert.Equal(InjectionReason.InvalidAnnotation, result.Reason);
        Assert.Contains("proxy.istio.io/config", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inject_UnparsableProxyConfigAnnotationInWebhook_FailsNamingTheAnnotation()
    {
        JsonObject pod = Pod("""{"metadata": {"annotations": {"proxy.istio.io/config": "[1, 2]"}}, "spec": {"containers": [{"name": "app"}]}}""");

        InjectionResult result = InjectionPipeline.Inject(s_settings, new InjectionRequest { Pod = pod });

        Assert.Equal(InjectionOutcome.Failed, result.Outcome);
        Assert.Equal(InjectionReason.InvalidAnnotation, result.Reason);
        Assert.Contains("proxy.istio.io/config", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inject_SpecThatIsNotAnObject_FailsAsInvalidPod()
    {
        InjectionResult result = InjectionPipeline.Inject(s_settings, new InjectionRequest { Pod = Pod("""{"spec": [1, 2]}""") });

        Assert.Equal(InjectionOutcome.Failed, result.Outcome);
        Assert.Equal(InjectionReason.InvalidPod, result.Reason);
    }

    [Fact]
    public void Inject_NeverModifiesTheRequestPod()
    {
        JsonObject pod = Pod("""{"metadata": {"annotations": {"inject.istio.io/templates": "nope"}}, "spec": {"containers": [{"name": "app"}]}}""");
        string before = pod.ToJsonString();

        InjectionPipeline.Inject(s_settings, new InjectionRequest { Pod = pod, Namespace = "ns" });

        Assert.Equal(before, pod.ToJsonString());
    }

    [Fact]
    public void SelectTemplates_Webhook_ExpandsDefaultAliases()
    {
        IReadOnlyList<string> names = InjectionPipeline.SelectTemplates(s_settings, InjectionMode.Webhook, new Dictionary<string, string>());

        Assert.Equal(["sidecar", "extra"], names);
    }

    [Fact]
    public void SelectTemplates_Annotation_IsSplitTrimmedAndExpanded()
    {
        var annotations = new Dictionary<string, string> { ["inject.istio.io/templates"] = "extra, base" };

        Assert.Equal(["extra", "sidecar", "extra"], InjectionPipeline.SelectTemplates(s_settings, InjectionMode.Webhook, annotations));
    }

    [Fact]
    public void SelectTemplates_KubeInject_UsesSidecarWithoutAliases()
    {
        Assert.Equal(["sidecar"], InjectionPipeline.SelectTemplates(s_settings, InjectionMode.KubeInject, new Dictionary<string, string>()));
        Assert.Equal(["base"], InjectionPipeline.SelectTemplates(s_settings, InjectionMode.KubeInject, new Dictionary<string, string> { ["inject.istio.io/templates"] = "base" }));
    }
}
