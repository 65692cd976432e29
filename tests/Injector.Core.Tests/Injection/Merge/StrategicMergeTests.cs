using System.Text.Json.Nodes;

using Injector.Core.Injection.Merge;

namespace Injector.Core.Tests.Injection.Merge;

public class StrategicMergeTests
{
    private static JsonObject Merge(string target, string patch)
    {
        var pod = (JsonObject)JsonNode.Parse(target)!;
        StrategicMerge.Apply(pod, (JsonObject)JsonNode.Parse(patch)!, MergeSchema.Pod);
        return pod;
    }

    [Fact]
    public void Apply_NewContainers_ComeBeforeTheOriginalOnes()
    {
        JsonObject pod = Merge("""{"spec": {"volumes": [{"name": "data"}]}}""", """{"spec": {"volumes": [{"name": "a"}, {"name": "b"}]}}""");

        Assert.Equal("""[{"name":"a"},{"name":"b"},{"name":"data"}]""", pod["spec"]!["volumes"]!.ToJsonString());
    }

    [Fact]
    public void Apply_ContainerWithSameName_MergesFieldsAndEnvByName()
    {
        JsonObject pod = Merge(
            """{"spec": {"containers": [{"name": "app", "image": "mine", "env": [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}]}]}}""",
            """{"spec": {"containers": [{"name": "app", "args": ["x"], "env": [{"name": "B", "value": "3"}, {"name": "C", "value": "4"}]}]}}""");

        JsonNode app = pod["spec"]!["containers"]![0]!;
        Assert.Equal("mine", app["image"]!.GetValue<string>());
        Assert.Equal("""["x"]""", app["args"]!.ToJsonString());
        Assert.Equal("""[{"name":"A","value":"1"},{"name":"B","value":"3"},{"name":"C","value":"4"}]""", app["env"]!.ToJsonString());
    }

    [Fact]
    public void Apply_PortsAndVolumeMounts_MergeByTheirKeys()
    {
        JsonObject pod = Merge(
            """{"spec": {"containers": [{"name": "c", "ports": [{"containerPort": 80, "name": "http"}], "volumeMounts": [{"mountPath": "/a", "name": "x"}]}]}}""",
            """{"spec": {"containers": [{"name": "c", "ports": [{"containerPort": 80, "protocol": "TCP"}], "volumeMounts": [{"mountPath": "/a", "readOnly": true}]}]}}""");

        JsonNode c = pod["spec"]!["containers"]![0]!;
        Assert.Equal("""[{"containerPort":80,"name":"http","protocol":"TCP"}]""", c["ports"]!.ToJsonString());
        Assert.Equal("""[{"mountPath":"/a","name":"x","readOnly":true}]""", c["volumeMounts"]!.ToJsonString());
    }

    [Fact]
    public void Apply_UnlistedList_IsReplaced()
    {
        JsonObject pod = Merge("""{"spec": {"containers": [{"name": "c", "args": ["a", "b"]}]}}""", """{"spec": {"containers": [{"name": "c", "args": ["z"]}]}}""");

        Assert.Equal("""["z"]""", pod["spec"]!["containers"]![0]!["args"]!.ToJsonString());
    }

    [Fact]
    public void Apply_NullInPatch_DeletesTheField()
    {
        JsonObject pod = Merge("""{"metadata": {"annotations": {"a": "1", "b": "2"}}}""", """{"metadata": {"annotations": {"a": null}}}""");

        Assert.Equal("""{"b":"2"}""", pod["metadata"]!["annotations"]!.ToJsonString());
    }

    [Fact]
    public void Apply_NewValueWithNulls_DropsTheNulls()
    {
        JsonObject pod = Merge("""{"spec": {}}""", """{"spec": {"containers": [{"name": "c", "resources": {"limits": null, "requests": {"cpu": "10m"}}}]}}""");

        Assert.Equal("""{"requests":{"cpu":"10m"}}""", pod["spec"]!["containers"]![0]!["resources"]!.ToJsonString());
    }

    [Fact]
    public void Apply_UnknownFields_Survive()
    {
        JsonObject pod = Merge(
            """{"x-extra": {"keep": 1}, "spec": {"futureField": [1, 2], "containers": [{"name": "app", "futureContainerField": true}]}}""",
            """{"spec": {"containers": [{"name": "istio-proxy"}]}}""");

        Assert.Equal(1, pod["x-extra"]!["keep"]!.GetValue<int>());
        Assert.Equal("[1,2]", pod["spec"]!["futureField"]!.ToJsonString());
        Assert.True(pod["spec"]!["containers"]![1]!["futureContainerField"]!.GetValue<bool>());
    }

    [Fact]
    public void Apply_RepeatedPatch_IsIdempotent()
    {
        const string patch = """{"spec": {"initContainers": [{"name": "istio-init"}, {"name": "istio-proxy"}], "volumes": [{"name": "v"}]}}""";
        JsonObject once = Merge("""{"spec": {"initContainers": [{"name": "user"}]}}""", patch);
        JsonObject twice = Merge(once.ToJsonString(), patch);

        Assert.True(JsonNode.DeepEquals(once, twice), twice.ToJsonString());
    }

    [Fact]
    public void Apply_DeleteDirective_RemovesTheElement()
    {
        JsonObject pod = Merge("""{"spec": {"volumes": [{"name": "a"}, {"name": "b"}]}}""", """{"spec": {"volumes": [{"name": "a", "$patch": "delete"}]}}""");

        Assert.Equal("""[{"name":"b"}]""", pod["spec"]!["volumes"]!.ToJsonString());
    }
}
