using System.Text.Json.Nodes;

using Injector.Core.Injection.PostProcessing;

namespace Injector.Core.Tests.Injection.PostProcessing;

/// <summary>Builds pods and contexts for the post-processing tests.</summary>
internal static class TestPods
{
    /// <summary>The proxy container as the sidecar template renders it (env trimmed to one entry).</summary>
    public const string Proxy = """{"name":"istio-proxy","image":"proxyv2","env":[{"name":"TRUST_DOMAIN","value":"cluster.local"}]}""";

    /// <summary>Parses a pod; the token PROXY stands for <see cref="Proxy"/>.</summary>
    public static JsonObject Parse(string json)
    {
        return JsonNode.Parse(json.Replace("PROXY", Proxy, StringComparison.Ordinal))!.AsObject();
    }

    public static PostProcessContext Context(bool rewriteAppHttpProbe = true)
    {
        return new PostProcessContext
        {
            InjectedTemplate = Parse("""{"spec":{"initContainers":[{"name":"istio-init"},{"name":"istio-proxy"}]}}"""),
            RewriteAppHttpProbe = rewriteAppHttpProbe,
        };
    }

    public static JsonObject Container(JsonObject pod, string list, string name)
    {
        return pod["spec"]![list]!.AsArray().Select(c => c!.AsObject()).Single(c => (string?)c["name"] == name);
    }

    public static string? Env(JsonObject container, string name)
    {
        return container["env"]?.AsArray().Where(e => (string?)e!["name"] == name).Select(e => (string?)e!["value"]).SingleOrDefault();
    }

    public static string[] EnvNames(JsonObject container)
    {
        return [.. container["env"]!.AsArray().Select(e => (string)e!["name"]!)];
    }

    public static string[] Names(JsonObject pod, string list)
    {
        return [.. pod["spec"]![list]!.AsArray().Select(c => (string)c!["name"]!)];
    }

    public static string? Annotation(JsonObject pod, string name)
    {
        return (string?)pod["metadata"]?["annotations"]?[name];
    }
}
