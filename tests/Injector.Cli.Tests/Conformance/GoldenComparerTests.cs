using System.Text.Json.Nodes;

using Injector.Core.Workloads;
using Injector.Testing.Conformance;

namespace Injector.Cli.Tests.Conformance;

public sealed class GoldenComparerTests
{
    private static readonly ConformanceKit Kit = ConformanceKit.Instance;
    private static readonly GoldenComparer Comparer = new(Kit.Omitempty);

    public static TheoryData<string> Goldens()
    {
        var data = new TheoryData<string>();
        foreach (string golden in Kit.Cases.Select(c => c.Expected).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            data.Add(golden);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Goldens))]
    public void CompareManifests_GoldenRewrittenThroughOurYamlWriter_Matches(string golden)
    {
        string text = Kit.ReadText(golden);

        GoldenDifference? difference = Comparer.CompareManifests(Rewrite(text), text);

        Assert.Null(difference);
    }

    [Fact]
    public void CompareManifests_GoStyleArtifacts_AreAccepted()
    {
        const string Expected = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              creationTimestamp: null
              name: hello
            spec:
              strategy: {}
              template:
                metadata:
                  annotations:
                    sidecar.istio.io/status: '{"initContainers":["istio-init"],"containers":null,"revision":"default"}'
                spec:
                  containers:
                  - name: app
                    env:
                    - name: EMPTY
                    resources:
                      limits:
                        cpu: "2"
                        memory: 1Gi
                    readinessProbe:
                      periodSeconds: 2
            status: {}
            ---
            """;
        const string Actual = """
            kind: Deployment
            apiVersion: apps/v1
            metadata: {name: hello}
            spec:
              template:
                metadata:
                  annotations:
                    sidecar.istio.io/status: '{"version":"abc","revision":"default","containers":null,"initContainers":["istio-init"]}'
                spec:
                  containers:
                  - name: app
                    env:
                    - name: EMPTY
                      value: ""
                    resources:
                      limits: {cpu: 2000m, memory: 1024Mi}
                    readinessProbe:
                      initialDelaySeconds: 0
                      periodSeconds: 2
            """;

        Assert.Null(Comparer.CompareManifests(Actual, Expected));
    }

    [Fact]
    public void CompareManifests_ChangedEnvValue_IsRejectedAtItsPath()
    {
        string text = Kit.ReadText("expected/hello.yaml.injected");
        JsonObject document = FirstDocument(text);
        JsonObject env = FirstProxyEnv(document, out string containerPath);
        env["value"] = "changed";

        GoldenDifference? difference = Comparer.CompareManifests(YamlJsonConverter.Serialize(document), text);

        Assert.NotNull(difference);
        Assert.StartsWith($"document 1: {containerPath}.env[", difference.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareManifests_SwappedEnvOrder_IsRejected()
    {
        string text = Kit.ReadText("expected/hello.yaml.injected");
        JsonObject document = FirstDocument(text);
        FirstProxyEnv(document, out _);
        JsonArray envs = ProxyContainer(document)["env"]!.AsArray();
        JsonNode? first = envs[0];
        JsonNode? second = envs[1];
        envs[0] = null;
        envs[1] = null;
        envs[0] = second;
        envs[1] = first;

        Assert.NotNull(Comparer.CompareManifests(YamlJsonConverter.Serialize(document), text));
    }

    [Fact]
    public void CompareManifests_NumberTurnedIntoString_IsRejected()
    {
        string text = Kit.ReadText("expected/hello.yaml.injected");
        JsonObject document = FirstDocument(text);
        JsonObject port = ProxyContainer(document)["ports"]![0]!.AsObject();
        int number = port["containerPort"]!.GetValue<int>();
        port["containerPort"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture);

        GoldenDifference? difference = Comparer.CompareManifests(YamlJsonConverter.Serialize(document), text);

        Assert.NotNull(difference);
        Assert.EndsWith(".ports[0].containerPort", difference.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareManifests_RemovedPrivilegedFalse_IsRejected()
    {
        string text = Kit.ReadText("expected/hello.yaml.injected");
        JsonObject document = FirstDocument(text);
        JsonObject securityContext = ProxyContainer(document)["securityContext"]!.AsObject();
        Assert.False(securityContext["privileged"]!.GetValue<bool>());
        securityContext.Remove("privileged");

        GoldenDifference? difference = Comparer.CompareManifests(YamlJsonConverter.Serialize(document), text);

        Assert.NotNull(difference);
        Assert.EndsWith("securityContext.privileged", difference.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareManifests_StatusAnnotationNullVersusEmptyList_IsRejected()
    {
        const string Expected = "metadata:\n  annotations:\n    sidecar.istio.io/status: '{\"containers\":null}'\n";
        const string Actual = "metadata:\n  annotations:\n    sidecar.istio.io/status: '{\"containers\":[]}'\n";

        Assert.NotNull(Comparer.CompareManifests(Actual, Expected));
    }

    [Fact]
    public void CompareDocuments_WebhookMode_IgnoresStatusAndFieldRefApiVersion()
    {
        JsonNode expected = JsonNode.Parse("""
            {"metadata":{"annotations":{"sidecar.istio.io/status":"x"}},
             "spec":{"containers":[{"name":"p","env":[{"name":"N","valueFrom":{"fieldRef":{"apiVersion":"v1","fieldPath":"metadata.name"}}}]}]}}
            """)!;
        JsonNode actual = JsonNode.Parse("""
            {"metadata":{"annotations":{}},
             "spec":{"containers":[{"name":"p","env":[{"name":"N","valueFrom":{"fieldRef":{"fieldPath":"metadata.name"}}}]}]}}
            """)!;

        Assert.Null(Comparer.CompareDocuments(actual, expected, GoldenCompareMode.Webhook));
        Assert.NotNull(Comparer.CompareDocuments(actual, expected, GoldenCompareMode.KubeInject));
    }

    [Fact]
    public void CompareManifests_EmptyMappingOutsideTheListedKeys_StaysSignificant()
    {
        const string Expected = "spec:\n  volumes:\n  - name: v\n    emptyDir: {}\n";
        const string Actual = "spec:\n  volumes:\n  - name: v\n";

        Assert.NotNull(Comparer.CompareManifests(Actual, Expected));
    }

    private static string Rewrite(string manifest) =>
        string.Concat(ManifestReader.Read(manifest)
            .Where(d => d.Content is not null)
            .Select(d => YamlJsonConverter.Serialize(d.Content) + "---\n"));

    private static JsonObject FirstDocument(string text) =>
        ManifestReader.Read(text).First(d => d.Content is not null).Content!.AsObject();

    private static JsonObject ProxyContainer(JsonObject deployment)
    {
        JsonObject spec = deployment["spec"]!["template"]!["spec"]!.AsObject();
        return spec["initContainers"]!.AsArray().Concat(spec["containers"]!.AsArray())
            .Select(c => c!.AsObject())
            .First(c => c["name"]!.GetValue<string>() == "istio-proxy");
    }

    private static JsonObject FirstProxyEnv(JsonObject deployment, out string containerPath)
    {
        JsonObject spec = deployment["spec"]!["template"]!["spec"]!.AsObject();
        JsonArray init = spec["initContainers"]!.AsArray();
        int index = init.Select(c => c!["name"]!.GetValue<string>()).ToList().IndexOf("istio-proxy");
        containerPath = $"spec.template.spec.initContainers[{index}]";
        return ProxyContainer(deployment)["env"]!.AsArray().First(e => e!["value"] is not null)!.AsObject();
    }
}
