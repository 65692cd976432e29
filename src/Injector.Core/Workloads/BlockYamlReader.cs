using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Injector.Core.Workloads;

/// <summary>
/// A fast reader for the plain block-style YAML injection templates render: block mappings and sequences, one-line
/// plain, single- and double-quoted scalars, and empty <c>{}</c>/<c>[]</c>. Rendering a template is followed by
/// reading its output on every admission, and YamlDotNet's general parser costs more than the render itself.
/// Anything outside that subset (flow collections, block scalars, multi-line scalars, anchors, tags, comments
/// after values, documents markers, tabs) makes it decline, and the caller reads the text with the full parser;
/// so it never accepts text the full parser would reject or read differently.
/// </summary>
internal sealed class BlockYamlReader
{
    private const int MaxSharedKeys = 2048;

    private static readonly ConcurrentDictionary<string, string> s_keys = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_keyLookup =
        s_keys.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int s_sharedKeyCount;

    private static readonly System.Buffers.SearchValues<char> s_flowIndicators = System.Buffers.SearchValues.Create(",[]{}");

    private readonly string _text;
    private readonly List<Line> _lines;
    private int _next;

    private BlockYamlReader(string text)
    {
        _text = text;
        _lines = new List<Line>(text.AsSpan().Count('\n') + 1);
    }

    /// <summary>Reads <paramref name="text"/> when it is in the subset; false when the full parser must read it.</summary>
    public static bool TryParse(string text, out JsonNode? result)
    {
        result = null;
        var reader = new BlockYamlReader(text);
        if (!reader.SplitLines())
        {
            return false;
        }

        try
        {
            if (reader._lines.Count == 0)
            {
                return true;
            }

            Line first = reader._lines[0];
            if (first.Indent != 0 || reader.IsSequenceItem(first, first.Start))
            {
                return false;
            }

            result = reader.ReadMapping(first.Start, 0);
            return reader._next == reader._lines.Count;
        }
        catch (DeclinedException)
        {
            result = null;
            return false;
        }
    }

    // Splits into significant lines (blank and comment-only lines dropped); false for characters the subset avoids.
    private bool SplitLines()
    {
        string text = _text;
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            int indent = start;
            while (indent < end && text[indent] == ' ')
            {
                indent++;
            }

            for (int i = indent; i < end; i++)
            {
                char c = text[i];
                if (c < ' ' || c is (>= '\u007f' and <= '\u009f') or '\ufeff' || char.IsSurrogate(c))
                {
                    return false;
                }
            }

            int contentEnd = end;
            while (contentEnd > indent && text[contentEnd - 1] == ' ')
            {
                contentEnd--;
            }

            if (contentEnd > indent && text[indent] != '#')
            {
                if (indent == start && (text[indent] == '%' || StartsWithMarker(text, indent, contentEnd)))
                {
                    return false;
                }

                _lines.Add(new Line(indent - start, indent, contentEnd));
            }

            start = end + 1;
        }

