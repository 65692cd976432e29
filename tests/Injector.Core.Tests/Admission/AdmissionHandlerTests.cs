using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Admission;
using Injector.Core.Config;

namespace Injector.Core.Tests.Admission;

public class AdmissionHandlerTests
{
    private static readonly InjectionSettings Settings = InjectionSettings.Load(new InjectionSettingsSource { Config = "policy: enabled\n" });
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public void Handle_NonPodKind_AllowsWithoutPatch()
    {
        var decision = AdmissionHandler.Handle(Settings, Request("""{"uid":"u","kind":{"group":"apps","version":"v1","kind":"Deployment"},"operation":"CREATE","object":{}}"""), NoEnvironment);

        Assert.Equal(AdmissionDecisionKind.Ignored, decision.Kind);
        Assert.True(decision.Response.Allowed);
        Assert.Null(decision.Response.Patch);
        Assert.Equal("u", decision.Response.Uid);
    }

    [Theory]
    [InlineData("UPDATE")]
    [InlineData("DELETE")]
    [InlineData("CONNECT")]
    public void Handle_PodOperationOtherThanCreate_AllowsWithoutPatch(string operation)
    {
        var decision = AdmissionHandler.Handle(Settings, Request("""{"uid":"u","kind":{"group":"","version":"v1","kind":"Pod"},"operation":"OP","object":{"metadata":{}}}""".Replace("OP", operation, StringComparison.Ordinal)), NoEnvironment);

        Assert.Equal(AdmissionDecisionKind.Ignored, decision.Kind);
        Assert.True(decision.Response.Allowed);
    }

    [Fact]
    public void Handle_PodSubresource_AllowsWithoutPatch()
    {
        var decision = AdmissionHandler.Handle(Settings, Request("""{"uid":"u","kind":{"group":"","version":"v1","kind":"Pod"},"subResource":"ephemeralcontainers","operation":"CREATE","object":{}}"""), NoEnvironment);

        Assert.Equal(AdmissionDecisionKind.Ignored, decision.Kind);
    }

    [Fact]
    public void Handle_PodCreateWithoutObject_RefusesNamingTheCause()
    {
        var decision = AdmissionHandler.Handle(Settings, Request("""{"uid":"u","kind":{"group":"","version":"v1","kind":"Pod"},"operation":"CREATE"}"""), NoEnvironment);

        Assert.Equal(AdmissionDecisionKind.Failed, decision.Kind);
        Assert.False(decision.Response.Allowed);
        Assert.Equal("u", decision.Response.Uid);
        Assert.Contains("no pod object", decision.Response.Status!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_PodCreate_NeverAdmitsWithoutEitherPatchOrReason()
    {
        var decision = AdmissionHandler.Handle(
            Settings,
            Request("""{"uid":"u","kind":{"group":"","version":"v1","kind":"Pod"},"operation":"CREATE","namespace":"ns","object":{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"a","image":"i"}]}}}"""),
            NoEnvironment);

        switch (decision.Kind)
        {
            case AdmissionDecisionKind.Injected:
                Assert.True(decision.Response.Allowed);
                Assert.Equal(AdmissionResponse.JsonPatchType, decision.Response.PatchType);
                Assert.NotNull(decision.Response.Patch);
                break;
            case AdmissionDecisionKind.Skipped:
                Assert.True(decision.Response.Allowed);
                Assert.NotEmpty(decision.Response.Warnings!);
                break;
            default:
                Assert.Equal(AdmissionDecisionKind.Failed, decision.Kind);
                Assert.False(decision.Response.Allowed);
                Assert.False(string.IsNullOrEmpty(decision.Response.Status?.Message));
                break;
        }

        Assert.Equal("p", decision.PodName);
    }

    [Fact]
    public void Review_RoundTrip_KeepsUnknownObjectFieldsAndWritesPatchAsBase64()
    {
        var review = JsonSerializer.Deserialize(
            """{"apiVersion":"admission.k8s.io/v1","kind":"AdmissionReview","request":{"uid":"u","object":{"spec":{"future":{"x":1}}},"dryRun":true}}""",
            AdmissionJsonContext.Default.AdmissionReview)!;
        var answer = AdmissionReview.Answer(review.ApiVersion!, new AdmissionResponse { Uid = "u", Allowed = true, Patch = "[]"u8.ToArray(), PatchType = "JSONPatch" });

        var json = JsonNode.Parse(JsonSerializer.Serialize(answer, AdmissionJsonContext.Default.AdmissionReview))!;

        Assert.Equal(1, review.Request!.Object!["spec"]!["future"]!["x"]!.GetValue<int>());
        Assert.True(review.Request.DryRun);
        Assert.Equal("W10=", json["response"]!["patch"]!.GetValue<string>());
        Assert.Null(json["request"]);
        Assert.Null(json["response"]!["status"]);
    }

    private static AdmissionRequest Request(string json) => JsonSerializer.Deserialize<AdmissionRequest>(json, AdmissionJsonContext.Default.Options)!;
}
