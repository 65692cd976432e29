namespace Injector.Webhook.Options;

/// <summary>
/// The webhook's settings, bound from the <c>Injector</c> section (appsettings, env <c>Injector__Key</c>,
/// or <c>--Injector:Key=value</c>).
/// </summary>
internal sealed class InjectorOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Injector";

    /// <summary>The injector config (the <c>config</c> key of <c>istio-sidecar-injector</c>); empty for the embedded default.</summary>
    public string? InjectConfigFile { get; set; }

    /// <summary>The values JSON (the <c>values</c> key); empty for the embedded default.</summary>
    public string? ValuesFile { get; set; }

    /// <summary>The mesh config YAML; empty for the embedded default.</summary>
    public string? MeshConfigFile { get; set; }

    /// <summary>The serving certificate (PEM, e.g. <c>tls.crt</c>); with <see cref="KeyFile"/>, or neither for a generated one.</summary>
    public string? CertFile { get; set; }

    /// <summary>The serving certificate's private key (PEM, e.g. <c>tls.key</c>).</summary>
    public string? KeyFile { get; set; }

    /// <summary>The control-plane revision templates see; empty renders as <c>default</c>.</summary>
    public string Revision { get; set; } = string.Empty;

    /// <summary><c>true</c>, <c>false</c> or <c>auto</c> (from the nodes' kubelet versions when running in a cluster).</summary>
    public string NativeSidecars { get; set; } = "auto";

    /// <summary>The platform, e.g. <c>openshift</c>; empty for plain Kubernetes.</summary>
    public string Platform { get; set; } = string.Empty;

    /// <summary>The compliance policy, e.g. <c>fips-140-3</c>; empty for none.</summary>
    public string CompliancePolicy { get; set; } = string.Empty;

    /// <summary>The HTTPS port; 0 picks a free one.</summary>
    public int Port { get; set; } = 9443;

    /// <summary>The address to listen on; <c>0.0.0.0</c> or <c>::</c> for every interface.</summary>
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>Where a generated certificate is written; empty for a folder under the temp directory.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>How often watched files (config, values, mesh, certificate) are checked for changes.</summary>
    public TimeSpan FileCheckInterval { get; set; } = TimeSpan.FromSeconds(1);
}
