using System.Text.Json.Nodes;

using Injector.Core.Config;

namespace Injector.Core.Injection.TemplateData;

/// <summary>
/// <c>.ProxyConfig</c>: a ProxyConfig view whose JSON (for <c>protoToJSON</c>, the <c>PROXY_CONFIG</c> env var) leaves out
/// the fields that equal Istio's built-in proxy defaults, as Istio does, so only what a user changed is written.
/// </summary>
internal sealed class ProxyConfigView : ProtoMessageView
{
    // Istio's DefaultProxyConfig: values equal to these are dropped before marshaling.
    private static readonly (string Field, string Value)[] s_defaultStrings =
    [
        ("configPath", "./etc/istio/proxy"),
        ("binaryPath", "/usr/local/bin/envoy"),
        ("controlPlaneAuthPolicy", "MUTUAL_TLS"),
        ("serviceCluster", "istio-proxy"),
        ("discoveryAddress", "istiod.istio-system.svc:15012"),
    ];

    private static readonly (string Field, string Value)[] s_defaultDurations =
    [
        ("drainDuration", "45s"),
        ("terminationDrainDuration", "5s"),
    ];

    private static readonly (string Field, long Value)[] s_defaultNumbers =
    [
        ("proxyAdminPort", 15000),
        ("statNameLength", 189),
        ("statusPort", 15020),
    ];

    public ProxyConfigView(JsonObject? json)
        : base(ProtoTypes.ProxyConfig, json)
    {
    }

    public override JsonNode? ToJsonNode()
    {
        if (Json is null)
        {
            return null;
        }

        var cleaned = (JsonObject)Json.DeepClone();
        foreach (var (field, value) in s_defaultStrings)
        {
            if (cleaned[field] is { } node && JsonScalar.ToText(node) == value)
            {
                cleaned.Remove(field);
            }
        }

        foreach (var (field, value) in s_defaultDurations)
        {
            if (cleaned[field] is { } node && ProtoDurations.Normalize(JsonScalar.ToText(node)) == value)
            {
                cleaned.Remove(field);
            }
        }

        foreach (var (field, value) in s_defaultNumbers)
        {
            if (JsonScalar.AsLong(cleaned[field]) == value)
            {
                cleaned.Remove(field);
            }
        }

        return ToProtoJson(ProtoTypes.ProxyConfig, cleaned);
    }
}
