namespace Injector.Webhook.Options;

/// <summary>How the webhook decides whether the proxy runs as a native sidecar (an init container that keeps running).</summary>
internal enum NativeSidecarMode
{
    /// <summary>Decide from the nodes' kubelet versions (all at least 1.33) when the cluster API can be read; otherwise off.</summary>
    Auto,

    /// <summary>Always native sidecars.</summary>
    Enabled,

    /// <summary>Never native sidecars.</summary>
    Disabled,
}
