using System.Text.Json.Nodes;

using Injector.Core.Config;

namespace Injector.Core.Injection;

/// <summary>
/// <c>.ProxyImage</c> and <c>.ProxyInitImage</c>: <c>hub/image:tag</c> from values, with the image type (variant,
/// <c>sidecar.istio.io/proxyImageType</c>, ProxyConfig <c>image.imageType</c>) folded into the tag.
/// </summary>
internal static class ProxyImages
{
    private static readonly string[] s_knownTypes = ["distroless", "debug"];

    public static string Proxy(JsonObject values, JsonObject proxyConfig, IReadOnlyDictionary<string, string> annotations)
    {
        string image = Text(values["global"]?["proxy"]?["image"]);
        string imageType = JsonScalar.AsString(proxyConfig["image"]?["imageType"]) ?? string.Empty;
        return Url(values, image.Length == 0 ? "proxyv2" : image, imageType, annotations);
    }

    public static string Init(JsonObject values, IReadOnlyDictionary<string, string> annotations)
    {
        string image = Text(values["global"]?["proxy_init"]?["image"]);
        return Url(values, image.Length == 0 ? "proxyv2" : image, string.Empty, annotations);
    }

    private static string Url(JsonObject values, string imageName, string imageType, IReadOnlyDictionary<string, string> annotations)
    {
        JsonNode? global = values["global"];
        string tag = Text(global?["tag"]);
        if (imageType.Length == 0)
        {
            imageType = Text(global?["variant"]);
        }

        if (annotations.TryGetValue("sidecar.istio.io/proxyImageType", out string? annotated))
        {
            imageType = annotated;
        }

        return Text(global?["hub"]) + "/" + imageName + ":" + WithImageType(tag, imageType);
    }

    private static string WithImageType(string tag, string imageType)
    {
        if (imageType.Length == 0)
        {
            return tag;
        }

        foreach (string known in s_knownTypes)
        {
            if (tag.EndsWith("-" + known, StringComparison.Ordinal))
            {
                tag = tag[..^(known.Length + 1)];
                break;
            }
        }

        return imageType == "default" ? tag : tag + "-" + imageType;
    }

    private static string Text(JsonNode? node) => node is null ? string.Empty : JsonScalar.ToText(node);
}
