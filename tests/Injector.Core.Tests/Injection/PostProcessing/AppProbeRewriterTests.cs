using System.Text.Json.Nodes;

using Injector.Core.Injection.PostProcessing;

using static Injector.Core.Tests.Injection.PostProcessing.TestPods;

namespace Injector.Core.Tests.Injection.PostProcessing;

public sealed class AppProbeRewriterTests
{
    // The hello-probes input after merging the sidecar template (istio-proxy as a native sidecar).
    private const string HelloProbesPod = """
        {"metadata":{},"spec":{
          "containers":[
            {"name":"hello","image":"hello","ports":[{"name":"http","containerPort":80}],
             "livenessProbe":{"httpGet":{"port":"http"}},
             "readinessProbe":{"httpGet":{"port":3333}},
             "lifecycle":{"preStop":{"httpGet":{"port":91}},"postStart":{"tcpSocket":{"port":93}}}},
            {"name":"world","image":"hello","ports":[{"name":"http","containerPort":90}],
             "livenessProbe":{"httpGet":{"port":"http"}},
             "readinessProbe":{"exec":{"command":["cat","/tmp/healthy"]}}}],
          "initContainers":[{"name":"istio-init"},
            {"name":"istio-proxy","env":[{"name":"TRUST_DOMAIN","value":"cluster.local"}],
             "readinessProbe":{"httpGet":{"path":"/healthz/ready","port":15021}}}]}}
        """;

    [Fact]
    public void Apply_HelloProbes_RecordsProbersExactlyAsIstio()
    {
        var pod = Parse(HelloProbesPod);

        AppProbeRewriter.Apply(pod, Context());

        // expected/hello-probes.yaml.injected
        Assert.Equal(
            """{"/app-health/hello/livez":{"httpGet":{"port":80}},"/app-health/hello/readyz":{"httpGet":{"port":3333}},"/app-health/world/livez":{"httpGet":{"port":90}},"/app-lifecycle/hello/poststartz":{"tcpSocket":{"port":93}},"/app-lifecycle/hello/prestopz":{"httpGet":{"port":91}}}""",
            Env(Container(pod, "initContainers", "istio-proxy"), "ISTIO_KUBE_APP_PROBERS"));
        Assert.Equal(["TRUST_DOMAIN", "ISTIO_KUBE_APP_PROBERS"], EnvNames(Container(pod, "initContainers", "istio-proxy")));
    }

    [Fact]
    public void Apply_HelloProbes_PointsProbesAndHooksAtTheAgent()
    {
        var pod = Parse(HelloProbesPod);

        AppProbeRewriter.Apply(pod, Context());

        var hello = Container(pod, "containers", "hello");
        Assert.Equal("""{"path":"/app-health/hello/livez","port":15020}""", hello["livenessProbe"]!["httpGet"]!.ToJsonString());
        Assert.Equal("""{"path":"/app-health/hello/readyz","port":15020}""", hello["readinessProbe"]!["httpGet"]!.ToJsonString());
        Assert.Equal("""{"httpGet":{"path":"/app-lifecycle/hello/prestopz","port":15020}}""", hello["lifecycle"]!["preStop"]!.ToJsonString());
        Assert.Equal("""{"httpGet":{"path":"/app-lifecycle/hello/poststartz","port":15020}}""", hello["lifecycle"]!["postStart"]!.ToJsonString());
        var world = Container(pod, "containers", "world");
        Assert.Equal("""{"exec":{"command":["cat","/tmp/healthy"]}}""", world["readinessProbe"]!.ToJsonString());
    }

    [Fact]
    public void Apply_ProxyOwnProbes_AreLeftAlone()
    {
        var pod = Parse(HelloProbesPod);

        AppProbeRewriter.Apply(pod, Context());

        Assert.Equal(
            """{"path":"/healthz/ready","port":15021}""",
            Container(pod, "initContainers", "istio-proxy")["readinessProbe"]!["httpGet"]!.ToJsonString());
    }

