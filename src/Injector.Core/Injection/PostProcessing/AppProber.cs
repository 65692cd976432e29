using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

using Injector.Core.Templating.Functions.Encoding;

namespace Injector.Core.Injection.PostProcessing;

/// <summary>
/// One application check the agent runs on the kubelet's behalf (Istio's <c>Prober</c>): the original
/// httpGet, tcpSocket or grpc action and the probe's timeout. Serialized in the field order and with the
/// omissions of the Go types, because the agent and Istio's own output compare the text.
/// </summary>
internal sealed class AppProber
{
    // The actions the agent can take over, in the order Kubernetes' handler fields are tried.
    private static readonly string[] s_probeActions = ["httpGet", "tcpSocket", "grpc"];

    // Lifecycle hooks have no gRPC action.
    private static readonly string[] s_lifecycleActions = ["httpGet", "tcpSocket"];

    private AppProber(string kind, JsonObject action, long timeoutSeconds)
    {
        Kind = kind;
        Action = action;
        TimeoutSeconds = timeoutSeconds;
    }

    /// <summary><c>httpGet</c>, <c>tcpSocket</c> or <c>grpc</c>.</summary>
    public string Kind { get; }

    /// <summary>A copy of the action as the pod declared it (its port resolved to a number by <see cref="WithPort"/>).</summary>
    public JsonObject Action { get; }

    /// <summary>The probe's <c>timeoutSeconds</c>; 0 (not written) for lifecycle hooks and probes without one.</summary>
    public long TimeoutSeconds { get; }

    /// <summary>The check of a liveness, readiness or startup probe; null for exec or empty probes.</summary>
    public static AppProber? FromProbe(JsonNode? probe)
    {
        if (probe is not JsonObject p)
        {
            return null;
        }

        long timeout = PodNodes.IntegerOf(p["timeoutSeconds"]) ?? 0;
        return FromHandler(p, s_probeActions, timeout);
    }

    /// <summary>The check of a preStop or postStart handler (only httpGet and tcpSocket are taken over).</summary>
    public static AppProber? FromLifecycleHandler(JsonNode? handler)
    {
        return handler is JsonObject h ? FromHandler(h, s_lifecycleActions, 0) : null;
    }

    /// <summary>Reads back a prober from an existing ISTIO_KUBE_APP_PROBERS entry.</summary>
    public static AppProber? FromJson(JsonNode? node)
    {
        return node is JsonObject o ? FromHandler(o, s_probeActions, PodNodes.IntegerOf(o["timeoutSeconds"]) ?? 0) : null;
    }

    /// <summary>The same check with its port replaced by a number (a named port resolved).</summary>
    public AppProber WithPort(long port)
    {
        var action = (JsonObject)Action.DeepClone();
        action["port"] = port;
        return new AppProber(Kind, action, TimeoutSeconds);
    }

    /// <summary>Appends the prober as Go's encoding/json writes Istio's <c>Prober</c>.</summary>
    public void WriteTo(StringBuilder builder)
    {
        builder.Append('{');
        GoJsonWriter.AppendString(builder, Kind);
        builder.Append(':');
        switch (Kind)
        {
            case "httpGet":
                WriteHttpGet(builder, Action);
                break;
            case "tcpSocket":
                WriteTcpSocket(builder, Action);
                break;
            default:
                WriteGrpc(builder, Action);
                break;
        }

        if (TimeoutSeconds != 0)
        {
            builder.Append(",\"timeoutSeconds\":");
            builder.Append(TimeoutSeconds.ToString(CultureInfo.InvariantCulture));
        }

        builder.Append('}');
    }

    private static AppProber? FromHandler(JsonObject handler, string[] kinds, long timeout)
    {
        foreach (string kind in kinds)
        {
            if (handler[kind] is JsonObject action)
            {
                return new AppProber(kind, (JsonObject)action.DeepClone(), timeout);
            }
        }

        return null;
    }

    private static void WriteHttpGet(StringBuilder builder, JsonObject action)
    {
        builder.Append('{');
        bool first = true;
        WriteOptionalString(builder, action, "path", ref first);
        WriteField(builder, "port", ref first);
        WritePort(builder, action["port"]);
        WriteOptionalString(builder, action, "host", ref first);
        WriteOptionalString(builder, action, "scheme", ref first);
        if (action["httpHeaders"] is JsonArray { Count: > 0 } headers)
        {
            WriteField(builder, "httpHeaders", ref first);
            builder.Append('[');
            for (int i = 0; i < headers.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(',');
                }

                builder.Append("{\"name\":");
                GoJsonWriter.AppendString(builder, PodNodes.StringOf(headers[i]?["name"]) ?? string.Empty);
                builder.Append(",\"value\":");
                GoJsonWriter.AppendString(builder, PodNodes.StringOf(headers[i]?["value"]) ?? string.Empty);
                builder.Append('}');
            }

            builder.Append(']');
        }

        builder.Append('}');
    }

    private static void WriteTcpSocket(StringBuilder builder, JsonObject action)
    {
        builder.Append("{\"port\":");
        WritePort(builder, action["port"]);
        bool first = false;
        WriteOptionalString(builder, action, "host", ref first);
        builder.Append('}');
    }

    private static void WriteGrpc(StringBuilder builder, JsonObject action)
    {
        // GRPCAction.service has no omitempty: an unset service is written as null.
        builder.Append("{\"port\":");
        builder.Append((PodNodes.IntegerOf(action["port"]) ?? 0).ToString(CultureInfo.InvariantCulture));
        builder.Append(",\"service\":");
        if (PodNodes.StringOf(action["service"]) is { } service)
        {
            GoJsonWriter.AppendString(builder, service);
        }
        else
        {
            builder.Append("null");
        }

        builder.Append('}');
    }

    /// <summary>An IntOrString port: a JSON string stays a string, anything else is a number (absent is 0).</summary>
    private static void WritePort(StringBuilder builder, JsonNode? port)
    {
        if (PodNodes.StringOf(port) is { } name)
        {
            GoJsonWriter.AppendString(builder, name);
        }
        else
        {
            builder.Append((PodNodes.IntegerOf(port) ?? 0).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void WriteOptionalString(StringBuilder builder, JsonObject action, string field, ref bool first)
    {
        if (PodNodes.StringOf(action[field]) is { Length: > 0 } text)
        {
            WriteField(builder, field, ref first);
            GoJsonWriter.AppendString(builder, text);
        }
    }

    private static void WriteField(StringBuilder builder, string field, ref bool first)
    {
        if (!first)
        {
            builder.Append(',');
        }

        first = false;
        GoJsonWriter.AppendString(builder, field);
        builder.Append(':');
    }
}
