using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Config;

namespace Injector.Core.Injection;

/// <summary>
/// The <c>sidecar.istio.io/status</c> annotation: what injection added (containers, volumes, pull secrets) and the
/// revision, so a later injection can strip it first. Written with Go's field order and <c>null</c> for empty lists.
/// </summary>
internal sealed record InjectionStatus(
    IReadOnlyList<string>? InitContainers,
    IReadOnlyList<string>? Containers,
    IReadOnlyList<string>? Volumes,
    IReadOnlyList<string>? ImagePullSecrets,
    string Revision)
{
    public const string AnnotationName = "sidecar.istio.io/status";

    /// <summary>The status for what the templates produced (<paramref name="templatePod"/>).</summary>
    public static InjectionStatus FromTemplatePod(JsonObject templatePod, string revision)
    {
        IReadOnlyList<string>? Names(string field) =>
            PodContainers.List(templatePod, field) is { Count: > 0 } list ? list.Select(PodContainers.NameOf).ToList() : null;

        return new InjectionStatus(
            Names("initContainers"),
            Names("containers"),
            Names("volumes"),
            Names("imagePullSecrets"),
            revision.Length == 0 ? "default" : revision);
    }

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

    public string ToJson()
    {
        static JsonNode? Names(IReadOnlyList<string>? names) =>
            names is null ? null : new JsonArray(names.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());

        var obj = new JsonObject
        {
            ["initContainers"] = Names(InitContainers),
            ["containers"] = Names(Containers),
            ["volumes"] = Names(Volumes),
            ["imagePullSecrets"] = Names(ImagePullSecrets),
            ["revision"] = Revision,
        };
        return obj.ToJsonString(GoJson.Options);
    }
}
