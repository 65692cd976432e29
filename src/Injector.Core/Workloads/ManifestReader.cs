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
        foreach ((string text, int firstLine) in Split(manifest))
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            int index = documents.Count + 1;
            try
            {
                documents.Add(new ManifestDocument(index, text, YamlJsonConverter.Parse(text), firstLine));
            }
            catch (YamlException e)
            {
                long line = e.Start.Line + firstLine - 1;
                throw new ManifestException($"document {index}", $"invalid YAML at line {line}, column {e.Start.Column}: {Describe(e)}", e);
            }
            catch (InvalidDataException e)
            {
                throw new ManifestException($"document {index}", e.Message, e);
            }
        }

        return documents;
    }

    private static IEnumerable<(string Text, int FirstLine)> Split(string manifest)
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
            if (IsSeparator(line))
            {
                yield return (current.ToString(), firstLine);
                current.Clear();
                firstLine = lineNumber + 1;
                continue;
            }

            current.Append(line);
        }

        yield return (current.ToString(), firstLine);
    }

    private static bool IsSeparator(string line)
    {
        if (!line.StartsWith("---", StringComparison.Ordinal))
        {
            return false;
        }

        string rest = line[3..].Trim();
        return rest.Length == 0 || rest[0] == '#';
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes its messages with the position, which the caller already reports.
        string message = e.InnerException?.Message ?? e.Message;
        int close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }
}