    [Fact]
    public void Apply_HttpsProbe_KeepsSchemeForAgentAndSpeaksHttpToKubelet()
    {
        var pod = Parse("""
            {"spec":{"containers":[
              {"name":"hello","readinessProbe":{"httpGet":{"port":3333,"scheme":"HTTPS"}}},PROXY]}}
            """);

        AppProbeRewriter.Apply(pod, Context());

        Assert.Equal(
            """{"/app-health/hello/readyz":{"httpGet":{"port":3333,"scheme":"HTTPS"}}}""",
            Env(Container(pod, "containers", "istio-proxy"), "ISTIO_KUBE_APP_PROBERS"));
        Assert.Equal(
            """{"path":"/app-health/hello/readyz","port":15020,"scheme":"HTTP"}""",
            Container(pod, "containers", "hello")["readinessProbe"]!["httpGet"]!.ToJsonString());
    }

    [Fact]
    public void Apply_TcpProbes_BecomeHttpCallsToTheAgent()
    {
        var pod = Parse("""
            {"spec":{"containers":[
              {"name":"hello","ports":[{"name":"http","containerPort":80}],
               "livenessProbe":{"tcpSocket":{"port":"http"},"periodSeconds":5},
               "readinessProbe":{"tcpSocket":{"port":3333}}},PROXY]}}
            """);

        AppProbeRewriter.Apply(pod, Context());

        // expected/tcp-probes.yaml.injected
        Assert.Equal(
            """{"/app-health/hello/livez":{"tcpSocket":{"port":80}},"/app-health/hello/readyz":{"tcpSocket":{"port":3333}}}""",
            Env(Container(pod, "containers", "istio-proxy"), "ISTIO_KUBE_APP_PROBERS"));
        Assert.Equal(
            """{"httpGet":{"path":"/app-health/hello/livez","port":15020},"periodSeconds":5}""",
            Container(pod, "containers", "hello")["livenessProbe"]!.ToJsonString());
    }

    [Fact]
    public void Apply_GrpcProbe_RecordsPortAndNullServiceAndTimeout()
    {
        var pod = Parse("""
            {"spec":{"containers":[
              {"name":"app","livenessProbe":{"grpc":{"port":8080},"timeoutSeconds":2},
               "readinessProbe":{"grpc":{"port":8080,"service":"health"}}},PROXY]}}
            """);

        AppProbeRewriter.Apply(pod, Context());

        Assert.Equal(
            """{"/app-health/app/livez":{"grpc":{"port":8080,"service":null},"timeoutSeconds":2},"/app-health/app/readyz":{"grpc":{"port":8080,"service":"health"}}}""",
            Env(Container(pod, "containers", "istio-proxy"), "ISTIO_KUBE_APP_PROBERS"));
        Assert.Equal(
            """{"httpGet":{"path":"/app-health/app/livez","port":15020},"timeoutSeconds":2}""",
            Container(pod, "containers", "app")["livenessProbe"]!.ToJsonString());
    }

    [Fact]
    public void Apply_ProbeFields_WrittenInGoFieldOrderWithGoEscaping()
    {
        var pod = Parse("""
            {"spec":{"containers":[
              {"name":"app","readinessProbe":{"timeoutSeconds":0,"httpGet":{"httpHeaders":[{"value":"a<b","name":"X"}],
                "scheme":"HTTP","host":"h","port":8000,"path":"/ip?a=1&b=2"}}},PROXY]}}
            """);

        AppProbeRewriter.Apply(pod, Context());

        Assert.Equal(
            """{"/app-health/app/readyz":{"httpGet":{"path":"/ip?a=1\u0026b=2","port":8000,"host":"h","scheme":"HTTP","httpHeaders":[{"name":"X","value":"a\u003cb"}]}}}""",
            Env(Container(pod, "containers", "istio-proxy"), "ISTIO_KUBE_APP_PROBERS"));
    }

