namespace Injector.Core.Templating.Functions;

/// <summary>The function maps templates run with: Sprig's, Istio's, and the two combined as Istio's injector does.</summary>
public static class FunctionLibrary
{
    /// <summary>Sprig v3's side-effect-free text functions.</summary>
    public static TemplateFunctionMap CreateSprig() => new();

    /// <summary>Istio's injection helpers (some override Sprig's: <c>indent</c>, <c>contains</c>, <c>toYaml</c>, ...).</summary>
    public static TemplateFunctionMap CreateIstio() => new();

    /// <summary>Sprig's functions with Istio's over them: what injection templates see.</summary>
    public static TemplateFunctionMap CreateInjection() => CreateSprig().SetAll(CreateIstio());
}
