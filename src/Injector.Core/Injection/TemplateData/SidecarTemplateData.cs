using System.Text.Json.Nodes;

using Injector.Core.Templating;

namespace Injector.Core.Injection.TemplateData;

/// <summary>
/// The root object injection templates execute against (Istio's <c>SidecarTemplateData</c>): the pod's metadata and
/// spec, the owning workload, proxy and mesh config, values and injector settings, all by their Go field names.
/// </summary>
public sealed class SidecarTemplateData : ITemplateObject
{
    private readonly ITemplateObject _objectMeta;
    private readonly ITemplateObject _spec;
    private readonly ITemplateObject _typeMeta;
    private readonly ITemplateObject _deploymentMeta;

    /// <summary>Builds the data for one pod; <paramref name="objectMeta"/> and <paramref name="spec"/> are only read.</summary>
    public SidecarTemplateData(
        JsonObject? objectMeta,
        JsonObject? spec,
        WorkloadIdentity owner,
        JsonObject? proxyConfig,
        JsonObject? meshConfig,
        IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(values);
        _objectMeta = KubeTypes.ObjectMeta.Create(objectMeta);
        _spec = KubeTypes.PodSpec.Create(spec);
        _typeMeta = KubeTypes.TypeMeta.Create(new JsonObject { ["kind"] = owner.Kind, ["apiVersion"] = owner.ApiVersion });
        _deploymentMeta = KubeTypes.NamespacedName.Create(new JsonObject { ["name"] = owner.Name, ["namespace"] = owner.Namespace });
        ProxyConfig = new ProxyConfigView(proxyConfig);
        MeshConfig = new ProtoMessageView(ProtoTypes.MeshConfig, meshConfig);
        Values = values;
    }

    /// <summary><c>.ProxyConfig</c>.</summary>
    public ProtoMessageView ProxyConfig { get; }

    /// <summary><c>.MeshConfig</c>.</summary>
    public ProtoMessageView MeshConfig { get; }

    /// <summary><c>.Values</c>.</summary>
    public IReadOnlyDictionary<string, object?> Values { get; }

    /// <summary><c>.Revision</c>.</summary>
    public string Revision { get; init; } = string.Empty;

    /// <summary><c>.NativeSidecars</c>.</summary>
    public bool NativeSidecars { get; init; }

    /// <summary><c>.ProxyImage</c>.</summary>
    public string ProxyImage { get; init; } = string.Empty;

    /// <summary><c>.ProxyInitImage</c>.</summary>
    public string ProxyInitImage { get; init; } = string.Empty;

    /// <summary><c>.ProxyUID</c>.</summary>
    public long ProxyUid { get; init; } = 1337;

    /// <summary><c>.ProxyGID</c>.</summary>
    public long ProxyGid { get; init; } = 1337;

    /// <summary><c>.InboundTrafficPolicyMode</c>: <c>passthrough</c> or <c>localhost</c>.</summary>
    public string InboundTrafficPolicyMode { get; init; } = "passthrough";

    /// <summary><c>.CompliancePolicy</c>.</summary>
    public string CompliancePolicy { get; init; } = string.Empty;

    /// <inheritdoc />
    public string TypeName => "*inject.SidecarTemplateData";

    /// <inheritdoc />
    public bool TryGetMember(string name, out object? value)
    {
        value = name switch
        {
            "TypeMeta" => _typeMeta,
            "DeploymentMeta" => _deploymentMeta,
            "ObjectMeta" => _objectMeta,
            "Spec" => _spec,
            "ProxyConfig" => ProxyConfig,
            "MeshConfig" => MeshConfig,
            "Values" => Values,
            "Revision" => Revision,
            "NativeSidecars" => NativeSidecars,
            "ProxyImage" => ProxyImage,
            "ProxyInitImage" => ProxyInitImage,
            "ProxyUID" => ProxyUid,
            "ProxyGID" => ProxyGid,
            "InboundTrafficPolicyMode" => InboundTrafficPolicyMode,
            "CompliancePolicy" => CompliancePolicy,
            _ => null,
        };
        return name is "TypeMeta" or "DeploymentMeta" or "ObjectMeta" or "Spec" or "ProxyConfig" or "MeshConfig" or "Values"
            or "Revision" or "NativeSidecars" or "ProxyImage" or "ProxyInitImage" or "ProxyUID" or "ProxyGID"
            or "InboundTrafficPolicyMode" or "CompliancePolicy";
    }
}
