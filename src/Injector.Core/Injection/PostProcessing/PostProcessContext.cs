using System.Text.Json.Nodes;

namespace Injector.Core.Injection.PostProcessing;

/// <summary>
/// What the post-processing steps need besides the merged pod: the rendered templates (what was injected)
/// and the few mesh, proxy-config and values settings that steer probe rewriting, metrics merging,
/// container order and the proxy's cluster environment.
/// </summary>
public sealed record PostProcessContext
{
    /// <summary>
    /// The rendered injection templates merged into an empty pod (Istio's "template pod"). Only its spec is read:
    /// the names of its init containers, containers, volumes and image pull secrets go into the status annotation.
    /// </summary>
    public required JsonObject InjectedTemplate { get; init; }

    /// <summary>Revision recorded in the status annotation; empty means <c>default</c>.</summary>
    public string Revision { get; init; } = string.Empty;

    /// <summary>
    /// The status port of the mesh's default proxy config (<c>defaultConfig.statusPort</c>, 15020 by default);
    /// in kube-inject mode that config already carries the pod's <c>proxy.istio.io/config</c> annotation.
    /// Probes already pointing at it are not recorded again, prometheus scraping is pointed at it, and it is the
    /// probe target unless <c>status.sidecar.istio.io/port</c> names another.
    /// </summary>
    public int StatusPort { get; init; } = 15020;

    /// <summary>Values <c>sidecarInjectorWebhook.rewriteAppHTTPProbe</c> (absent is false); the pod annotation overrides it.</summary>
    public bool RewriteAppHttpProbe { get; init; }

    /// <summary>Mesh <c>enablePrometheusMerge</c>; null when the mesh leaves it unset (merging is then on).</summary>
    public bool? EnablePrometheusMerge { get; init; }

    /// <summary>
    /// <c>holdApplicationUntilProxyStarts</c> of the mesh's default proxy config with the original pod's
    /// <c>proxy.istio.io/config</c> annotation applied.
    /// </summary>
    public bool ProxyConfigHoldApplicationUntilProxyStarts { get; init; }

    /// <summary>Values <c>global.proxy.holdApplicationUntilProxyStarts</c>.</summary>
    public bool ValuesHoldApplicationUntilProxyStarts { get; init; }

    /// <summary>Values <c>global.multiCluster.clusterName</c>.</summary>
    public string ClusterName { get; init; } = string.Empty;

    /// <summary>Values <c>global.network</c>.</summary>
    public string Network { get; init; } = string.Empty;

    /// <summary>Proxy environment from the webhook path (<c>/inject/cluster/X/net/Y</c>, <c>/inject/:ENV:K=V</c>).</summary>
    public IReadOnlyDictionary<string, string> ProxyEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Labels of the pod as it was before injection; its <c>topology.istio.io/network</c> label beats every other
    /// source of the network. Null reads the merged pod's labels instead.
    /// </summary>
    public IReadOnlyDictionary<string, string>? OriginalLabels { get; init; }

    /// <summary>The injector config's <c>injectedAnnotations</c> (webhook only); written last, over anything else.</summary>
    public IReadOnlyDictionary<string, string> InjectedAnnotations { get; init; } = new Dictionary<string, string>();
}
