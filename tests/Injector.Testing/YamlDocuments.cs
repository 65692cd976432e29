using System.Text.Json.Nodes;

using Injector.Core.Workloads;

namespace Injector.Testing;

/// <summary>
/// Reads multi-document YAML test data (manifests, kit files, tool output) into JSON trees with the injector's own
/// reader, so tests see scalars typed exactly as the product does.
/// </summary>
public static class YamlDocuments
{
    /// <summary>The mapping documents of <paramref name="yaml"/> in order; empty documents and bare scalars are skipped.</summary>
    public static IReadOnlyList<JsonObject> Read(string yaml) =>
        ManifestReader.Read(yaml).Select(document => document.Content).OfType<JsonObject>().ToList();
}
