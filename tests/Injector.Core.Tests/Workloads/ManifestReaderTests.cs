using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Workloads;

namespace Injector.Core.Tests.Workloads;

public sealed class ManifestReaderTests
{
    [Fact]
    public void Read_SeparatorsWithCommentsAndEmptyDocuments_KeepsNonEmptyDocumentsInOrder()
    {
        const string Manifest = "---\nkind: A\n--- # second\n\n---\n# only a comment\n---\nkind: B\n";

        IReadOnlyList<ManifestDocument> documents = ManifestReader.Read(Manifest);

        Assert.Equal(3, documents.Count);
        Assert.Equal("A", documents[0].Kind);
        Assert.Null(documents[1].Content);
        Assert.Equal("# only a comment\n", documents[1].Text);
        Assert.Equal("B", documents[2].Kind);
        Assert.Equal([1, 2, 3], documents.Select(d => d.Index));
    }

    [Fact]
    public void Read_DocumentText_IsKeptExactlyWithComments()
    {
        const string Service = "kind: Service # trailing\n# note\nspec:\n    ports:   [80]\n";

        ManifestDocument document = Assert.Single(ManifestReader.Read(Service + "---\n"));

        Assert.Equal(Service, document.Text);
    }

    [Theory]
    [InlineData("\"15020\"", JsonValueKind.String, "\"15020\"")]
    [InlineData("15020", JsonValueKind.Number, "15020")]
    [InlineData("'true'", JsonValueKind.String, "\"true\"")]
    [InlineData("true", JsonValueKind.True, "true")]
    [InlineData("yes", JsonValueKind.True, "true")]
    [InlineData("Off", JsonValueKind.False, "false")]
    [InlineData("0644", JsonValueKind.Number, "420")]
    [InlineData("0x1F", JsonValueKind.Number, "31")]
    [InlineData("1.5", JsonValueKind.Number, "1.5")]
    [InlineData("100m", JsonValueKind.String, "\"100m\"")]
    [InlineData("1e3", JsonValueKind.Number, "1000")]
    [InlineData("!!str 12", JsonValueKind.String, "\"12\"")]
    public void Read_Scalars_KeepTheirYamlType(string yaml, JsonValueKind kind, string json)
    {
        JsonNode value = ManifestReader.Read($"v: {yaml}\n")[0].Content!["v"]!;

        Assert.Equal(kind, value.GetValueKind());
        Assert.Equal(json, value.ToJsonString());
    }

    [Fact]
    public void Read_NullAndTilde_AreNull()
    {
        JsonObject content = ManifestReader.Read("a: null\nb: ~\nc:\n")[0].Content!.AsObject();

        Assert.Equal(3, content.Count);
        Assert.All(content, entry => Assert.Null(entry.Value));
    }

    [Fact]
    public void Read_Numbers_ConvertLikeParsedJson()
    {
        JsonNode value = ManifestReader.Read("port: 8080\n")[0].Content!["port"]!;

        Assert.Equal(8080, value.GetValue<int>());
        Assert.Equal(8080d, value.GetValue<double>());
    }

    [Fact]
    public void Read_AnchorsAndAliases_AreExpanded()
    {
        JsonNode content = ManifestReader.Read("a: &x {k: v}\nb: *x\n")[0].Content!;

        Assert.Equal("{\"a\":{\"k\":\"v\"},\"b\":{\"k\":\"v\"}}", content.ToJsonString());
    }

    [Fact]
    public void Read_MalformedSecondDocument_NamesDocumentAndFileLine()
    {
        const string Manifest = "kind: A\n---\nkind: B\nspec: [unclosed\n";

        ManifestException error = Assert.Throws<ManifestException>(() => ManifestReader.Read(Manifest));

        Assert.Equal("document 2", error.Document);
        Assert.Contains("line 5", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_NamesKindNamespaceAndName()
    {
        ManifestDocument document = ManifestReader.Read("kind: Deployment\nmetadata:\n  name: hello\n  namespace: sample\n")[0];

        Assert.Equal("document 1 (Deployment sample/hello)", document.Describe());
    }

    [Theory]
    [InlineData("kind: A\n--- !!map\nkind: B\n", "document 2", "line 2: !!map")]
    [InlineData("kind: A\n---kind: B\n", "document 2", "line 2: kind: B")]
    [InlineData("----\nkind: A\n", "document 1", "line 1: -")]
    public void Read_SeparatorFollowedByText_FailsNamingTheDocumentItStarts(string manifest, string document, string detail)
    {
        ManifestException error = Assert.Throws<ManifestException>(() => ManifestReader.Read(manifest));

        Assert.Equal(document, error.Document);
        Assert.EndsWith(detail, error.Reason, StringComparison.Ordinal);
        Assert.Contains("invalid YAML document separator", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeparatorIndentedOrInsideText_DoesNotSplit()
    {
        const string Manifest = "kind: Secret\ndata:\n  cert: |\n    -----BEGIN CERTIFICATE-----\n    ---\n";

        ManifestDocument document = Assert.Single(ManifestReader.Read(Manifest));

        Assert.Equal("-----BEGIN CERTIFICATE-----\n---\n", document.Content!["data"]!["cert"]!.GetValue<string>());
    }

    [Fact]
    public void Read_DocumentEndMarkerFollowedByMore_KeepsTheFirstDocumentAndTheWholeText()
    {
        const string Manifest = "kind: A\n...\nkind: B\n";

        ManifestDocument document = Assert.Single(ManifestReader.Read(Manifest));

        Assert.Equal("A", document.Kind);
        Assert.Equal(Manifest, document.Text);
    }

    [Theory]
    [InlineData("just a string\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("kind: Pod\nmetadata: hello\n")]
    public void Describe_DocumentThatIsNotAnObject_NamesItByPositionOnly(string manifest)
    {
        ManifestDocument document = Assert.Single(ManifestReader.Read(manifest));

        Assert.Empty(document.Name);
        Assert.Empty(document.Namespace);
        Assert.StartsWith("document 1", document.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CrlfLineEndingsAndBom_ReadLikeLf()
    {
        const string Manifest = "\uFEFFkind: A\r\nmetadata:\r\n  name: a\r\n---\r\nkind: B\r\n";

        IReadOnlyList<ManifestDocument> documents = ManifestReader.Read(Manifest);

        Assert.Equal(["A", "B"], documents.Select(d => d.Kind));
        Assert.Equal("a", documents[0].Name);
        Assert.Equal("kind: B\r\n", documents[1].Text);
    }
}
