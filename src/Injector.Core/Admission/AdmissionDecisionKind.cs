namespace Injector.Core.Admission;

/// <summary>The path an admission request took through the handler.</summary>
public enum AdmissionDecisionKind
{
    /// <summary>Not a pod CREATE: admitted untouched without running the pipeline.</summary>
    Ignored,

    /// <summary>The pipeline left the pod as it is.</summary>
    Skipped,

    /// <summary>The pod was injected; the response carries a patch.</summary>
    Injected,

    /// <summary>Injection failed; the pod is refused.</summary>
    Failed,
}
