using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Istio;

/// <summary>
/// Istio's otelResourceAttributes: the OTEL_RESOURCE_ATTRIBUTES value (service.namespace, service.version,
/// service.instance.id) when some OpenTelemetry provider of the mesh config asks for OTEL_SEMANTIC_CONVENTIONS
/// service attribute enrichment; "" otherwise.
/// </summary>
internal static class IstioTelemetry
{
    private const string Enrichment = "OTEL_SEMANTIC_CONVENTIONS";

    public static void Register(TemplateFunctionMap map)
    {
        map.Set("otelResourceAttributes", static a =>
        {
            Exactly(a, 5, "otelResourceAttributes");
            var annotations = StringMap(a, 1);
            var labels = StringMap(a, 2);
            string ns = String(a, 3);
            FunctionValues.TryList(a[4], out var containers);
            return Compute(a[0] as ITemplateObject, annotations, labels, ns, containers.OfType<ITemplateObject>().ToList());
        });
    }

    private static string Compute(
        ITemplateObject? meshConfig,
        IReadOnlyDictionary<string, string> annotations,
        IReadOnlyDictionary<string, string> labels,
        string ns,
        List<ITemplateObject> containers)
    {
        if (!HasSemanticConventions(meshConfig))
        {
            return string.Empty;
        }

        var attributes = new List<string>();
        if (Annotation(annotations, "resource.opentelemetry.io/service.namespace") is { } serviceNamespace)
        {
            attributes.Add("service.namespace=" + serviceNamespace);
        }
        else if (ns.Length > 0)
        {
            attributes.Add("service.namespace=" + ns);
        }

        if (Annotation(annotations, "resource.opentelemetry.io/service.version") is { } version)
        {
            attributes.Add("service.version=" + version);
        }
        else if (Annotation(labels, "app.kubernetes.io/version") is { } labelVersion)
        {
            attributes.Add("service.version=" + labelVersion);
        }
        else if (containers.Count == 1)
        {
            var (tag, digest) = ImageTagAndDigest(IstioPorts.Member(containers[0], "Image") as string ?? string.Empty);
            string imageVersion = tag.Length > 0 && digest.Length > 0 ? tag + "@" + digest : digest.Length > 0 ? digest : tag;
            if (imageVersion.Length > 0)
            {
                attributes.Add("service.version=" + imageVersion);
            }
        }

        if (Annotation(annotations, "resource.opentelemetry.io/service.instance.id") is { } instance)
        {
            attributes.Add("service.instance.id=" + instance);
        }
        else if (containers.Count > 0)
        {
            // The pod name is unknown at injection time; Kubernetes substitutes $(POD_NAME) from the env var.
            string container = IstioPorts.Member(containers[0], "Name") as string ?? string.Empty;
            attributes.Add($"service.instance.id={ns}.$(POD_NAME).{container}");
        }

        return string.Join(',', attributes);
    }

    private static bool HasSemanticConventions(ITemplateObject? meshConfig)
    {
        if (meshConfig is null || meshConfig.IsNil)
        {
            return false;
        }

        if (!FunctionValues.TryList(Get(meshConfig, "GetExtensionProviders", "ExtensionProviders"), out var providers))
        {
            return false;
        }

        foreach (var provider in providers.OfType<ITemplateObject>())
        {
            if (Get(provider, "GetOpentelemetry", "Opentelemetry") is ITemplateObject { IsNil: false } otel
                && Get(otel, "GetServiceAttributeEnrichment", "ServiceAttributeEnrichment") is { } enrichment
                && FunctionValues.ToDisplayString(enrichment) == Enrichment)
            {
                return true;
            }
        }

        return false;
    }

    private static object? Get(ITemplateObject obj, string getter, string field) =>
        obj.TryGetMember(getter, out var value) || obj.TryGetMember(field, out value) ? value : null;

    private static string? Annotation(IReadOnlyDictionary<string, string> map, string key) =>
        map.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    // [registry[:port]/]name[:tag][@digest]: the tag follows the last ':' after the last '/'.
    private static (string Tag, string Digest) ImageTagAndDigest(string image)
    {
        string digest = string.Empty;
        int at = image.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            digest = image[(at + 1)..];
            image = image[..at];
        }

        int slash = image.LastIndexOf('/');
        int colon = image.LastIndexOf(':');
        return (colon > slash ? image[(colon + 1)..] : string.Empty, digest);
    }
}
