using System.Text.Json.Nodes;

using Injector.Core.Patching;

namespace Injector.Core.Tests.Patching;

public class JsonPatchDiffTests
{
    [Fact]
    public void Create_EqualDocuments_IsEmpty()
    {
        var patch = JsonPatchDiff.Create(Parse("""{"a":[1,{"b":2}],"c":"x"}"""), Parse("""{"c":"x","a":[1,{"b":2.0}]}"""));

        Assert.Empty(patch);
    }

    [Fact]
    public void Create_MemberChanges_AddRemoveReplaceByMember()
    {
        var patch = JsonPatchDiff.Create(Parse("""{"keep":1,"gone":2,"changed":"a"}"""), Parse("""{"keep":1,"changed":"b","new":true}"""));

        AssertPatch("""[{"op":"remove","path":"/gone"},{"op":"replace","path":"/changed","value":"b"},{"op":"add","path":"/new","value":true}]""", patch);
    }

    [Fact]
    public void Create_KeysWithSlashAndTilde_EscapesPointerTokens()
    {
        var patch = JsonPatchDiff.Create(Parse("""{"metadata":{}}"""), Parse("""{"metadata":{"sidecar.istio.io/status":"x","a~b":"y"}}"""));

        AssertPatch("""[{"op":"add","path":"/metadata/sidecar.istio.io~1status","value":"x"},{"op":"add","path":"/metadata/a~0b","value":"y"}]""", patch);
    }

    [Fact]
    public void Create_ArrayGrowsAtEnd_AppendsWithDash()
    {
        var patch = JsonPatchDiff.Create(Parse("""{"c":[{"n":"app"}]}"""), Parse("""{"c":[{"n":"app"},{"n":"proxy"},{"n":"x"}]}"""));

        AssertPatch("""[{"op":"add","path":"/c/-","value":{"n":"proxy"}},{"op":"add","path":"/c/-","value":{"n":"x"}}]""", patch);
    }

    [Fact]
    public void Create_ArrayGrowsAtFront_AddsByIndex()
    {
        var patch = JsonPatchDiff.Create(Parse("""[{"n":"app"}]"""), Parse("""[{"n":"init"},{"n":"proxy"},{"n":"app"}]"""));

        AssertPatch("""[{"op":"add","path":"/0","value":{"n":"init"}},{"op":"add","path":"/1","value":{"n":"proxy"}}]""", patch);
    }

    [Fact]
    public void Create_ArrayShrinks_RemovesFromTheEnd()
    {
        var patch = JsonPatchDiff.Create(Parse("[1,2,3,4,5]"), Parse("[1,5]"));

        AssertPatch("""[{"op":"remove","path":"/3"},{"op":"remove","path":"/2"},{"op":"remove","path":"/1"}]""", patch);
    }

    [Fact]
    public void Create_SameLengthArray_RecursesIntoElements()
    {
        var patch = JsonPatchDiff.Create(
            Parse("""[{"name":"a","image":"x","ports":[1,2]},{"name":"b"}]"""),
            Parse("""[{"name":"a","image":"y","ports":[1,2]},{"name":"b"}]"""));

        AssertPatch("""[{"op":"replace","path":"/0/image","value":"y"}]""", patch);
    }

    [Fact]
    public void Create_ModifiedElementAndAppend_EditsInPlaceAndAppends()
    {
        var from = Parse("""{"containers":[{"name":"app","image":"docker.io/library/app:1.2.3","args":["--port","8080","--verbose"],"env":[{"name":"LOG_LEVEL","value":"debug"},{"name":"REGION","value":"eu-west-1"}],"readinessProbe":{"httpGet":{"path":"/ready","port":8080}}}]}""");
        var to = Parse("""{"containers":[{"name":"app","image":"docker.io/library/app:1.2.3","args":["--port","8080","--verbose"],"env":[{"name":"LOG_LEVEL","value":"debug"},{"name":"REGION","value":"eu-west-1"}],"readinessProbe":{"httpGet":{"path":"/app-health/app/readyz","port":15020}}},{"name":"istio-proxy"}]}""");

        var patch = JsonPatchDiff.Create(from, to);

        AssertPatch(
            """[{"op":"replace","path":"/containers/0/readinessProbe/httpGet/path","value":"/app-health/app/readyz"},{"op":"replace","path":"/containers/0/readinessProbe/httpGet/port","value":15020},{"op":"add","path":"/containers/-","value":{"name":"istio-proxy"}}]""",
            patch);
    }

    [Fact]
    public void Create_InsertionsInTheMiddleOfLongArray_AlignsInsteadOfRewriting()
    {
        var from = new JsonArray(Enumerable.Range(0, 2000).Select(i => (JsonNode)new JsonObject { ["name"] = $"E{i}", ["value"] = i }).ToArray());
        var to = (JsonArray)from.DeepClone();
        to.Insert(1000, new JsonObject { ["name"] = "NEW", ["value"] = "x" });
        to.RemoveAt(10);
        to.Insert(1500, new JsonObject { ["name"] = "NEW2" });

        var patch = JsonPatchDiff.Create(from, to);

        Assert.Equal(3, patch.Count);
        Assert.True(JsonEquality.DeepEquals(to, JsonPatchApplier.Apply(from, patch)));
    }

    [Fact]
    public void Create_UnrelatedArrays_ReplacesWholeArrayWhenShorter()
    {
        var patch = JsonPatchDiff.Create(Parse("""{"a":[1,2,3,4,5,6]}"""), Parse("""{"a":[7,8]}"""));

        AssertPatch("""[{"op":"replace","path":"/a","value":[7,8]}]""", patch);
    }

    [Fact]
    public void Create_DifferentRootKinds_ReplacesRoot()
    {
        var patch = JsonPatchDiff.Create(Parse("[1]"), Parse("""{"a":1}"""));

        AssertPatch("""[{"op":"replace","path":"","value":{"a":1}}]""", patch);
    }

    [Fact]
    public void Create_NumbersEqualByValue_ProduceNoOperation()
    {
        Assert.Empty(JsonPatchDiff.Create(Parse("""{"n":1,"m":[1e2]}"""), Parse("""{"n":1.0,"m":[100]}""")));
    }

    private static JsonNode Parse(string json) => JsonNode.Parse(json)!;

    private static void AssertPatch(string expected, JsonArray actual) =>
        Assert.True(JsonEquality.DeepEquals(Parse(expected), actual), $"patch was {actual.ToJsonString()}");
}
