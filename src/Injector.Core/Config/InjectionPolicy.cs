namespace Injector.Core.Config;

/// <summary>The injector config's <c>policy</c>: whether pods are injected unless they opt out, or only when they opt in.</summary>
public enum InjectionPolicy
{
    /// <summary>Any value other than <c>enabled</c>/<c>disabled</c> (including none): Istio injects nothing.</summary>
    Off,

    /// <summary><c>disabled</c>: inject only pods that opt in.</summary>
    Disabled,

    /// <summary><c>enabled</c>: inject unless a pod opts out.</summary>
    Enabled,
}
