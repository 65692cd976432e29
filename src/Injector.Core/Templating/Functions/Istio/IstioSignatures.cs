namespace Injector.Core.Templating.Functions.Istio;

/// <summary>
/// The Go parameter types of Istio's injection functions (pkg/kube/inject/template.go), so a wrong argument fails with
/// the engine's Go message (<c>expected integer; found "2"</c>, <c>wrong type for value; expected int; got int64</c>)
/// before the function runs, as in Istio.
/// </summary>
/// <remarks>
/// Parameters of structural Go types the engine's values do not name the way Go does (<c>metav1.ObjectMeta</c>,
/// <c>[]corev1.Container</c>, <c>*durationpb.Duration</c>, <c>proto.Message</c>, <c>*meshconfig.MeshConfig</c>) are
/// declared <c>interface {}</c>: the functions themselves read those values leniently.
/// </remarks>
internal static class IstioSignatures
{
    private static readonly Dictionary<string, string> s_parameters = new(StringComparer.Ordinal)
    {
        ["annotation"] = "interface {}, string, interface {}",
        ["appendMultusNetwork"] = "string, string",
        ["applicationPorts"] = "interface {}",
        ["contains"] = "string, string",
        ["directory"] = "string",
        ["env"] = "string, string",
        ["excludeInboundPort"] = "interface {}, string",
        ["excludeInterfaces"] = "string",
        ["formatDuration"] = "interface {}",
        ["fromJSON"] = "string",
        ["includeInboundPorts"] = "interface {}",
        ["indent"] = "int, string",
        ["isset"] = "map[string]string, string",
        ["kubevirtInterfaces"] = "string",
        ["mergeMaps"] = "...map[string]string",
        ["omit"] = "map[string]string, ...string",
        ["omitNil"] = "interface {}",
        ["otelResourceAttributes"] = "interface {}, map[string]string, map[string]string, string, interface {}",
        ["protoToJSON"] = "interface {}",
        ["strdict"] = "...string",
        ["structToJSON"] = "interface {}",
        ["toJSON"] = "map[string]string",
        ["toJsonMap"] = "...map[string]string",
        ["toLower"] = "string",
        ["toYaml"] = "interface {}",
        ["valueOrDefault"] = "interface {}, interface {}",
    };

    /// <summary>Declares the signature of every function of <paramref name="map"/> that Istio defines.</summary>
    public static void Apply(TemplateFunctionMap map)
    {
        foreach (var (name, parameters) in s_parameters)
        {
            if (map.TryGet(name, out var function))
            {
                map.Set(name, TemplateSignature.Parse(parameters), function);
            }
        }
    }
}
