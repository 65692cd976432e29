using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection;
using Injector.Core.Injection.Policy;

namespace Injector.Core.Tests.Injection.Policy;

public class InjectionPolicyEvaluatorTests
{
    private const string Selectors = """
        neverInjectSelector:
          - matchLabels: {never: "yes"}
        alwaysInjectSelector:
          - matchExpressions:
            - {key: always, operator: In, values: ["yes"]}
        """;

    private static InjectionSettings Settings(string policy) =>
        InjectionSettings.Load(new InjectionSettingsSource { Config = $"policy: {policy}\n{Selectors}" });

    private static InjectionDecision Decide(
        string policy,
        string? labels = null,
        string? annotations = null,
        string spec = "{}",
        string namespaceName = "default",
        InjectionMode mode = InjectionMode.Webhook)
    {
        var metadata = new JsonObject
        {
            ["labels"] = labels is null ? null : JsonNode.Parse(labels),
            ["annotations"] = annotations is null ? null : JsonNode.Parse(annotations),
        };
        return InjectionPolicyEvaluator.Decide(Settings(policy), metadata, (JsonObject)JsonNode.Parse(spec)!, namespaceName, mode);
    }

    [Fact]
    public void Decide_PolicyEnabledAndNoOptOut_InjectsForPolicyEnabled()
    {
        InjectionDecision decision = Decide("enabled");

        Assert.True(decision.Inject);
        Assert.Equal(InjectionReason.PolicyEnabled, decision.Reason);
    }

    [Fact]
    public void Decide_PolicyDisabledAndNoOptIn_SkipsForPolicyDisabled()
    {
        InjectionDecision decision = Decide("disabled");

        Assert.False(decision.Inject);
        Assert.Equal(InjectionReason.PolicyDisabled, decision.Reason);
    }

    [Fact]
    public void Decide_UnknownPolicy_SkipsEvenWhenThePodOptsIn()
    {
        InjectionDecision decision = Decide("sometimes", labels: """{"sidecar.istio.io/inject": "true"}""");

        Assert.False(decision.Inject);
        Assert.Equal(InjectionReason.InvalidPolicy, decision.Reason);
    }

    [Fact]
    public void Decide_LabelTrue_InjectsUnderDisabledPolicy()
    {
        InjectionDecision decision = Decide("disabled", labels: """{"sidecar.istio.io/inject": "true"}""");

        Assert.True(decision.Inject);
        Assert.Equal(InjectionReason.LabelEnabled, decision.Reason);
    }

    [Fact]
    public void Decide_LabelFalse_Skips()
    {
        InjectionDecision decision = Decide("enabled", labels: """{"sidecar.istio.io/inject": "false"}""");

        Assert.False(decision.Inject);
        Assert.Equal(InjectionReason.LabelDisabled, decision.Reason);
    }

    [Fact]
    public void Decide_AnnotationTrue_InjectsUnderDisabledPolicy()
    {
        InjectionDecision decision = Decide("disabled", annotations: """{"sidecar.istio.io/inject": "true"}""");

        Assert.True(decision.Inject);
        Assert.Equal(InjectionReason.AnnotationEnabled, decision.Reason);
    }

    [Fact]
    public void Decide_AnnotationFalse_Skips()
    {
        InjectionDecision decision = Decide("enabled", annotations: """{"sidecar.istio.io/inject": "false"}""");

        Assert.False(decision.Inject);
        Assert.Equal(InjectionReason.AnnotationDisabled, decision.Reason);
    }

    [Fact]
    public void Decide_LabelAndAnnotationDisagree_LabelWins()
    {
        InjectionDecision decision = Decide(
            "enabled",
            labels: """{"sidecar.istio.io/inject": "false"}""",
            annotations: """{"sidecar.istio.io/inject": "true"}""");

        Assert.Equal(InjectionReason.LabelDisabled, decision.Reason);
    }

    [Fact]
    public void Decide_InvalidInjectValue_WarnsAndFallsBackToPolicy()
    {
        InjectionDecision decision = Decide("enabled", labels: """{"sidecar.istio.io/inject": "maybe"}""");

        Assert.Equal(InjectionReason.PolicyEnabled, decision.Reason);
        Assert.Contains(decision.Warnings, w => w.Contains("maybe", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_NeverSelectorMatches_Skips()
    {
        InjectionDecision decision = Decide("enabled", labels: """{"never": "yes", "always": "yes"}""");

        Assert.False(decision.Inject);
        Assert.Equal(InjectionReason.NeverInjectSelector, decision.Reason);
    }

    [Fact]
    public void Decide_AlwaysSelectorMatches_InjectsUnderDisabledPolicy()
    {
        InjectionDecision decision = Decide("disabled", labels: """{"always": "yes"}""");

        Assert.True(decision.Inject);
        Assert.Equal(InjectionReason.AlwaysInjectSelector, decision.Reason);
    }

    [Fact]
    public void Decide_HostNetwork_SkipsEvenWhenLabelled()
    {
        InjectionDecision decision = Decide("enabled", labels: """{"sidecar.istio.io/inject": "true"}""", spec: """{"hostNetwork": true}""");

        Assert.False(decision.Inject);
        Assert.Equal(InjectionReason.HostNetwork, decision.Reason);
    }

    [Theory]
    [InlineData("kube-system")]
    [InlineData("kube-public")]
    [InlineData("kube-node-lease")]
    [InlineData("local-path-storage")]
    public void Decide_SystemNamespace_Skips(string namespaceName)
    {
        InjectionDecision decision = Decide("enabled", namespaceName: namespaceName);

        Assert.False(decision.Inject);
        Assert.Equal(InjectionReason.IgnoredNamespace, decision.Reason);
    }

    [Fact]
    public void Decide_KubeInject_IgnoresPolicyAndSelectors()
    {
        InjectionDecision decision = Decide("disabled", labels: """{"never": "yes"}""", mode: InjectionMode.KubeInject);

        Assert.True(decision.Inject);
        Assert.Equal(InjectionReason.PolicyEnabled, decision.Reason);
    }

    [Fact]
    public void Decide_KubeInjectWithInjectFalse_Skips()
    {
        InjectionDecision decision = Decide("enabled", annotations: """{"sidecar.istio.io/inject": "false"}""", mode: InjectionMode.KubeInject);

        Assert.False(decision.Inject);
        Assert.Equal(InjectionReason.AnnotationDisabled, decision.Reason);
    }

    [Fact]
    public void Decide_EmptySelector_NeverMatches()
    {
        InjectionSettings settings = InjectionSettings.Load(new InjectionSettingsSource { Config = "policy: enabled\nneverInjectSelector:\n  - {}\n" });

        InjectionDecision decision = InjectionPolicyEvaluator.Decide(settings, [], [], "default", InjectionMode.Webhook);

        Assert.Equal(InjectionReason.PolicyEnabled, decision.Reason);
    }
}