    [Fact]
    public void Apply_UnknownNamedPort_ProbeRewrittenButNotRecorded()
    {
        var pod = Parse("""
            {"spec":{"containers":[
              {"name":"app","readinessProbe":{"httpGet":{"port":"missing"}},"livenessProbe":{"httpGet":{"port":81}}},PROXY]}}
            """);

        AppProbeRewriter.Apply(pod, Context());

        Assert.Equal(
            """{"/app-health/app/livez":{"httpGet":{"port":81}}}""",
            Env(Container(pod, "containers", "istio-proxy"), "ISTIO_KUBE_APP_PROBERS"));
        Assert.Equal(15020, (int)Container(pod, "containers", "app")["readinessProbe"]!["httpGet"]!["port"]!);
    }

    [Fact]
    public void Apply_NativeSidecarInitContainerProbe_IsRecorded()
    {
        var pod = Parse("""
            {"spec":{"initContainers":[
              {"name":"istio-init"},
              {"name":"istio-proxy","env":[]},
              {"name":"other-sidecar","restartPolicy":"Always","readinessProbe":{"httpGet":{"port":3333}}}],
              "containers":[{"name":"hello"}]}}
            """);

        AppProbeRewriter.Apply(pod, Context());

        // expected/native-sidecar.yaml.injected
        Assert.Equal(
            """{"/app-health/other-sidecar/readyz":{"httpGet":{"port":3333}}}""",
            Env(Container(pod, "initContainers", "istio-proxy"), "ISTIO_KUBE_APP_PROBERS"));
        Assert.Equal("/app-health/other-sidecar/readyz", (string?)Container(pod, "initContainers", "other-sidecar")["readinessProbe"]!["httpGet"]!["path"]);
    }

    [Theory]
    [InlineData(null, true, true)]
    [InlineData(null, false, false)]
    [InlineData("false", true, false)]
    [InlineData("true", false, true)]
    [InlineData("F", true, false)]
    [InlineData("nope", false, false)]
    public void Apply_RewriteAnnotation_OverridesValuesDefaultWhenItParses(string? annotation, bool valuesDefault, bool rewritten)
    {
        string annotations = annotation is null ? "{}" : """{"sidecar.istio.io/rewriteAppHTTPProbers":"VALUE"}""".Replace("VALUE", annotation, StringComparison.Ordinal);
        var pod = Parse("""
            {"metadata":{"annotations":ANNOTATIONS},"spec":{"containers":[
              {"name":"app","readinessProbe":{"httpGet":{"port":8000}}},PROXY]}}
            """.Replace("ANNOTATIONS", annotations, StringComparison.Ordinal));

        AppProbeRewriter.Apply(pod, Context(rewriteAppHttpProbe: valuesDefault));

        int port = (int)Container(pod, "containers", "app")["readinessProbe"]!["httpGet"]!["port"]!;
        Assert.Equal(rewritten ? 15020 : 8000, port);
        Assert.Equal(rewritten, Env(Container(pod, "containers", "istio-proxy"), "ISTIO_KUBE_APP_PROBERS") is not null);
    }

    [Fact]
    public void Apply_StatusPortAnnotation_IsTheProbeTarget()
    {
        var pod = Parse("""
            {"metadata":{"annotations":{"status.sidecar.istio.io/port":"123"}},"spec":{"containers":[
              {"name":"app","readinessProbe":{"httpGet":{"port":8000}}},PROXY]}}
            """);

        AppProbeRewriter.Apply(pod, Context());

        Assert.Equal(123, (int)Container(pod, "containers", "app")["readinessProbe"]!["httpGet"]!["port"]!);
    }

    [Fact]
    public void Apply_ProbeAlreadyOnMeshStatusPort_IsNotRecordedAgain()
    {
        var pod = Parse("""
            {"spec":{"containers":[
              {"name":"app","readinessProbe":{"httpGet":{"path":"/app-health/app/readyz","port":15020}}},PROXY]}}
            """);

        AppProbeRewriter.Apply(pod, Context());

        Assert.Null(Env(Container(pod, "containers", "istio-proxy"), "ISTIO_KUBE_APP_PROBERS"));
    }

