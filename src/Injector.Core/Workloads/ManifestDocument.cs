using System.Text.Json.Nodes;

namespace Injector.Core.Workloads;

/// <summary>One document of a multi-document YAML manifest: its original text and, when it holds something, its tree.</summary>
/// <param name="Index">1-based position among the documents of the file (empty documents are not counted).</param>
/// <param name="Text">The document's text exactly as written (comments included), without its <c>---</c> separator.</param>
/// <param name="Content">The parsed document; null when it holds only comments.</param>
/// <param name="FirstLine">1-based line of the file where the document starts, for error messages.</param>
public sealed record ManifestDocument(int Index, string Text, JsonNode? Content, int FirstLine)
{
    /// <summary>The document's <c>kind</c>, or empty.</summary>
    public string Kind => JsonText.Get(Content, "kind");

    /// <summary>The document's <c>apiVersion</c>, or empty.</summary>
    public string ApiVersion => JsonText.Get(Content, "apiVersion");

    /// <summary>The document's <c>metadata.name</c>, or empty.</summary>
    public string Name => JsonText.Get(JsonText.Member(Content, "metadata"), "name");

    /// <summary>The document's <c>metadata.namespace</c>, or empty.</summary>
    public string Namespace => JsonText.Get(JsonText.Member(Content, "metadata"), "namespace");

    /// <summary>How errors name the document: <c>document 2 (Deployment sample/hello)</c>.</summary>
    public string Describe() => Describe(Index, Content);

    /// <summary>Names a document (or a list item) by position, kind and namespace/name.</summary>
    public static string Describe(int index, JsonNode? content)
    {
        string kind = JsonText.Get(content, "kind");
        string name = JsonText.Get(JsonText.Member(content, "metadata"), "name");
        string ns = JsonText.Get(JsonText.Member(content, "metadata"), "namespace");
        string qualified = ns.Length > 0 ? $"{ns}/{name}" : name;
        string identity = string.Join(' ', new[] { kind, qualified }.Where(part => part.Length > 0));
        return identity.Length > 0 ? $"document {index} ({identity})" : $"document {index}";
    }
}
