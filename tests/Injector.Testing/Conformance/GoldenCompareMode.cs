namespace Injector.Testing.Conformance;

/// <summary>Which of the kit's comparisons to make: whole kube-inject output, or webhook pods (rules 7 and 9 differ).</summary>
public enum GoldenCompareMode
{
    /// <summary>kube-inject output against the golden file; the status annotation is compared as parsed JSON.</summary>
    KubeInject,

    /// <summary>Webhook pods: the status annotation is dropped and <c>env[].valueFrom.fieldRef.apiVersion</c> ignored.</summary>
    Webhook,
}
