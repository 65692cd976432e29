using Injector.Core.Config;

namespace Injector.Core.Injection.Policy;

/// <summary>
/// Which pods the API server sends to the injector at all, as Istio's MutatingWebhookConfiguration selects them
/// before any policy runs: a namespace labeled <c>istio-injection=enabled</c> (default revision) or
/// <c>istio.io/rev=REVISION</c>, or, in a namespace with neither label, a pod that opts in with its own labels
/// (<c>sidecar.istio.io/inject=true</c>, or <c>istio.io/rev=REVISION</c> for a revision). A pod labeled
/// <c>sidecar.istio.io/inject=false</c> is never sent. With <c>sidecarInjectorWebhook.enableNamespacesByDefault</c>
/// every unlabeled namespace but the system ones is selected too.
/// </summary>
public static class WebhookSelection
{
    /// <summary>The namespace label that turns injection on or off for the default revision.</summary>
    public const string NamespaceInjectionLabel = "istio-injection";

    /// <summary>The namespace (or pod) label naming the control plane revision that injects it.</summary>
    public const string RevisionLabel = "istio.io/rev";

    private const string DefaultRevision = "default";

    /// <summary>
    /// Null when the webhook configuration sends the pod to the injector; otherwise the decision not to inject,
    /// with reason <see cref="InjectionReason.NamespaceNotSelected"/> (or <see cref="InjectionReason.LabelDisabled"/>)
    /// and a message saying which label decided.
    /// </summary>
    public static InjectionDecision? Exclude(
        InjectionSettings settings,
        string namespaceName,
        IReadOnlyDictionary<string, string> namespaceLabels,
        IReadOnlyDictionary<string, string> podLabels)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(namespaceLabels);
        ArgumentNullException.ThrowIfNull(podLabels);

        if (podLabels.TryGetValue(InjectionPolicyEvaluator.InjectKey, out string? optIn) && optIn == "false")
        {
            return new InjectionDecision(false, InjectionReason.LabelDisabled, $"the {InjectionPolicyEvaluator.InjectKey} label is \"false\": the webhook is not called");
        }

        string revision = settings.Revision.Length == 0 ? DefaultRevision : settings.Revision;
        bool isDefault = revision == DefaultRevision;
        bool namespaceOptIn = namespaceLabels.TryGetValue(NamespaceInjectionLabel, out string? injection);
        bool namespaceRevision = namespaceLabels.TryGetValue(RevisionLabel, out string? namespaceRev);
        bool podRevision = podLabels.TryGetValue(RevisionLabel, out string? podRev);

        if (namespaceOptIn)
        {
            // istio-injection wins over istio.io/rev: every webhook but the default one requires it absent.
            if (injection == "enabled" && isDefault)
            {
                return null;
            }

            return NotSelected(injection == "enabled"
                ? $"namespace {namespaceName} is labeled {NamespaceInjectionLabel}=enabled, which selects the default revision, not {revision}"
                : $"namespace {namespaceName} is labeled {NamespaceInjectionLabel}={injection}");
        }

        if (namespaceRevision)
        {
            return namespaceRev == revision
                ? null
                : NotSelected($"namespace {namespaceName} is labeled {RevisionLabel}={namespaceRev}, another revision than {revision}");
        }

        if (podRevision)
        {
            return podRev == revision
                ? null
                : NotSelected($"the pod is labeled {RevisionLabel}={podRev}, another revision than {revision}");
        }

        if (isDefault && (optIn == "true" || (EnableNamespacesByDefault(settings) && !InjectionPolicyEvaluator.IgnoredNamespaces.Contains(namespaceName))))
        {
            return null;
        }

        string namespaceLabel = isDefault ? $"{NamespaceInjectionLabel}=enabled or {RevisionLabel}={revision}" : $"{RevisionLabel}={revision}";
        string podLabel = isDefault ? $"{InjectionPolicyEvaluator.InjectKey}=true" : $"{RevisionLabel}={revision}";
        return NotSelected($"namespace {namespaceName} has no {namespaceLabel} label and the pod has no {podLabel} label");
    }

    private static bool EnableNamespacesByDefault(InjectionSettings settings) =>
        JsonScalar.AsBool(settings.ValuesJson["sidecarInjectorWebhook"]?["enableNamespacesByDefault"]) == true;

    private static InjectionDecision NotSelected(string why) =>
        new(false, InjectionReason.NamespaceNotSelected, $"namespace not selected: {why}");
}
