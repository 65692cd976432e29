using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Config;

namespace Injector.Core.Injection;

/// <summary>
/// A <c>v1.Container</c> as Go's encoding/json writes it, for the <c>proxy.istio.io/overrides</c> annotation: fields
/// in Go declaration order, <c>omitempty</c> zero values left out (pointer fields such as <c>readOnlyRootFilesystem:
/// false</c> kept), <c>resources</c> always present and quantities in canonical form. Unknown fields are dropped, as
/// the typed object would drop them.
/// </summary>
internal static class GoContainerJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    private static readonly GoStruct s_exec = new GoStruct().Omit("command");
    private static readonly GoStruct s_httpGet = new GoStruct().Omit("path").Omit("port").Omit("host").Omit("scheme").Omit("httpHeaders");
    private static readonly GoStruct s_tcpSocket = new GoStruct().Omit("port").Omit("host");
    private static readonly GoStruct s_grpc = new GoStruct().Omit("port").Pointer("service");
    private static readonly GoStruct s_handler = new GoStruct().Pointer("exec", s_exec).Pointer("httpGet", s_httpGet).Pointer("tcpSocket", s_tcpSocket).Pointer("sleep");
    private static readonly GoStruct s_lifecycle = new GoStruct().Pointer("postStart", s_handler).Pointer("preStop", s_handler).Pointer("stopSignal");

    private static readonly GoStruct s_probe = new GoStruct()
        .Pointer("exec", s_exec).Pointer("httpGet", s_httpGet).Pointer("tcpSocket", s_tcpSocket).Pointer("grpc", s_grpc)
        .Omit("initialDelaySeconds").Omit("timeoutSeconds").Omit("periodSeconds").Omit("successThreshold")
        .Omit("failureThreshold").Pointer("terminationGracePeriodSeconds");

    private static readonly GoStruct s_securityContext = new GoStruct()
        .Pointer("capabilities", new GoStruct().Omit("add").Omit("drop")).Pointer("privileged").Pointer("seLinuxOptions")
        .Pointer("windowsOptions").Pointer("runAsUser").Pointer("runAsGroup").Pointer("runAsNonRoot")
        .Pointer("readOnlyRootFilesystem").Pointer("allowPrivilegeEscalation").Pointer("procMount")
        .Pointer("seccompProfile").Pointer("appArmorProfile");

    private static readonly GoStruct s_container = new GoStruct()
        .Always("name").Omit("image").Omit("command").Omit("args").Omit("workingDir")
        .Omit("ports", new GoStruct().Omit("name").Omit("hostPort").Always("containerPort").Omit("protocol").Omit("hostIP"))
        .Omit("envFrom")
        .Omit("env", new GoStruct().Always("name").Omit("value").Pointer("valueFrom"))
        .Resources("resources")
        .Omit("resizePolicy").Pointer("restartPolicy").Omit("restartPolicyRules")
        .Omit("volumeMounts", new GoStruct().Always("name").Omit("readOnly").Pointer("recursiveReadOnly").Always("mountPath").Omit("subPath").Pointer("mountPropagation").Omit("subPathExpr"))
        .Omit("volumeDevices")
        .Pointer("livenessProbe", s_probe).Pointer("readinessProbe", s_probe).Pointer("startupProbe", s_probe)
        .Pointer("lifecycle", s_lifecycle)
        .Omit("terminationMessagePath").Omit("terminationMessagePolicy").Omit("imagePullPolicy")
        .Pointer("securityContext", s_securityContext)
        .Omit("stdin").Omit("stdinOnce").Omit("tty");

    /// <summary>The container as Go would marshal it.</summary>
    public static JsonObject Container(JsonObject container) => s_container.Write(container);

    /// <summary>A struct's JSON fields in order and how each is written.</summary>
    private sealed class GoStruct
    {
        private readonly List<(string Name, FieldMode Mode, GoStruct? Type)> _fields = [];

        private enum FieldMode
        {
            Always,
            OmitEmpty,
            Pointer,
            Resources,
        }

        public GoStruct Always(string name) => Add(name, FieldMode.Always, null);

        public GoStruct Omit(string name, GoStruct? type = null) => Add(name, FieldMode.OmitEmpty, type);

        public GoStruct Pointer(string name, GoStruct? type = null) => Add(name, FieldMode.Pointer, type);

        public GoStruct Resources(string name) => Add(name, FieldMode.Resources, null);

        public JsonObject Write(JsonObject source)
        {
            var result = new JsonObject();
            foreach (var (name, mode, type) in _fields)
            {
                JsonNode? value = source[name];
                switch (mode)
                {
                    case FieldMode.Resources:
                        result[name] = WriteResources(value as JsonObject);
                        break;
                    case FieldMode.Always:
                        result[name] = value is null ? JsonValue.Create(string.Empty) : Convert(value, type);
                        break;
                    case FieldMode.Pointer when value is not null:
                        result[name] = Convert(value, type);
                        break;
                    case FieldMode.OmitEmpty when value is not null && !IsEmpty(value):
                        result[name] = Convert(value, type);
                        break;
                    default:
                        break;
                }
            }

            return result;
        }

        private GoStruct Add(string name, FieldMode mode, GoStruct? type)
        {
            _fields.Add((name, mode, type));
            return this;
        }

        private static JsonNode? Convert(JsonNode value, GoStruct? type) => (value, type) switch
        {
            (JsonObject obj, not null) => type.Write(obj),
            (JsonArray array, not null) => new JsonArray(array.Select(i => i is JsonObject o ? (JsonNode)type.Write(o) : i?.DeepClone()).ToArray()),
            _ => value.DeepClone(),
        };

        // ResourceRequirements: limits, requests, claims; quantities canonical; maps sorted as Go writes them.
        private static JsonObject WriteResources(JsonObject? resources)
        {
            var result = new JsonObject();
            foreach (string field in (string[])["limits", "requests"])
            {
                if (resources?[field] is JsonObject { Count: > 0 } quantities)
                {
                    var sorted = new JsonObject();
                    foreach (var (key, quantity) in quantities.OrderBy(q => q.Key, StringComparer.Ordinal))
                    {
                        sorted[key] = Quantities.Canonical(JsonScalar.ToText(quantity));
                    }

                    result[field] = sorted;
                }
            }

            if (resources?["claims"] is JsonArray { Count: > 0 } claims)
            {
                result["claims"] = claims.DeepClone();
            }

            return result;
        }

        private static bool IsEmpty(JsonNode value) => value switch
        {
            JsonArray array => array.Count == 0,
            JsonObject => false,
            _ => value.GetValueKind() switch
            {
                JsonValueKind.String => JsonScalar.AsString(value)!.Length == 0,
                JsonValueKind.False => true,
                JsonValueKind.Number => JsonScalar.AsDouble(value) == 0,
                _ => false,
            },
        };
    }
}
