using System.Text;
using System.Text.Json.Nodes;

using Injector.Core.Templating.Functions.Encoding;

namespace Injector.Core.Injection.PostProcessing;

/// <summary>
/// Builds the <c>sidecar.istio.io/status</c> annotation from what the templates injected. Re-injection reads it
/// back to strip those parts first, so it names exactly the template pod's init containers, containers, volumes
/// and image pull secrets (null for an empty list, as Go writes a nil slice) and the revision.
/// </summary>
public static class InjectionStatusBuilder
{
    /// <summary>The annotation's name.</summary>
    public const string AnnotationName = "sidecar.istio.io/status";

    /// <summary>The annotation value for the given template pod; an empty revision is recorded as <c>default</c>.</summary>
    public static string Build(JsonObject templatePod, string revision)
    {
        ArgumentNullException.ThrowIfNull(templatePod);
        var builder = new StringBuilder();
        builder.Append("{\"initContainers\":");
        builder.Append(GoJsonWriter.Serialize(Names(templatePod, "initContainers")));
        builder.Append(",\"containers\":");
        builder.Append(GoJsonWriter.Serialize(Names(templatePod, "containers")));
        builder.Append(",\"volumes\":");
        builder.Append(GoJsonWriter.Serialize(Names(templatePod, "volumes")));
        builder.Append(",\"imagePullSecrets\":");
        builder.Append(GoJsonWriter.Serialize(Names(templatePod, "imagePullSecrets")));
        builder.Append(",\"revision\":");
        GoJsonWriter.AppendString(builder, string.IsNullOrEmpty(revision) ? "default" : revision);
        builder.Append('}');
        return builder.ToString();
    }

    private static List<string>? Names(JsonObject pod, string listName)
    {
        if (PodNodes.Spec(pod)?[listName] is not JsonArray { Count: > 0 } list)
        {
            return null;
        }

        return [.. list.Select(item => PodNodes.StringOf(item?["name"]) ?? string.Empty)];
    }
}
