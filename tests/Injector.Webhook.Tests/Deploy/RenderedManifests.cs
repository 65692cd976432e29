using System.Text.Json.Nodes;
using Injector.Testing;

namespace Injector.Webhook.Tests.Deploy;

/// <summary>The objects `kubectl kustomize` renders for one kustomization directory.</summary>
internal sealed class RenderedManifests
{
    private RenderedManifests(IReadOnlyList<JsonObject> objects) => Objects = objects;

    public IReadOnlyList<JsonObject> Objects { get; }

    public static RenderedManifests Render(string kustomizationDirectory) =>
        new(YamlDocuments.Read(ExternalTool.Run("kubectl", ["kustomize", kustomizationDirectory])));

    public JsonObject Single(string kind) => Objects.Single(o => (string?)o["kind"] == kind);

    public JsonObject Single(string kind, string name) =>
        Objects.Single(o => (string?)o["kind"] == kind && (string?)o["metadata"]!["name"] == name);

    public IEnumerable<JsonObject> OfKind(string kind) => Objects.Where(o => (string?)o["kind"] == kind);
}
