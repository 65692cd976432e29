namespace Injector.Core.Telemetry;

/// <summary>The stages of an admission that report their own duration; the values are the <c>phase</c> label.</summary>
public static class InjectionPhase
{
    /// <summary>Reading the AdmissionReview JSON.</summary>
    public const string Decode = "decode";

    /// <summary>Running the injection templates.</summary>
    public const string Render = "render";

    /// <summary>Strategic merge of the rendered templates into the pod.</summary>
    public const string Merge = "merge";

    /// <summary>The JSON patch from the submitted pod to the injected one.</summary>
    public const string Diff = "diff";
}
