using System.Text.Json.Nodes;

using Injector.Core.Templating.Functions;

namespace Injector.Core.Injection.PostProcessing;

/// <summary>
/// Hands the application's HTTP, TCP and gRPC probes (and httpGet/tcpSocket lifecycle hooks) to the agent:
/// under mutual TLS the kubelet cannot reach the application directly, so each check is recorded in the
/// proxy's ISTIO_KUBE_APP_PROBERS and the probe itself is pointed at the agent's status port.
/// </summary>
internal static class AppProbeRewriter
{
    private const string ProbersEnvName = "ISTIO_KUBE_APP_PROBERS";
    private const string RewriteAnnotation = "sidecar.istio.io/rewriteAppHTTPProbers";
    private const string StatusPortAnnotation = "status.sidecar.istio.io/port";

    public static void Apply(JsonObject pod, PostProcessContext context)
    {
        var sidecar = PodNodes.FindSidecar(pod);
        if (sidecar is null)
        {
            return;
        }

        var annotations = PodNodes.ReadStringMap(pod, "annotations");
        if (!ShouldRewrite(annotations, context.RewriteAppHttpProbe))
        {
            return;
        }

        var probers = KubeAppProbers.Collect(pod, context.StatusPort);
        if (probers.Count > 0)
        {
            // A pod that carries a status annotation is being re-injected: its proxy already lists the
            // probes rewritten last time, which can no longer be read from the (rewritten) containers.
            MergeOrAppend(PodNodes.EnsureEnv(sidecar), probers, annotations.ContainsKey(InjectionStatusBuilder.AnnotationName));
        }

        int statusPort = ProbeTargetPort(annotations, context.StatusPort);
        foreach (var container in PodNodes.Containers(pod, "containers").Concat(PodNodes.Containers(pod, "initContainers")))
        {
            string name = PodNodes.Name(container);
            if (name != PodNodes.ProxyContainerName)
            {
                RewriteContainer(container, name, statusPort);
            }
        }
    }

    /// <summary>The pod annotation decides when it parses as a Go bool; otherwise the values default.</summary>
    public static bool ShouldRewrite(IReadOnlyDictionary<string, string> annotations, bool valuesDefault)
    {
        return annotations.TryGetValue(RewriteAnnotation, out string? value) && GoStrconv.TryParseBool(value, out bool set)
            ? set
            : valuesDefault;
    }

    /// <summary>
    /// The port probes are sent to: the pod's status port annotation when present (an unparsable value yields 0,
    /// as Go's Atoi does), else the mesh status port.
    /// </summary>
    public static int ProbeTargetPort(IReadOnlyDictionary<string, string> annotations, int meshStatusPort)
    {
        if (!annotations.TryGetValue(StatusPortAnnotation, out string? value))
        {
            return meshStatusPort;
        }

        return GoStrconv.TryAtoi(value, out int port) ? port : 0;
    }

    private static void MergeOrAppend(JsonArray env, KubeAppProbers probers, bool previouslyInjected)
    {
        if (previouslyInjected)
        {
            foreach (var node in env)
            {
                if (node is JsonObject existing && PodNodes.StringOf(existing["name"]) == ProbersEnvName)
                {
                    var previous = KubeAppProbers.Parse(PodNodes.StringOf(existing["value"]) ?? string.Empty);
                    if (previous is null)
                    {
                        return;
                    }

                    probers.OverwriteWith(previous);
                    existing["value"] = probers.ToJson();
                    existing.Remove("valueFrom");
                    return;
                }
            }
        }

        env.Add(PodNodes.EnvVar(ProbersEnvName, probers.ToJson()));
    }

    private static void RewriteContainer(JsonObject container, string name, int statusPort)
    {
        var urls = AgentUrls.For(name);
        RewriteProbe(container["readinessProbe"] as JsonObject, urls.Readiness, statusPort);
        RewriteProbe(container["livenessProbe"] as JsonObject, urls.Liveness, statusPort);
        RewriteProbe(container["startupProbe"] as JsonObject, urls.Startup, statusPort);
        if (container["lifecycle"] is JsonObject lifecycle)
        {
            RewriteHandler(lifecycle["preStop"] as JsonObject, urls.PreStop, statusPort, allowGrpc: false);
            RewriteHandler(lifecycle["postStart"] as JsonObject, urls.PostStart, statusPort, allowGrpc: false);
        }
    }

    private static void RewriteProbe(JsonObject? probe, string url, int statusPort)
    {
        RewriteHandler(probe, url, statusPort, allowGrpc: true);
    }

    private static void RewriteHandler(JsonObject? handler, string url, int statusPort, bool allowGrpc)
    {
        if (handler is null)
        {
            return;
        }

        if (handler["httpGet"] is JsonObject httpGet)
        {
            // Path and port lead, as Kubernetes writes HTTPGetAction.
            httpGet.Remove("path");
            httpGet.Remove("port");
            httpGet.Insert(0, "path", url);
            httpGet.Insert(1, "port", statusPort);
            // Kubelet -> HTTP -> agent -> HTTPS -> application: the agent keeps the original scheme.
            if (PodNodes.StringOf(httpGet["scheme"]) == "HTTPS")
            {
                httpGet["scheme"] = "HTTP";
            }

            return;
        }

        // The proxy intercepts TCP and gRPC connections, so those checks become HTTP calls to the agent,
        // which performs the original check itself.
        string? replaced = handler["tcpSocket"] is JsonObject ? "tcpSocket"
            : allowGrpc && handler["grpc"] is JsonObject ? "grpc"
            : null;
        if (replaced is null)
        {
            return;
        }

        int index = handler.IndexOf(replaced);
        handler.Remove(replaced);
        handler.Remove("httpGet");
        handler.Insert(Math.Min(index, handler.Count), "httpGet", new JsonObject { ["path"] = url, ["port"] = statusPort });
    }
}
