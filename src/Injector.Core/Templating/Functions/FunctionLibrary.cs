using Injector.Core.Templating.Functions.Istio;
using Injector.Core.Templating.Functions.Sprig;

namespace Injector.Core.Templating.Functions;

/// <summary>
/// The function maps templates run with: Sprig's, Istio's, and the two combined as Istio's injector does. The
/// delegates are built once; every call returns a new map over them, so callers may add to it freely.
/// </summary>
/// <remarks>
/// Sprig's and Istio's functions carry their Go parameter types (see <see cref="TemplateSignature"/>), so wrong
/// arguments fail with Go's messages. <c>shuffle</c> is kept, random as in Sprig, so templates that use it still parse.
/// Left out on purpose, because their results would depend on the clock, the environment, the network or
/// randomness: Sprig's date functions that read the clock (<c>now</c>, <c>date</c>, <c>ago</c>, ...), <c>env</c>,
/// <c>expandenv</c>, <c>getHostByName</c>, the <c>rand*</c> functions, <c>uuidv4</c> and the
/// crypto functions (keys, certificates, bcrypt, AES). Istio's <c>env</c> is kept but reads through a lookup
/// that, unless one is given, finds nothing and so returns its default.
/// </remarks>
public static class FunctionLibrary
{
    private static readonly Lazy<TemplateFunctionMap> s_sprig = new(BuildSprig);
    private static readonly Lazy<TemplateFunctionMap> s_istio = new(() => BuildIstio(environment: null));

    /// <summary>Sprig v3's side-effect-free text functions.</summary>
    public static TemplateFunctionMap CreateSprig() => new TemplateFunctionMap().SetAll(s_sprig.Value);

    /// <summary>Istio's injection functions (some override Sprig's: <c>indent</c>, <c>contains</c>, <c>omit</c>, ...).</summary>
    public static TemplateFunctionMap CreateIstio() => new TemplateFunctionMap().SetAll(s_istio.Value);

    /// <summary>Istio's functions with <c>env</c> answered by <paramref name="environment"/> (null or "" means unset).</summary>
    public static TemplateFunctionMap CreateIstio(Func<string, string?>? environment) =>
        environment is null ? CreateIstio() : BuildIstio(environment);

    /// <summary>Sprig's functions with Istio's over them: what injection templates see.</summary>
    public static TemplateFunctionMap CreateInjection() => CreateSprig().SetAll(s_istio.Value);

    /// <summary>The injection functions with Istio's <c>env</c> answered by <paramref name="environment"/>.</summary>
    public static TemplateFunctionMap CreateInjection(Func<string, string?>? environment) =>
        CreateSprig().SetAll(CreateIstio(environment));

    private static TemplateFunctionMap BuildSprig()
    {
        var map = new TemplateFunctionMap();
        SprigStrings.Register(map);
        SprigLists.Register(map);
        SprigDicts.Register(map);
        SprigDefaults.Register(map);
        SprigConversions.Register(map);
        SprigMath.Register(map);
        SprigEncodings.Register(map);
        SprigRegex.Register(map);
        SprigReflection.Register(map);
        SprigPaths.Register(map);
        SprigSemver.Register(map);
        SprigUrls.Register(map);
        SprigDates.Register(map);
        SprigSignatures.Apply(map);
        return map;
    }

    private static TemplateFunctionMap BuildIstio(Func<string, string?>? environment)
    {
        var map = new TemplateFunctionMap();
        IstioMetadata.Register(map);
        IstioPorts.Register(map);
        IstioText.Register(map, environment);
        IstioSerialization.Register(map);
        IstioTelemetry.Register(map);
        IstioSignatures.Apply(map);
        return map;
    }
}
