using System.Text.Json.Nodes;

namespace Injector.Core.Injection.PostProcessing;

/// <summary>
/// The changes Istio makes to a pod after merging the rendered templates into it, which the templates cannot
/// express: cluster environment overrides, metrics merging, probe rewriting, the status annotation and
/// container order. Works in place on the merged pod; fields it does not know are left untouched.
/// </summary>
public static class PodPostProcessor
{
    /// <summary>Post-processes the merged pod in Istio's order.</summary>
    /// <exception cref="InvalidAnnotationException">The pod's prometheus port or scrape targets cannot be merged.</exception>
    public static void Apply(JsonObject pod, PostProcessContext context)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(context);

        var labels = context.OriginalLabels ?? PodNodes.ReadStringMap(pod, "labels");
        var environment = ClusterEnvironment.Resolve(context, labels);
        ClusterEnvironment.ApplyToProxy(pod, environment);

        PrometheusMerger.Apply(pod, context);
        PrometheusMerger.ApplySecurePort(pod);

        // Runs before the status annotation is written: its presence means the pod is being re-injected.
        AppProbeRewriter.Apply(pod, context);

        ClusterEnvironment.ApplyNetworkLabel(pod, environment);
        var annotations = PodNodes.EnsureStringMap(pod, "annotations");
        annotations[InjectionStatusBuilder.AnnotationName] = InjectionStatusBuilder.Build(context.InjectedTemplate, context.Revision);
        foreach (var (name, value) in context.InjectedAnnotations)
        {
            annotations[name] = value;
        }

        ContainerOrdering.Apply(pod, context.ProxyConfigHoldApplicationUntilProxyStarts || context.ValuesHoldApplicationUntilProxyStarts);
    }
}
