using System.Text.Json.Nodes;

using Injector.Core.Workloads;

namespace Injector.Core.Tests.Workloads;

public sealed class ControllerPodTests
{
    [Fact]
    public void FromWorkload_Deployment_IsOwnedByAFakeReplicaSet()
    {
        JsonObject pod = ControllerPod.FromWorkload(Parse("""
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"hello"},
             "spec":{"template":{"metadata":{"labels":{"app":"hello"}},"spec":{"containers":[{"name":"app"}]}}}}
            """))!;

        Assert.Equal("hello-fake-", pod["metadata"]!["generateName"]!.GetValue<string>());
        Assert.Equal("fake", pod["metadata"]!["labels"]!["pod-template-hash"]!.GetValue<string>());
        Assert.Equal("hello", pod["metadata"]!["labels"]!["app"]!.GetValue<string>());
        Assert.Equal(
            """[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"hello-fake","controller":true}]""",
            pod["metadata"]!["ownerReferences"]!.ToJsonString());
        Assert.Equal("""{"containers":[{"name":"app"}]}""", pod["spec"]!.ToJsonString());
    }

    [Fact]
    public void FromWorkload_StatefulSet_IsOwnedByItself()
    {
        JsonObject pod = ControllerPod.FromWorkload(Parse("""
            {"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"db"},"spec":{"template":{"spec":{}}}}
            """))!;

        Assert.Equal("db", pod["metadata"]!["generateName"]!.GetValue<string>());
        Assert.Equal(
            """[{"apiVersion":"apps/v1","kind":"StatefulSet","name":"db","controller":true}]""",
            pod["metadata"]!["ownerReferences"]!.ToJsonString());
    }

    [Fact]
    public void FromWorkload_CronJob_UsesThePodTemplateOfTheJobTemplate()
    {
        JsonObject pod = ControllerPod.FromWorkload(Parse("""
            {"apiVersion":"batch/v1","kind":"CronJob","metadata":{"name":"cron"},
             "spec":{"jobTemplate":{"metadata":{"labels":{"job":"x"}},"spec":{"template":{"metadata":{"labels":{"pod":"y"}},"spec":{"restartPolicy":"Never"}}}}}}
            """))!;

        Assert.Equal("""{"pod":"y"}""", pod["metadata"]!["labels"]!.ToJsonString());
        Assert.Equal("CronJob", pod["metadata"]!["ownerReferences"]![0]!["kind"]!.GetValue<string>());
        Assert.Equal("Never", pod["spec"]!["restartPolicy"]!.GetValue<string>());
    }

    [Fact]
    public void FromDocument_ListAndPod_YieldInjectablePodsInOrder()
    {
        JsonNode list = JsonNode.Parse("""
            {"apiVersion":"v1","kind":"List","items":[
              {"apiVersion":"v1","kind":"Service","metadata":{"name":"svc"}},
              {"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{}},
              {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"j"},"spec":{"template":{"spec":{}}}}]}
            """)!;

        IReadOnlyList<JsonObject> pods = ControllerPod.FromDocument(list);

        Assert.Equal(2, pods.Count);
        Assert.Equal("p", pods[0]["metadata"]!["name"]!.GetValue<string>());
        Assert.Equal("Pod", pods[0]["kind"]!.GetValue<string>());
        Assert.Equal("j", pods[1]["metadata"]!["generateName"]!.GetValue<string>());
    }

    [Fact]
    public void FromWorkload_DoesNotModifyTheInput()
    {
        JsonObject deployment = Parse("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"template":{"metadata":{},"spec":{}}}}""");
        string before = deployment.ToJsonString();

        ControllerPod.FromWorkload(deployment);

        Assert.Equal(before, deployment.ToJsonString());
    }

    [Theory]
    [InlineData("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":"oops"}""")]
    [InlineData("""{"apiVersion":"batch/v1","kind":"CronJob","metadata":"oops","spec":{"jobTemplate":[]}}""")]
    public void FromWorkload_MalformedWorkload_YieldsAPodWithAnEmptySpec(string json)
    {
        JsonObject pod = ControllerPod.FromWorkload(Parse(json))!;

        Assert.Equal("{}", pod["spec"]!.ToJsonString());
    }

    [Fact]
    public void FromDocument_OldApiVersion_StillYieldsThePod()
    {
        IReadOnlyList<JsonObject> pods = ControllerPod.FromDocument(Parse("""
            {"apiVersion":"extensions/v1beta1","kind":"Deployment","metadata":{"name":"old"},
             "spec":{"template":{"spec":{"containers":[{"name":"c","image":"i"}]}}}}
            """));

        Assert.Equal("old-fake-", Assert.Single(pods)["metadata"]!["generateName"]!.GetValue<string>());
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
