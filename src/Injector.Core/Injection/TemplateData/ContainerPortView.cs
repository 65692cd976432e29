using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Templating;

namespace Injector.Core.Injection.TemplateData;

/// <summary>A <c>v1.ContainerPort</c>; marshals as Go does (name, hostPort, containerPort, protocol, hostIP; zero values omitted except containerPort).</summary>
internal sealed class ContainerPortView : KubeObjectView, IJsonMarshaler
{
    public ContainerPortView(KubeType type, JsonObject? json)
        : base(type, json)
    {
    }

    public JsonNode? ToJsonNode()
    {
        var result = new JsonObject();
        AddString(result, "name");
        long hostPort = JsonScalar.AsLong(Json?["hostPort"]) ?? 0;
        if (hostPort != 0)
        {
            result["hostPort"] = hostPort;
        }

        result["containerPort"] = JsonScalar.AsLong(Json?["containerPort"]) ?? 0;
        AddString(result, "protocol");
        AddString(result, "hostIP");
        return result;
    }

    private void AddString(JsonObject result, string name)
    {
        string text = Json?[name] is { } node ? JsonScalar.ToText(node) : string.Empty;
        if (text.Length > 0)
        {
            result[name] = text;
        }
    }
}
