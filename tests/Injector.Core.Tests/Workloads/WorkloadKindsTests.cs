using System.Text.Json.Nodes;

using Injector.Core.Workloads;

namespace Injector.Core.Tests.Workloads;

public sealed class WorkloadKindsTests
{
    [Theory]
    [InlineData("v1", "Pod", true)]
    [InlineData("v1", "ReplicationController", true)]
    [InlineData("apps/v1", "Deployment", true)]
    [InlineData("apps/v1", "StatefulSet", true)]
    [InlineData("apps/v1", "DaemonSet", true)]
    [InlineData("apps/v1", "ReplicaSet", true)]
    [InlineData("batch/v1", "Job", true)]
    [InlineData("batch/v1", "CronJob", true)]
    [InlineData("apps.openshift.io/v1", "DeploymentConfig", true)]
    [InlineData("v1", "DeploymentConfig", true)]
    [InlineData("v1", "Service", false)]
    [InlineData("extensions/v1beta1", "Deployment", true)]
    [InlineData("apps/v1beta2", "DaemonSet", true)]
    [InlineData("batch/v1beta1", "CronJob", true)]
    [InlineData("example.com/v1", "Deployment", true)]
    [InlineData("", "ReplicaSet", true)]
    [InlineData("apps/v1", "deployment", false)]
    public void CarriesPod_MatchesTheKindWhateverTheApiVersion(string apiVersion, string kind, bool expected)
    {
        Assert.Equal(expected, WorkloadKinds.CarriesPod(kind, apiVersion));
    }

    [Fact]
    public void Locate_Deployment_ExtractsTemplateAndPutsTheInjectedPodBack()
    {
        var deployment = Parse("""
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"hello","namespace":"sample"},
             "spec":{"replicas":2,"template":{"metadata":{"labels":{"app":"hello"}},"spec":{"containers":[{"name":"app"}]}}}}
            """);

        PodTemplateSite site = WorkloadKinds.Locate(deployment)!;
        JsonObject pod = site.ExtractPod();
        pod["metadata"]!["annotations"] = new JsonObject { ["injected"] = "yes" };
        site.Replace(pod);

        Assert.Equal(new Injector.Core.Injection.WorkloadIdentity("hello", "sample", "Deployment", "apps/v1"), site.Owner);
        Assert.Equal("sample", site.Namespace);
        Assert.Equal("yes", deployment["spec"]!["template"]!["metadata"]!["annotations"]!["injected"]!.GetValue<string>());
        Assert.Equal(2, deployment["spec"]!["replicas"]!.GetValue<int>());
    }

    [Fact]
    public void Locate_CronJob_TakesMetadataFromTheJobTemplate()
    {
        var cronJob = Parse("""
            {"apiVersion":"batch/v1","kind":"CronJob","metadata":{"name":"cron"},
             "spec":{"jobTemplate":{"spec":{"template":{"metadata":{"labels":{"a":"b"}},"spec":{"containers":[]}}}}}}
            """);

        PodTemplateSite site = WorkloadKinds.Locate(cronJob)!;
        JsonObject pod = site.ExtractPod();
        pod["metadata"] = new JsonObject { ["annotations"] = new JsonObject { ["x"] = "y" } };
        site.Replace(pod);

        Assert.Equal("y", cronJob["spec"]!["jobTemplate"]!["metadata"]!["annotations"]!["x"]!.GetValue<string>());
        Assert.Equal("b", cronJob["spec"]!["jobTemplate"]!["spec"]!["template"]!["metadata"]!["labels"]!["a"]!.GetValue<string>());
    }

    [Fact]
    public void Locate_DeploymentWithoutTemplate_IsAnError()
    {
        var deployment = Parse("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"x"},"spec":{}}""");

        InvalidDataException error = Assert.Throws<InvalidDataException>(() => WorkloadKinds.Locate(deployment));

        Assert.Contains("spec.template", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_OtherKind_IsNull()
    {
        Assert.Null(WorkloadKinds.Locate(Parse("""{"apiVersion":"v1","kind":"Service"}""")));
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
