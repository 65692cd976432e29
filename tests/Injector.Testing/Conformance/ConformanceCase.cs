namespace Injector.Testing.Conformance;

/// <summary>One case of the Istio conformance kit's <c>cases.yaml</c>; paths are relative to the kit's folder.</summary>
public sealed record ConformanceCase
{
    /// <summary>Unique case id.</summary>
    public required string Name { get; init; }

    /// <summary>The Go sub-test the case comes from.</summary>
    public string GoTest { get; init; } = string.Empty;

    /// <summary>What the case pins down.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The input manifest.</summary>
    public required string Input { get; init; }

    /// <summary>The golden output; null for error cases.</summary>
    public string? Expected { get; init; }

    /// <summary>Lower-case substring of the expected kube-inject error; null when the case must succeed.</summary>
    public string? ExpectedError { get; init; }

    /// <summary>Substring of an expected kube-inject warning; null for none.</summary>
    public string? ExpectedLog { get; init; }

    /// <summary>The injector config file.</summary>
    public required string Config { get; init; }

    /// <summary>The values file (JSON).</summary>
    public required string Values { get; init; }

    /// <summary>The mesh config file.</summary>
    public required string Mesh { get; init; }

    /// <summary>Whether the injector runs with native sidecars.</summary>
    public bool NativeSidecars { get; init; }

    /// <summary>The fixture (nodes, namespaces) the case runs against.</summary>
    public string Cluster { get; init; } = string.Empty;

    /// <summary><c>openshift</c> or null.</summary>
    public string? Platform { get; init; }

    /// <summary>The compliance policy, e.g. <c>fips-140-3</c>, or null.</summary>
    public string? CompliancePolicy { get; init; }

    /// <summary>The case is not replayed through the webhook.</summary>
    public bool SkipWebhook { get; init; }

    /// <summary>The case is not run through kube-inject.</summary>
    public bool SkipKubeInject { get; init; }

    /// <summary>The revision for webhook mode (kube-inject runs with an empty revision).</summary>
    public string Revision { get; init; } = "default";

    /// <summary>The name of the settings set.</summary>
    public string Settings { get; init; } = string.Empty;

    /// <inheritdoc />
    public override string ToString() => Name;
}
