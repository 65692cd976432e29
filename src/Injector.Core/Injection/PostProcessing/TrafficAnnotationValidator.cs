namespace Injector.Core.Injection.PostProcessing;

/// <summary>
/// Rejects pods whose injection annotations Istio would refuse before rendering: traffic capture ranges, ports and
/// interfaces, interception mode, status port and readiness settings, metrics merging, proxy config and proxy
/// resources. Annotations it does not know are not its business.
/// </summary>
public static class TrafficAnnotationValidator
{
    private static readonly Dictionary<string, Func<string, string?>> s_rules = new(StringComparer.Ordinal)
    {
        ["sidecar.istio.io/interceptionMode"] = AnnotationRules.InterceptionMode,
        ["status.sidecar.istio.io/port"] = AnnotationRules.StatusPort,
        ["readiness.status.sidecar.istio.io/initialDelaySeconds"] = AnnotationRules.UInt32,
        ["readiness.status.sidecar.istio.io/periodSeconds"] = AnnotationRules.UInt32,
        ["readiness.status.sidecar.istio.io/failureThreshold"] = AnnotationRules.UInt32,
        ["traffic.sidecar.istio.io/includeOutboundIPRanges"] = AnnotationRules.IncludeIPRanges,
        ["traffic.sidecar.istio.io/excludeOutboundIPRanges"] = AnnotationRules.ExcludeIPRanges,
        ["traffic.sidecar.istio.io/includeInboundPorts"] = AnnotationRules.IncludeInboundPorts,
        ["traffic.sidecar.istio.io/excludeInboundPorts"] = AnnotationRules.ExcludeInboundPorts,
        ["traffic.sidecar.istio.io/excludeOutboundPorts"] = AnnotationRules.ExcludeOutboundPorts,
        ["traffic.sidecar.istio.io/excludeInterfaces"] = AnnotationRules.InterfaceNames,
        ["traffic.sidecar.istio.io/kubevirtInterfaces"] = AnnotationRules.InterfaceNames,
        ["istio.io/reroute-virtual-interfaces"] = AnnotationRules.InterfaceNames,
        ["prometheus.istio.io/merge-metrics"] = AnnotationRules.Bool,
        ["proxy.istio.io/config"] = AnnotationRules.ProxyConfig,
        ["sidecar.istio.io/proxyCPU"] = AnnotationRules.ResourceQuantity,
        ["sidecar.istio.io/proxyMemory"] = AnnotationRules.ResourceQuantity,
        ["sidecar.istio.io/proxyCPULimit"] = AnnotationRules.ResourceQuantity,
        ["sidecar.istio.io/proxyMemoryLimit"] = AnnotationRules.ResourceQuantity,
    };

    /// <summary>The annotations this validator checks.</summary>
    public static IReadOnlyCollection<string> ValidatedAnnotations => s_rules.Keys;

    /// <summary>Checks every known annotation; the first invalid one (by name) is reported, the message lists all.</summary>
    /// <exception cref="InvalidAnnotationException">
    /// An annotation is invalid; message <c>invalid value 'V' for annotation 'NAME': reason</c>.
    /// </exception>
    public static void Validate(IReadOnlyDictionary<string, string> annotations)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        string? first = null;
        var messages = new List<string>();
        foreach (var (name, value) in annotations.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (s_rules.TryGetValue(name, out var rule) && rule(value) is { } reason)
            {
                first ??= name;
                messages.Add($"invalid value '{value}' for annotation '{name}': {reason}");
            }
        }

        if (first is not null)
        {
            throw new InvalidAnnotationException(first, string.Join("; ", messages));
        }
    }
}
