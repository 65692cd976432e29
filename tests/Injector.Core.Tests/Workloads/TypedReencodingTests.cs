using System.Text.Json.Nodes;

using Injector.Core.Workloads;

namespace Injector.Core.Tests.Workloads;

public sealed class TypedReencodingTests
{
    private const string PodTemplate = """{"metadata":{"labels":{"app":"a"}},"spec":{"containers":[{"name":"app"}]}}""";
    private const string ShapedPodTemplate = """{"metadata":{"labels":{"app":"a"}},"spec":{"containers":[{"name":"app","resources":{}}]}}""";

    [Theory]
    [InlineData(
        """{"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"d"},"spec":{"selector":{},"template":""" + PodTemplate + "}}",
        """{"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"d"},"spec":{"selector":{},"template":""" + ShapedPodTemplate + ""","updateStrategy":{}},"status":{"currentNumberScheduled":0,"numberMisscheduled":0,"desiredNumberScheduled":0,"numberReady":0}}""")]
    [InlineData(
        """{"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"r"},"spec":{"selector":{},"template":""" + PodTemplate + "}}",
        """{"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"r"},"spec":{"selector":{},"template":""" + ShapedPodTemplate + """},"status":{"replicas":0}}""")]
    [InlineData(
        """{"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"s"},"spec":{"selector":{},"serviceName":"s","template":""" + PodTemplate + "}}",
        """{"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"s"},"spec":{"selector":{},"serviceName":"s","template":""" + ShapedPodTemplate + ""","updateStrategy":{}},"status":{"replicas":0,"availableReplicas":0}}""")]
    [InlineData(
        """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"selector":{},"template":""" + PodTemplate + "}}",
        """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"selector":{},"template":""" + ShapedPodTemplate + ""","strategy":{}},"status":{}}""")]
    [InlineData(
        """{"apiVersion":"v1","kind":"ReplicationController","metadata":{"name":"rc"},"spec":{"template":""" + PodTemplate + "}}",
        """{"apiVersion":"v1","kind":"ReplicationController","metadata":{"name":"rc"},"spec":{"template":""" + ShapedPodTemplate + """},"status":{"replicas":0}}""")]
    [InlineData(
        """{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"j"},"spec":{"template":""" + PodTemplate + "}}",
        """{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"j"},"spec":{"template":""" + ShapedPodTemplate + """},"status":{}}""")]
    [InlineData(
        """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"initContainers":[{"name":"init"}],"containers":[{"name":"app"}]}}""",
        """{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"initContainers":[{"name":"init","resources":{}}],"containers":[{"name":"app","resources":{}}]},"status":{}}""")]
    public void Apply_KnownKind_AddsTheFieldsGoPrintsWhenZero(string input, string expected)
    {
        AssertApplied(input, expected);
    }

    [Fact]
    public void Apply_DeploymentConfig_AddsTestReplicasStrategyResourcesAndStatusCounters()
    {
        AssertApplied(
            """
            {"apiVersion":"apps.openshift.io/v1","kind":"DeploymentConfig","metadata":{"name":"dc"},
             "spec":{"strategy":{"type":"Rolling"},"triggers":[{"type":"ImageChange","imageChangeParams":{"automatic":true}}],
                     "template":{"metadata":{},"spec":{"containers":[]}}}}
            """,
            """
            {"apiVersion":"apps.openshift.io/v1","kind":"DeploymentConfig","metadata":{"name":"dc"},
             "spec":{"strategy":{"type":"Rolling","resources":{}},
                     "triggers":[{"type":"ImageChange","imageChangeParams":{"automatic":true,"from":{}}}],
                     "template":{"metadata":{},"spec":{"containers":[]}},"replicas":0,"test":false},
             "status":{"latestVersion":0,"observedGeneration":0,"replicas":0,"updatedReplicas":0,"availableReplicas":0,"unavailableReplicas":0}}
            """);
    }