        return true;
    }

    private static bool StartsWithMarker(string text, int start, int end) =>
        end - start >= 3
        && (string.CompareOrdinal(text, start, "---", 0, 3) == 0 || string.CompareOrdinal(text, start, "...", 0, 3) == 0)
        && (end - start == 3 || text[start + 3] == ' ');

    // A mapping whose first key starts at `position` of the current line and whose keys sit at column `column`.
    private JsonObject ReadMapping(int position, int column)
    {
        var mapping = new JsonObject();
        Line line = _lines[_next];
        while (true)
        {
            (string key, int afterColon) = ReadKey(line, position);
            int value = SkipSpaces(afterColon, line.End);
            _next++;
            mapping[key] = value < line.End ? ReadInlineValue(value, line.End, column) : ReadNestedValue(column, allowIndentless: true);

            if (_next == _lines.Count)
            {
                return mapping;
            }

            line = _lines[_next];
            if (line.Indent < column)
            {
                return mapping;
            }

            if (line.Indent > column || IsSequenceItem(line, line.Start))
            {
                throw new DeclinedException();
            }

            position = line.Start;
        }
    }

    // A sequence whose items' dashes sit at column `column`, starting on the current line.
    private JsonArray ReadSequence(int column)
    {
        var sequence = new JsonArray();
        while (_next < _lines.Count)
        {
            Line line = _lines[_next];
            // A line left of the dashes, or a key beside them ending an indentless sequence, belongs to the caller.
            if (line.Indent < column || (line.Indent == column && !IsSequenceItem(line, line.Start)))
            {
                break;
            }

            if (line.Indent > column)
            {
                throw new DeclinedException();
            }

            int content = SkipSpaces(line.Start + 1, line.End);
            if (content == line.End)
            {
                _next++;
                sequence.Add(ReadNestedValue(column, allowIndentless: false));
                continue;
            }

            if (IsSequenceItem(line, content))
            {
                throw new DeclinedException();
            }

            int itemColumn = line.Indent + (content - line.Start);
            if (FindKeyEnd(line, content) >= 0)
            {
                sequence.Add(ReadMapping(content, itemColumn));
            }
            else
            {
                _next++;
                sequence.Add(ReadInlineValue(content, line.End, column));
            }
        }

        return sequence;
    }

    // The value of an entry with nothing after its colon or dash: a more indented block, an indentless sequence, or null.
    private JsonNode? ReadNestedValue(int column, bool allowIndentless)
    {
        if (_next == _lines.Count)
        {
            return null;
        }

        Line line = _lines[_next];
        if (line.Indent > column)
        {
            if (IsSequenceItem(line, line.Start))
            {
                return ReadSequence(line.Indent);
            }

            if (FindKeyEnd(line, line.Start) < 0)
            {
                throw new DeclinedException();
            }

            return ReadMapping(line.Start, line.Indent);
        }

        if (allowIndentless && line.Indent == column && IsSequenceItem(line, line.Start))
        {
            return ReadSequence(column);
        }

        return null;
    }

    // A scalar (or empty flow collection) on the rest of a line; the next line must not continue it.
    private JsonNode? ReadInlineValue(int start, int end, int column)
    {
        string text = _text;
        if (end - start <= 2 && text[start] == '|' && (end - start == 1 || text[start + 1] == '-'))
        {
            return ReadLiteral(end, column, strip: end - start == 2);
        }

        if (end - start == 1 && text[start] == '{')
        {
            return ReadFlowMapping(column);
        }

        if (_next < _lines.Count && _lines[_next].Indent > column)
        {
            throw new DeclinedException();
        }

        switch (text[start])
        {
            case '"':
                return Quoted(start, end, isDouble: true);
            case '\'':
                return Quoted(start, end, isDouble: false);
            case '{' when end - start == 2 && text[start + 1] == '}':
                return new JsonObject();
            case '[' when end - start == 2 && text[start + 1] == ']':
                return new JsonArray();
            default:
                return YamlScalarResolver.Resolve(PlainScalar(start, end), out _);
        }
    }

    // A literal block scalar (`|` or `|-`, indentation detected) whose header ends at `headerEnd`; templates render
    // multi-line env values so. Content is read from the raw text, where blank and comment-like lines are content.
    private JsonValue ReadLiteral(int headerEnd, int column, bool strip)
    {
        string text = _text;
        int lineStart = text.IndexOf('\n', headerEnd);
        if (lineStart < 0)
        {
            throw new DeclinedException();
        }

        lineStart++;
        int indent = -1;
        int maxLeadingBlank = 0;
        int scalarEnd = text.Length;
        var builder = new StringBuilder();
        int pendingBreaks = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            bool lastLine = lineEnd < 0;
            if (lastLine)
            {
                lineEnd = text.Length;
            }

            int spaces = 0;
            while (lineStart + spaces < lineEnd && text[lineStart + spaces] == ' ')
            {
                spaces++;
            }

            if (lineStart + spaces == lineEnd)
            {
                // A line of spaces alone: an empty line unless it reaches into the content, which is left to the full parser.
                if (indent < 0)
                {
                    maxLeadingBlank = Math.Max(maxLeadingBlank, spaces);
                }
                else if (spaces > indent)
                {
                    throw new DeclinedException();
                }

                pendingBreaks++;
                lineStart = lineEnd + 1;
                continue;
            }

            if (indent < 0)
            {
                if (spaces <= column)
                {
                    scalarEnd = lineStart;
                    break;
                }

                if (maxLeadingBlank > spaces)
                {
                    throw new DeclinedException();
                }

                indent = spaces;
            }
            else if (spaces < indent)
            {
                scalarEnd = lineStart;
                break;
            }

            if (lastLine)
            {
                // Content reaching the end of the text without a line break is left to the full parser.
                throw new DeclinedException();
            }

            if (builder.Length > 0 || pendingBreaks > 0)
            {
                builder.Append('\n', pendingBreaks + (builder.Length > 0 ? 1 : 0));
            }

            pendingBreaks = 0;
            builder.Append(text, lineStart + indent, lineEnd - lineStart - indent);
            lineStart = lineEnd + 1;
        }

        if (indent < 0)
        {
            // No content line: leading blank lines deeper than the parent are content YAML treats specially.
            if (maxLeadingBlank > column)
            {
                throw new DeclinedException();
            }

            builder.Clear();
        }
        else if (!strip)
        {
            builder.Append('\n');
        }

        while (_next < _lines.Count && _lines[_next].Start < scalarEnd)
        {
            _next++;
        }

        return JsonValue.Create(builder.ToString());
    }

    // A flow mapping opened by a `{` ending its line, with entries `key: "quoted",` on the following lines (more
    // indented than the parent) and a `}` alone on the last; templates render annotations so. Plain values and
    // anything else in flow style are left to the full parser.
    private JsonObject ReadFlowMapping(int column)
    {
        string text = _text;
        var mapping = new JsonObject();
        bool separated = true;
        while (_next < _lines.Count)
        {
            Line line = _lines[_next++];
            if (line.End - line.Start == 1 && text[line.Start] == '}' && line.Indent >= column)
            {
                if (_next < _lines.Count && _lines[_next].Indent > column)
                {
                    throw new DeclinedException();
                }

                return mapping;
            }

            // Entries on different lines still need a comma between them.
            if (line.Indent <= column || !separated)
            {
                throw new DeclinedException();
            }

            int position = line.Start;
            while (position < line.End)
            {
                int colon = FindKeyEnd(line, position);
                if (colon < 0 || text[position] is '"' or '\'' || text.AsSpan(position, colon - position).IndexOfAny(s_flowIndicators) >= 0)
                {
                    throw new DeclinedException();
                }

                (string key, _) = ReadKey(line, position);
                int value = SkipSpaces(colon + 1, line.End);
                if (value == line.End || text[value] is not ('"' or '\''))
                {
                    throw new DeclinedException();
                }

                (string scalar, int after) = text[value] == '"' ? DoubleQuoted(value, line.End) : SingleQuoted(value, line.End);
                mapping[key] = JsonValue.Create(scalar);
                position = SkipSpaces(after, line.End);
                separated = position < line.End && text[position] == ',';
                if (position < line.End && !separated)
                {
                    throw new DeclinedException();
                }

                position = separated ? SkipSpaces(position + 1, line.End) : position;
            }
        }

        throw new DeclinedException();
    }

    private JsonValue Quoted(int start, int end, bool isDouble)
    {
        (string value, int after) = isDouble ? DoubleQuoted(start, end) : SingleQuoted(start, end);
        if (after != end)
        {
            throw new DeclinedException();
        }

        return JsonValue.Create(value);
    }

    private string PlainScalar(int start, int end)
    {
        CheckPlainScalar(start, end);
        return _text.Substring(start, end - start);
    }

    private void CheckPlainScalar(int start, int end)
    {
        string text = _text;
        char first = text[start];
        if (first is '[' or ']' or '{' or '}' or ',' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`'
            || (first is '-' or '?' or ':' && (start + 1 == end || text[start + 1] == ' ')))
        {
            throw new DeclinedException();
        }

        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if ((c == ':' && (i + 1 == end || text[i + 1] == ' ')) || (c == '#' && text[i - 1] == ' '))
            {
                throw new DeclinedException();
            }
        }
    }

    private (string Key, int AfterColon) ReadKey(Line line, int position)
    {
        string text = _text;
        if (text[position] is '"' or '\'')
        {
            (string quoted, int after) = text[position] == '"' ? DoubleQuoted(position, line.End) : SingleQuoted(position, line.End);
            if (after < line.End && text[after] == ':' && (after + 1 == line.End || text[after + 1] == ' '))
            {
                return (quoted, after + 1);
            }

            throw new DeclinedException();
        }

        int colon = FindKeyEnd(line, position);
        if (colon < 0)
        {
            throw new DeclinedException();
        }

        int keyEnd = colon;
        while (text[keyEnd - 1] == ' ')
        {
            keyEnd--;
        }

        // YAML caps implicit keys at 1024 characters; longer ones are left to the full parser's judgement.
        if (keyEnd - position > 1000)
        {
            throw new DeclinedException();
        }

        // Keys Kubernetes' decoder rewrites (`on:` is "true", `0x1F:` is "31") and merge keys are the full reader's.
        CheckPlainScalar(position, keyEnd);
        ReadOnlySpan<char> span = text.AsSpan(position, keyEnd - position);
        if (s_keyLookup.TryGetValue(span, out string? key))
        {
            return (key, colon + 1);
        }

        key = span.ToString();
        if (key == "<<" || !YamlScalarResolver.IsPlainString(key))
        {
            throw new DeclinedException();
        }

        // Templates write the same few hundred keys on every admission; one shared string each saves a copy per
        // occurrence. The table is bounded, as keys also come from pods.
        if (Volatile.Read(ref s_sharedKeyCount) < MaxSharedKeys && s_keys.TryAdd(key, key))
        {
            Interlocked.Increment(ref s_sharedKeyCount);
        }

        return (key, colon + 1);
    }

    // The colon ending a plain key that starts at `position`, or -1 when the line holds no plain key there.
    private int FindKeyEnd(Line line, int position)
    {
        string text = _text;
        if (text[position] is '"' or '\'')
        {
            // A quoted key is recognised by ReadKey; a quoted scalar alone is a value.
            int close = text.IndexOf(text[position], position + 1);
            return close > 0 && close + 1 < line.End && text[close + 1] == ':' ? close + 1 : -1;
        }

        for (int i = position + 1; i < line.End; i++)
        {
            char c = text[i];
            if (c == ':' && (i + 1 == line.End || text[i + 1] == ' '))
            {
                return i;
            }

            if (c == '#' && text[i - 1] == ' ')
            {
                return -1;
            }
        }

        return -1;
    }

    private (string Value, int After) SingleQuoted(int start, int end)
    {
        string text = _text;
        var builder = new StringBuilder();
        for (int i = start + 1; i < end; i++)
        {
            if (text[i] != '\'')
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < end && text[i + 1] == '\'')
            {
                builder.Append('\'');
                i++;
            }
            else
            {
                return (builder.ToString(), i + 1);
            }
        }

        throw new DeclinedException();
    }

    private (string Value, int After) DoubleQuoted(int start, int end)
    {
        string text = _text;
        int plainEnd = text.IndexOfAny(['"', '\\'], start + 1, end - start - 1);
        if (plainEnd < 0)
        {
            throw new DeclinedException();
        }

        if (text[plainEnd] == '"')
        {
            return (text.Substring(start + 1, plainEnd - start - 1), plainEnd + 1);
        }

        var builder = new StringBuilder(end - start);
        builder.Append(text, start + 1, plainEnd - start - 1);
        for (int i = plainEnd; i < end; i++)
        {
            char c = text[i];
            if (c == '"')
            {
                return (builder.ToString(), i + 1);
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (++i == end)
            {
                throw new DeclinedException();
            }

            switch (text[i])
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'u' when i + 4 < end
                    && ushort.TryParse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort code)
                    && !char.IsSurrogate((char)code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default:
                    throw new DeclinedException();
            }
        }

        throw new DeclinedException();
    }

    private bool IsSequenceItem(Line line, int position) =>
        _text[position] == '-' && (position + 1 == line.End || _text[position + 1] == ' ');

    private int SkipSpaces(int position, int end)
    {
        while (position < end && _text[position] == ' ')
        {
            position++;
        }

        return position;
    }

    /// <summary>One significant line: its indentation and the bounds of its content (trailing spaces excluded).</summary>
    private readonly record struct Line(int Indent, int Start, int End);

    /// <summary>Thrown inside the reader when the text leaves the subset; never escapes <see cref="TryParse"/>.</summary>
    private sealed class DeclinedException : Exception;
}
