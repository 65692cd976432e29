namespace Injector.Core.Config;

/// <summary>The raw inputs of an <see cref="InjectionSettings"/> snapshot, as read from files or a ConfigMap.</summary>
public sealed record InjectionSettingsSource
{
    /// <summary>The <c>config</c> key of <c>istio-sidecar-injector</c> (YAML).</summary>
    public required string Config { get; init; }

    /// <summary>The <c>values</c> key (JSON); null for none.</summary>
    public string? Values { get; init; }

    /// <summary>The mesh config (YAML, protobuf-JSON names); null for Istio's defaults.</summary>
    public string? MeshConfig { get; init; }

    /// <summary>The control-plane revision; empty renders as <c>default</c>.</summary>
    public string Revision { get; init; } = string.Empty;

    /// <summary>Whether the proxy goes into initContainers as a native sidecar (pods may override by annotation).</summary>
    public bool NativeSidecars { get; init; }

    /// <summary>The platform, e.g. <c>openshift</c>; empty for plain Kubernetes.</summary>
    public string Platform { get; init; } = string.Empty;

    /// <summary>The compliance policy (<c>COMPLIANCE_POLICY</c>), e.g. <c>fips-140-3</c>; empty for none.</summary>
    public string CompliancePolicy { get; init; } = string.Empty;
}
