using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection.TemplateData;
using Injector.Core.Templating;
using Injector.Core.Workloads;

namespace Injector.Core.Injection;

/// <summary>Rendering: every selected template against the same data, each output read as a pod overlay.</summary>
public static partial class InjectionPipeline
{
    // Each template renders against the same data, so all of them render (the render phase) before any is merged.
    private static List<JsonObject> Render(InjectionSettings settings, IReadOnlyList<string> templateNames, SidecarTemplateData data)
    {
        var overlays = new List<JsonObject>(templateNames.Count);
        foreach (string name in templateNames)
        {
            if (!settings.Templates.TryGetValue(name, out GoTemplate? template))
            {
                throw new InjectionFailure(
                    InjectionReason.TemplateError,
                    $"failed to run injection template: requested template \"{name}\" not found; have {string.Join(", ", settings.TemplateNames)}");
            }

            overlays.Add(ParseOverlay(template.Render(data)));
        }

        return overlays;
    }

    private static JsonObject ParseOverlay(string rendered)
    {
        JsonNode? node;
        try
        {
            node = YamlJsonConverter.Parse(rendered);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InjectionFailure(
                InjectionReason.TemplateError,
                $"failed parsing generated injected YAML (check Istio sidecar injector configuration): {e.Message}");
        }

        return node switch
        {
            null => [],
            JsonObject obj => obj,
            _ => throw new InjectionFailure(InjectionReason.TemplateError, "failed parsing generated injected YAML: the template output is not a mapping"),
        };
    }
}
