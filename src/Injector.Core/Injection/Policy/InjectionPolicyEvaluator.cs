using System.Text.Json.Nodes;

using Injector.Core.Config;

namespace Injector.Core.Injection.Policy;

/// <summary>
/// Decides whether a pod is injected, as Istio's injectRequired does: host network and system namespaces never;
/// then the <c>sidecar.istio.io/inject</c> label (or, without it, the annotation); then never/always selectors;
/// then the config's policy. kube-inject behaves as policy <c>enabled</c> without selectors.
/// </summary>
public static class InjectionPolicyEvaluator
{
    /// <summary>The label (and legacy annotation) a pod opts in or out with.</summary>
    public const string InjectKey = "sidecar.istio.io/inject";

    /// <summary>Namespaces Istio never injects.</summary>
    public static readonly IReadOnlySet<string> IgnoredNamespaces =
        new HashSet<string>(["kube-system", "kube-public", "kube-node-lease", "local-path-storage"], StringComparer.Ordinal);

    /// <summary>Decides for a pod given its metadata and spec; <paramref name="namespaceName"/> is where it is created.</summary>
    public static InjectionDecision Decide(InjectionSettings settings, JsonObject? metadata, JsonObject? spec, string namespaceName, InjectionMode mode)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (JsonScalar.AsBool(spec?["hostNetwork"]) == true)
        {
            return new InjectionDecision(false, InjectionReason.HostNetwork, "the pod has host networking enabled");
        }

        if (IgnoredNamespaces.Contains(namespaceName))
        {
            return new InjectionDecision(false, InjectionReason.IgnoredNamespace, $"namespace {namespaceName} is never injected");
        }

        IReadOnlyDictionary<string, string> labels = ReadMap(metadata?["labels"]);
        IReadOnlyDictionary<string, string> annotations = ReadMap(metadata?["annotations"]);
        var warnings = new List<string>();

        bool fromLabel = labels.TryGetValue(InjectKey, out string? selector);
        if (!fromLabel)
        {
            selector = annotations.GetValueOrDefault(InjectKey, string.Empty);
        }

        string source = fromLabel ? "label" : "annotation";
        switch (selector)
        {
            case "true":
                return Required(
                    settings,
                    mode,
                    new InjectionDecision(true, fromLabel ? InjectionReason.LabelEnabled : InjectionReason.AnnotationEnabled, $"the {InjectKey} {source} is \"true\""));
            case "false":
                return new InjectionDecision(false, fromLabel ? InjectionReason.LabelDisabled : InjectionReason.AnnotationDisabled, $"the {InjectKey} {source} is \"false\"");
            case "":
                break;
            default:
                warnings.Add($"invalid value for {InjectKey}: \"{selector}\"; only 'true' and 'false' are accepted, falling back to the default injection policy");
                break;
        }

        if (mode == InjectionMode.Webhook)
        {
            if (settings.NeverInjectSelectors.Any(s => s.Matches(labels)))
            {
                return new InjectionDecision(false, InjectionReason.NeverInjectSelector, "the pod's labels match neverInjectSelector") { Warnings = warnings };
            }

            if (settings.AlwaysInjectSelectors.Any(s => s.Matches(labels)))
            {
                return Required(settings, mode, new InjectionDecision(true, InjectionReason.AlwaysInjectSelector, "the pod's labels match alwaysInjectSelector") { Warnings = warnings });
            }
        }

        InjectionPolicy policy = mode == InjectionMode.KubeInject ? InjectionPolicy.Enabled : settings.Policy;
        return policy switch
        {
            InjectionPolicy.Enabled => new InjectionDecision(true, InjectionReason.PolicyEnabled, "the injection policy is enabled") { Warnings = warnings },
            InjectionPolicy.Disabled => new InjectionDecision(false, InjectionReason.PolicyDisabled, "the injection policy is disabled and the pod does not opt in") { Warnings = warnings },
            _ => new InjectionDecision(false, InjectionReason.InvalidPolicy, "the injection policy is neither enabled nor disabled") { Warnings = warnings },
        };
    }

    // An explicit opt-in still needs a valid policy: Istio injects nothing when the policy is unrecognized.
    private static InjectionDecision Required(InjectionSettings settings, InjectionMode mode, InjectionDecision decision) =>
        mode == InjectionMode.Webhook && settings.Policy == InjectionPolicy.Off
            ? new InjectionDecision(false, InjectionReason.InvalidPolicy, "the injection policy is neither enabled nor disabled") { Warnings = decision.Warnings }
            : decision;

    internal static IReadOnlyDictionary<string, string> ReadMap(JsonNode? node)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                map[key] = JsonScalar.ToText(value);
            }
        }

        return map;
    }
}