    [Fact]
    public void Apply_ReinjectedPod_MergesWithPreviousProbersWhichWin()
    {
        // The merge-probers case: an injected pod gains a container "new".
        var pod = Parse("""
            {"metadata":{"annotations":{"sidecar.istio.io/status":"{}"}},"spec":{"containers":[
              {"name":"istio-proxy","env":[
                {"name":"ISTIO_KUBE_APP_PROBERS","value":"{\"/app-health/hello/livez\":{\"httpGet\":{\"port\":80}},\"/app-health/hello/readyz\":{\"httpGet\":{\"port\":3333}},\"/app-health/world/livez\":{\"httpGet\":{\"port\":90}}}"},
                {"name":"LAST","value":"x"}]},
              {"name":"hello","livenessProbe":{"httpGet":{"path":"/app-health/hello/livez","port":15020}}},
              {"name":"new","ports":[{"name":"http","containerPort":8008}],"livenessProbe":{"httpGet":{"path":"/testLive","port":8008}}}]}}
            """);

        AppProbeRewriter.Apply(pod, Context());

        var proxy = Container(pod, "containers", "istio-proxy");
        // expected/merge-probers.yaml.injected
        Assert.Equal(
            """{"/app-health/hello/livez":{"httpGet":{"port":80}},"/app-health/hello/readyz":{"httpGet":{"port":3333}},"/app-health/new/livez":{"httpGet":{"path":"/testLive","port":8008}},"/app-health/world/livez":{"httpGet":{"port":90}}}""",
            Env(proxy, "ISTIO_KUBE_APP_PROBERS"));
        Assert.Equal(["ISTIO_KUBE_APP_PROBERS", "LAST"], EnvNames(proxy));
        Assert.Equal("/app-health/new/livez", (string?)Container(pod, "containers", "new")["livenessProbe"]!["httpGet"]!["path"]);
    }

    [Fact]
    public void Apply_NoProxyContainer_ChangesNothing()
    {
        var pod = Parse("""{"spec":{"containers":[{"name":"app","readinessProbe":{"httpGet":{"port":8000}}}]}}""");
        string before = pod.ToJsonString();

        AppProbeRewriter.Apply(pod, Context());

        Assert.Equal(before, pod.ToJsonString());
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("+17", 17)]
    [InlineData(" 17", 0)]
    [InlineData("x", 0)]
    public void ProbeTargetPort_Annotation_ParsedAsGoAtoi(string value, int expected)
    {
        var annotations = new Dictionary<string, string> { ["status.sidecar.istio.io/port"] = value };

        Assert.Equal(expected, AppProbeRewriter.ProbeTargetPort(annotations, 15020));
    }

    [Fact]
    public void Apply_UnknownProbeFields_Survive()
    {
        var pod = Parse("""
            {"spec":{"containers":[
              {"name":"app","x-extra":{"keep":true},"readinessProbe":{"httpGet":{"port":8000},"successThreshold":1,"x-probe":1}},PROXY]}}
            """);

        AppProbeRewriter.Apply(pod, Context());

        var app = Container(pod, "containers", "app");
        Assert.Equal("""{"keep":true}""", app["x-extra"]!.ToJsonString());
        Assert.Equal(1, (int)app["readinessProbe"]!["x-probe"]!);
        Assert.Equal(1, (int)app["readinessProbe"]!["successThreshold"]!);
        Assert.IsType<JsonObject>(app["readinessProbe"]!["httpGet"]);
    }

    [Fact]
    public void Apply_PortsBuiltInMemory_ReadLikeParsedOnes()
    {
        var pod = Parse("""{"spec":{"containers":[{"name":"app","ports":[{"name":"http"}],"readinessProbe":{"httpGet":{}}},PROXY]}}""");
        var app = Container(pod, "containers", "app");
        app["ports"]![0]!["containerPort"] = 8080;
        app["readinessProbe"]!["httpGet"]!["port"] = "http";
        app["readinessProbe"]!["timeoutSeconds"] = 3;

        AppProbeRewriter.Apply(pod, Context());

        Assert.Equal(
            """{"/app-health/app/readyz":{"httpGet":{"port":8080},"timeoutSeconds":3}}""",
            Env(Container(pod, "containers", "istio-proxy"), "ISTIO_KUBE_APP_PROBERS"));
    }
}
