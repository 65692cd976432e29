using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Config;

namespace Injector.Core.Injection;

/// <summary>
/// The <c>sidecar.istio.io/status</c> annotation as read back: what a previous injection added (containers, volumes,
/// pull secrets) and its revision, so re-injection can strip it first.
/// </summary>
internal sealed record InjectionStatus(
    IReadOnlyList<string>? InitContainers,
    IReadOnlyList<string>? Containers,
    IReadOnlyList<string>? Volumes,
    IReadOnlyList<string>? ImagePullSecrets,
    string Revision)
{
    public const string AnnotationName = "sidecar.istio.io/status";

    /// <summary>Reads the annotation; null when it is not valid JSON.</summary>
    public static InjectionStatus? Parse(string text)
    {
        try
        {
            if (JsonNode.Parse(text) is not JsonObject obj)
            {
                return null;
            }

            IReadOnlyList<string>? Names(string field) =>
                obj[field] is JsonArray array ? array.Select(JsonScalar.ToText).ToList() : null;

            return new InjectionStatus(Names("initContainers"), Names("containers"), Names("volumes"), Names("imagePullSecrets"), JsonScalar.AsString(obj["revision"]) ?? string.Empty);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
