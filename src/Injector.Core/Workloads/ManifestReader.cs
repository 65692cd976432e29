using System.Text;

using YamlDotNet.Core;

namespace Injector.Core.Workloads;

/// <summary>
/// Splits a multi-document YAML manifest the way Kubernetes' YAML reader does (a line that is <c>---</c>, optionally
/// followed by a comment) and parses each document, keeping its original text so documents the injector does not
/// touch can be written back exactly.
/// </summary>
public static class ManifestReader
{
    /// <summary>Reads every non-empty document in order; throws <see cref="ManifestException"/> naming a malformed one.</summary>
    public static IReadOnlyList<ManifestDocument> Read(string manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var documents = new List<ManifestDocument>();

        // A byte order mark read as text (standard input is not decoded with BOM detection) would glue onto the first key.
        foreach (Chunk chunk in Split(manifest.StartsWith('\uFEFF') ? manifest[1..] : manifest))
        {
            int index = documents.Count + 1;
            if (chunk.InvalidSeparator is { } separator)
            {
                // Kubernetes' reader refuses these too; reading on would silently fold `---apiVersion: v1` into a key.
                int separated = string.IsNullOrWhiteSpace(chunk.Text) ? index : index + 1;
                throw new ManifestException($"document {separated}", $"invalid YAML document separator at line {chunk.Line}: {separator}");
            }

            if (string.IsNullOrWhiteSpace(chunk.Text))
            {
                continue;
            }

            try
            {
                // Like Kubernetes' decoder, only the first YAML document counts when a `...` end marker is followed by more.
                documents.Add(new ManifestDocument(index, chunk.Text, YamlJsonConverter.Parse(chunk.Text, firstDocumentOnly: true), chunk.Line));
            }
            catch (YamlException e)
            {
                long line = e.Start.Line + chunk.Line - 1;
                throw new ManifestException($"document {index}", $"invalid YAML at line {line}, column {e.Start.Column}: {Describe(e)}", e);
            }
            catch (InvalidDataException e)
            {
                throw new ManifestException($"document {index}", e.Message, e);
            }
        }

        return documents;
    }

    private static IEnumerable<Chunk> Split(string manifest)
    {
        var current = new StringBuilder();
        int lineNumber = 0;
        int firstLine = 1;
        int position = 0;
        while (position < manifest.Length)
        {
            int end = manifest.IndexOf('\n', position);
            string line = end < 0 ? manifest[position..] : manifest[position..(end + 1)];
            position += line.Length;
            lineNumber++;
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                string rest = line[3..].Trim();
                if (rest.Length > 0 && rest[0] != '#')
                {
                    yield return new Chunk(current.ToString(), lineNumber, rest);
                    yield break;
                }

                yield return new Chunk(current.ToString(), firstLine, null);
                current.Clear();
                firstLine = lineNumber + 1;
                continue;
            }

            current.Append(line);
        }

        yield return new Chunk(current.ToString(), firstLine, null);
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes its messages with the position, which the caller already reports.
        string message = e.InnerException?.Message ?? e.Message;
        int close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }

    /// <summary>The text between two separators and the line it starts on, or the line of a malformed separator.</summary>
    private readonly record struct Chunk(string Text, int Line, string? InvalidSeparator);
}
