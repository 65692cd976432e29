using System.Text.Json.Nodes;

namespace Injector.Tests.Support;

/// <summary>Reads Istio's conformance kit (cases.yaml and the files it names).</summary>
internal static class ConformanceKit
{
    /// <summary>The kit's directory; INJECTOR_CONFORMANCE_KIT overrides the shared location.</summary>
    public static string Directory { get; } =
        Environment.GetEnvironmentVariable("INJECTOR_CONFORMANCE_KIT") is { Length: > 0 } dir ? dir : "/work/shared/conformance/istio";

    public static IReadOnlyList<ConformanceCase> Cases { get; } = Load();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    private static List<ConformanceCase> Load()
    {
        var root = (JsonObject)YamlJson.ReadDocuments(Read("cases.yaml"))[0]!;
        var fixtures = root["fixtures"]!.AsObject();
        var cases = new List<ConformanceCase>();
        foreach (var node in root["cases"]!.AsArray())
        {
            var c = node!.AsObject();
            var cluster = fixtures[Text(c, "cluster") ?? string.Empty] as JsonObject;
            cases.Add(new ConformanceCase(
                Text(c, "name")!,
                Text(c, "input")!,
                Text(c, "expected"),
                Text(c, "expectedError"),
                Text(c, "config")!,
                Text(c, "values"),
                Text(c, "mesh"),
                c["nativeSidecars"]?.GetValue<bool>() ?? false,
                Text(c, "platform") ?? string.Empty,
                Text(c, "compliancePolicy") ?? string.Empty,
                Text(c, "revision") ?? string.Empty,
                c["skipWebhook"]?.GetValue<bool>() ?? false,
                cluster?["namespaces"]?.AsArray().OfType<JsonObject>().ToList() ?? []));
        }

        return cases;
    }

    private static string? Text(JsonObject obj, string name) => obj[name]?.GetValue<string>();
}

/// <summary>One case of the conformance kit; paths are relative to the kit's directory.</summary>
internal sealed record ConformanceCase(
    string Name,
    string Input,
    string? Expected,
    string? ExpectedError,
    string Config,
    string? Values,
    string? Mesh,
    bool NativeSidecars,
    string Platform,
    string CompliancePolicy,
    string Revision,
    bool SkipWebhook,
    IReadOnlyList<JsonObject> Namespaces)
{
    public override string ToString() => Name;
}
