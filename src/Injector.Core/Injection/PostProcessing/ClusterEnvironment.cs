using System.Text.Json.Nodes;

namespace Injector.Core.Injection.PostProcessing;

/// <summary>
/// The proxy environment that must win over the templates: the webhook path's variables plus the cluster id and
/// network (webhook path over values, the pod's <c>topology.istio.io/network</c> label over both). The injector
/// may serve another cluster than its own, so these replace whatever the templates rendered.
/// </summary>
internal static class ClusterEnvironment
{
    public const string ClusterIdEnvName = "ISTIO_META_CLUSTER_ID";
    public const string NetworkEnvName = "ISTIO_META_NETWORK";
    public const string NetworkLabel = "topology.istio.io/network";

    /// <summary>The effective variables; empty when nothing overrides the templates.</summary>
    public static SortedDictionary<string, string> Resolve(PostProcessContext context, IReadOnlyDictionary<string, string> originalLabels)
    {
        var environment = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in context.ProxyEnvironment)
        {
            environment[name] = value;
        }

        string cluster = context.ClusterName;
        string network = context.Network;
        if (context.ProxyEnvironment.TryGetValue(ClusterIdEnvName, out string? urlCluster) && urlCluster.Length > 0)
        {
            cluster = urlCluster;
        }

        if (context.ProxyEnvironment.TryGetValue(NetworkEnvName, out string? urlNetwork) && urlNetwork.Length > 0)
        {
            network = urlNetwork;
        }

        if (originalLabels.TryGetValue(NetworkLabel, out string? labelNetwork))
        {
            network = labelNetwork;
        }

        if (cluster.Length > 0)
        {
            environment[ClusterIdEnvName] = cluster;
        }

        if (network.Length > 0)
        {
            environment[NetworkEnvName] = network;
        }

        return environment;
    }

    /// <summary>Replaces the proxy's variables of those names by the given ones, appended in name order.</summary>
    public static void ApplyToProxy(JsonObject pod, SortedDictionary<string, string> environment)
    {
        if (environment.Count == 0 || PodNodes.FindSidecar(pod) is not { } sidecar)
        {
            return;
        }

        var env = PodNodes.EnsureEnv(sidecar);
        for (int i = env.Count - 1; i >= 0; i--)
        {
            if (PodNodes.StringOf(env[i]?["name"]) is { } name && environment.ContainsKey(name))
            {
                env.RemoveAt(i);
            }
        }

        foreach (var (name, value) in environment)
        {
            env.Add(PodNodes.EnvVar(name, value));
        }
    }

    /// <summary>Labels the pod with its network when one was resolved.</summary>
    public static void ApplyNetworkLabel(JsonObject pod, SortedDictionary<string, string> environment)
    {
        if (environment.TryGetValue(NetworkEnvName, out string? network))
        {
            PodNodes.EnsureStringMap(pod, "labels")[NetworkLabel] = network;
        }
    }
}
