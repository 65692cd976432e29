using YamlDotNet.Core;

namespace Injector.Core.Workloads;

/// <summary>
/// Works around YamlDotNet refusing a block scalar whose first line is blank but holds spaces (<c>key: |</c>, then a
/// line of spaces, then the indented text), which Kubernetes' decoder and other libyaml-based readers accept. Helm
/// charts render such lines often. Leading blank lines of a block scalar add a line break whatever their spaces, so
/// emptying them keeps the document's meaning.
/// </summary>
internal static class BlockScalarLeniency
{
    private const string Complaint = "found extra spaces in first line";

    /// <summary>
    /// When <paramref name="error"/> is that complaint, empties the blank lines just above the line it names.
    /// False when it is another error or there is nothing left to empty.
    /// </summary>
    public static bool TryRepair(string yaml, SemanticErrorException error, out string repaired)
    {
        repaired = yaml;
        if (!error.Message.Contains(Complaint, StringComparison.Ordinal))
        {
            return false;
        }

        // The error points at the first line with text after the blank ones (lines are 1-based).
        string[] lines = yaml.Split('\n');
        int line = (int)Math.Min(error.Start.Line, lines.Length) - 2;
        bool changed = false;
        for (; line >= 0 && IsBlank(lines[line]); line--)
        {
            string blank = lines[line].EndsWith('\r') ? "\r" : string.Empty;
            changed |= lines[line].Length != blank.Length;
            lines[line] = blank;
        }

        if (!changed)
        {
            return false;
        }

        repaired = string.Join('\n', lines);
        return true;
    }

    private static bool IsBlank(string line) => line.AsSpan().TrimEnd('\r').Trim(' ').IsEmpty;
}