    [Fact]
    public void Apply_CronJob_PrintsJobTemplateAndPodTemplateMetadataEvenWhenEmpty()
    {
        AssertApplied(
            """
            {"apiVersion":"batch/v1","kind":"CronJob","metadata":{"name":"c"},
             "spec":{"schedule":"* * * * *","jobTemplate":{"spec":{"template":{"spec":{"containers":[{"name":"app"}]}}}}}}
            """,
            """
            {"apiVersion":"batch/v1","kind":"CronJob","metadata":{"name":"c"},
             "spec":{"schedule":"* * * * *","jobTemplate":{"spec":{"template":{"spec":{"containers":[{"name":"app","resources":{}}]},"metadata":{}}},"metadata":{}}},
             "status":{}}
            """);
    }

    [Fact]
    public void Apply_MissingNonOmitemptyFields_GetTheirZeroOrNull()
    {
        // A StatefulSet without selector or serviceName: Go prints the nil pointer as null and the string as "".
        AssertApplied(
            """{"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"s"},"spec":{"template":{"spec":{}}}}""",
            """
            {"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"s"},
             "spec":{"template":{"spec":{"containers":null},"metadata":{}},"selector":null,"serviceName":"","updateStrategy":{}},
             "status":{"replicas":0,"availableReplicas":0}}
            """);
    }

    [Fact]
    public void Apply_PresentValues_AreKept()
    {
        AssertApplied(
            """
            {"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"d"},
             "spec":{"selector":{},"template":{"metadata":{},"spec":{"containers":[{"name":"app","resources":{"limits":{"cpu":"1"}}}]}},
                     "updateStrategy":{"type":"OnDelete"}},
             "status":{"numberReady":3}}
            """,
            """
            {"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"name":"d"},
             "spec":{"selector":{},"template":{"metadata":{},"spec":{"containers":[{"name":"app","resources":{"limits":{"cpu":"1"}}}]}},
                     "updateStrategy":{"type":"OnDelete"}},
             "status":{"numberReady":3,"currentNumberScheduled":0,"numberMisscheduled":0,"desiredNumberScheduled":0}}
            """);
    }

    [Fact]
    public void Apply_NullStructsAndScalars_DecodeToTheirZeroValue()
    {
        // Go decodes null into a struct or a non-pointer scalar as a no-op, so the zero value is printed.
        AssertApplied(
            """{"apiVersion":"v1","kind":"ReplicationController","metadata":null,"spec":{"template":null},"status":{"replicas":null}}""",
            """{"apiVersion":"v1","kind":"ReplicationController","metadata":{},"spec":{"template":null},"status":{"replicas":0}}""");
    }

    [Fact]
    public void Apply_List_PrintsListMetadataAndLeavesItemsToTheirOwnKinds()
    {
        AssertApplied(
            """{"apiVersion":"v1","kind":"List","items":[{"apiVersion":"apps/v1","kind":"ReplicaSet","spec":{}}]}""",
            """{"apiVersion":"v1","kind":"List","items":[{"apiVersion":"apps/v1","kind":"ReplicaSet","spec":{}}],"metadata":{}}""");
    }

    [Fact]
    public void Apply_OldApiVersionOfAKnownKind_IsReencodedAsTheCurrentType()
    {
        AssertApplied(
            """{"apiVersion":"extensions/v1beta1","kind":"ReplicaSet","spec":{}}""",
            """{"apiVersion":"extensions/v1beta1","kind":"ReplicaSet","spec":{"selector":null,"template":{"metadata":{},"spec":{"containers":null}}},"metadata":{},"status":{"replicas":0}}""");
    }

    [Theory]
    [InlineData("""{"apiVersion":"v1","kind":"Service","metadata":{"name":"s"},"spec":{}}""")]
    [InlineData("""{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"d"},"spec":{}}""")]
    [InlineData("""{"spec":{}}""")]
    public void Apply_UnknownKind_ReturnsFalseAndLeavesTheObjectAlone(string input)
    {
        var workload = (JsonObject)JsonNode.Parse(input)!;

        Assert.False(TypedReencoding.Apply(workload));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(input), workload));
    }

    private static void AssertApplied(string input, string expected)
    {
        var workload = (JsonObject)JsonNode.Parse(input)!;

        Assert.True(TypedReencoding.Apply(workload));

        JsonNode expectedNode = JsonNode.Parse(expected)!;
        Assert.True(
            JsonNode.DeepEquals(expectedNode, workload),
            $"expected {expectedNode.ToJsonString()}\nactual   {workload.ToJsonString()}");
    }
}
