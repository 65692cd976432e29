using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Injector.Core.Injection;

/// <summary>
/// JSON text as Go's encoding/json writes it: compact, HTML characters escaped as \u003c, and a
/// <c>v1.Container</c>'s fields in Go's declaration order (for the <c>proxy.istio.io/overrides</c> annotation).
/// </summary>
internal static class GoContainerJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    private static readonly string[] s_containerOrder =
    [
        "name", "image", "command", "args", "workingDir", "ports", "envFrom", "env", "resources", "resizePolicy",
        "restartPolicy", "restartPolicyRules", "volumeMounts", "volumeDevices", "livenessProbe", "readinessProbe",
        "startupProbe", "lifecycle", "terminationMessagePath", "terminationMessagePolicy", "imagePullPolicy",
        "securityContext", "stdin", "stdinOnce", "tty",
    ];

    /// <summary>A container in Go's field order, zero values omitted, <c>resources</c> always present.</summary>
    public static JsonObject Container(JsonObject container)
    {
        var result = new JsonObject();
        foreach (string field in s_containerOrder)
        {
            JsonNode? value = container[field];
            if (field == "resources")
            {
                result[field] = value is JsonObject resources ? resources.DeepClone() : new JsonObject();
                continue;
            }

            if (value is null || IsZero(value))
            {
                continue;
            }

            result[field] = value.DeepClone();
        }

        return result;
    }

    private static bool IsZero(JsonNode value) => value switch
    {
        JsonArray array => array.Count == 0,
        JsonObject => false,
        _ => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>().Length == 0,
            JsonValueKind.False => true,
            JsonValueKind.Number => value.ToJsonString() == "0",
            _ => false,
        },
    };
}
