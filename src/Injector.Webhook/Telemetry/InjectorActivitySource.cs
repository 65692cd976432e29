using System.Diagnostics;

using Injector.Core.Telemetry;

namespace Injector.Webhook.Telemetry;

/// <summary>The injector's <see cref="ActivitySource"/> and the names of the attributes its admission spans carry.</summary>
internal static class InjectorActivitySource
{
    /// <summary>The name of the span for one admission request.</summary>
    public const string AdmissionActivityName = "sidecar_injection";

    /// <summary>The pod's namespace.</summary>
    public const string NamespaceAttribute = "k8s.namespace.name";

    /// <summary>The pod's name, or its <c>generateName</c> when the API server has not named it yet.</summary>
    public const string PodAttribute = "k8s.pod.name";

    /// <summary>The admission request's uid.</summary>
    public const string UidAttribute = "injector.admission.uid";

    /// <summary>injected, skipped, ignored or failed.</summary>
    public const string DecisionAttribute = "injector.decision";

    /// <summary>Why: the pipeline's reason, or what was wrong with the request.</summary>
    public const string ReasonAttribute = "injector.reason";

    /// <summary>The templates rendered, in order.</summary>
    public const string TemplatesAttribute = "injector.templates";

    /// <summary>The source every injector span starts from.</summary>
    public static ActivitySource Source { get; } = new(InjectorTelemetry.Name);

    /// <summary>
    /// Starts the span of one admission request as a child of the W3C <c>traceparent</c> the API server sent, or as a
    /// new trace without one. The span is parented on the header alone, not on whatever activity the server already
    /// has, so that its parent is the API server's span even where ASP.NET Core's own request activity is not exported.
    /// Null when nothing listens.
    /// </summary>
    public static Activity? StartAdmission(string? traceParent, string? traceState)
    {
        ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var parent);
        var ambient = Activity.Current;
        Activity.Current = null;
        var activity = Source.StartActivity(AdmissionActivityName, ActivityKind.Server, parent);
        if (activity is null)
        {
            Activity.Current = ambient;
        }

        return activity;
    }
}
