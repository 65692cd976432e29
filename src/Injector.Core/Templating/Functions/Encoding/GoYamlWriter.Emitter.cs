using System.Text;

namespace Injector.Core.Templating.Functions.Encoding;

/// <content>The block-style emitter.</content>
internal static partial class GoYamlWriter
{
    private sealed class Emitter
    {
        private readonly StringBuilder _sb = new();
        private int _lineStart;

        private int Column => _sb.Length - _lineStart;

        public override string ToString() => _sb.ToString();

        public void WriteDocument(object? node)
        {
            switch (node)
            {
                case Mapping { Entries.Count: > 0 } mapping:
                    WriteMapping(mapping, 0);
                    break;
                case Sequence { Items.Count: > 0 } sequence:
                    WriteSequence(sequence, 0);
                    break;
                default:
                    WriteInline(node, 0, separate: false);
                    NewLine();
                    break;
            }
        }

        // A block mapping whose first key starts at the current position, which is column `indent`.
        private void WriteMapping(Mapping mapping, int indent)
        {
            bool first = true;
            foreach (var (key, value) in mapping.Entries)
            {
                if (!first)
                {
                    Pad(indent);
                }

                first = false;
                WriteScalar(key, indent, simpleKey: true);
                _sb.Append(':');
                switch (value)
                {
                    case Mapping { Entries.Count: > 0 } child:
                        NewLine();
                        Pad(indent + Indent);
                        WriteMapping(child, indent + Indent);
                        break;
                    case Sequence { Items.Count: > 0 } child:
                        // yaml.v2 does not indent a sequence under its mapping key.
                        NewLine();
                        Pad(indent);
                        WriteSequence(child, indent);
                        break;
                    default:
                        WriteInline(value, indent, separate: true);
                        NewLine();
                        break;
                }
            }
        }

        // A block sequence whose first "- " starts at the current position, which is column `indent`.
        private void WriteSequence(Sequence sequence, int indent)
        {
            bool first = true;
            foreach (var item in sequence.Items)
            {
                if (!first)
                {
                    Pad(indent);
                }

                first = false;
                _sb.Append('-');
                switch (item)
                {
                    case Mapping { Entries.Count: > 0 } child:
                        _sb.Append(' ');
                        WriteMapping(child, indent + Indent);
                        break;
                    case Sequence { Items.Count: > 0 } child:
                        _sb.Append(' ');
                        WriteSequence(child, indent + Indent);
                        break;
                    default:
                        WriteInline(item, indent, separate: true);
                        NewLine();
                        break;
                }
            }
        }

        // A scalar or an empty collection after "key:" or "-" (separate) or at the document start.
        private void WriteInline(object? node, int indent, bool separate)
        {
            if (separate)
            {
                _sb.Append(' ');
            }

            switch (node)
            {
                case Mapping:
                    _sb.Append("{}");
                    break;
                case Sequence:
                    _sb.Append("[]");
                    break;
                case Plain plain:
                    _sb.Append(plain.Text);
                    break;
                case string s:
                    WriteScalar(s, indent, simpleKey: false);
                    break;
            }
        }

        private void WriteScalar(string value, int indent, bool simpleKey)
        {
            var style = ChooseStyle(value, simpleKey);
            int continuation = indent + Indent;
            switch (style)
            {
                case ScalarStyle.Plain:
                    WritePlain(value, continuation, allowBreaks: !simpleKey);
                    break;
                case ScalarStyle.SingleQuoted:
                    WriteSingleQuoted(value, continuation, allowBreaks: !simpleKey);
                    break;
                case ScalarStyle.DoubleQuoted:
                    WriteDoubleQuoted(value, continuation, allowBreaks: !simpleKey);
                    break;
                default:
                    WriteLiteral(value, continuation);
                    break;
            }
        }

        private void WritePlain(string value, int continuation, bool allowBreaks)
        {
            bool spaces = false;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == ' ')
                {
                    if (allowBreaks && !spaces && Column > BestWidth && !(i + 1 < value.Length && value[i + 1] == ' '))
                    {
                        NewLine();
                        Pad(continuation);
                    }
                    else
                    {
                        _sb.Append(c);
                    }

                    spaces = true;
                }
                else
                {
                    _sb.Append(c);
                    spaces = false;
                }
            }
        }

        private void WriteSingleQuoted(string value, int continuation, bool allowBreaks)
        {
            _sb.Append('\'');
            bool spaces = false;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == ' ')
                {
                    if (allowBreaks && !spaces && Column > BestWidth && i != 0 && i != value.Length - 1 && value[i + 1] != ' ')
                    {
                        NewLine();
                        Pad(continuation);
                    }
                    else
                    {
                        _sb.Append(c);
                    }

                    spaces = true;
                }
                else
                {
                    if (c == '\'')
                    {
                        _sb.Append('\'');
                    }

                    _sb.Append(c);
                    spaces = false;
                }
            }

            _sb.Append('\'');
        }

        private void WriteDoubleQuoted(string value, int continuation, bool allowBreaks)
        {
            _sb.Append('"');
            bool spaces = false;
            for (int i = 0; i < value.Length; i++)
            {
                int rune = RuneAt(value, i, out int width);
                if (NeedsEscape(rune))
                {
                    AppendEscape(rune);
                    spaces = false;
                }
                else if (rune == ' ')
                {
                    if (allowBreaks && !spaces && Column > BestWidth && i != 0 && i != value.Length - 1)
                    {
                        NewLine();
                        Pad(continuation);
                        if (value[i + 1] == ' ')
                        {
                            // A folded line's leading spaces would be lost without an escaped break.
                            _sb.Append('\\');
                        }
                    }
                    else
                    {
                        _sb.Append(' ');
                    }

                    spaces = true;
                }
                else
                {
                    _sb.Append(value, i, width);
                    spaces = false;
                }

                i += width - 1;
            }

            _sb.Append('"');
        }

        private void AppendEscape(int rune)
        {
            _sb.Append('\\');
            switch (rune)
            {
                case 0x00: _sb.Append('0'); break;
                case 0x07: _sb.Append('a'); break;
                case 0x08: _sb.Append('b'); break;
                case 0x09: _sb.Append('t'); break;
                case 0x0A: _sb.Append('n'); break;
                case 0x0B: _sb.Append('v'); break;
                case 0x0C: _sb.Append('f'); break;
                case 0x0D: _sb.Append('r'); break;
                case 0x1B: _sb.Append('e'); break;
                case '"': _sb.Append('"'); break;
                case '\\': _sb.Append('\\'); break;
                case 0x85: _sb.Append('N'); break;
                case 0xA0: _sb.Append('_'); break;
                case 0x2028: _sb.Append('L'); break;
                case 0x2029: _sb.Append('P'); break;
                case <= 0xFF: _sb.Append('x').Append(rune.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)); break;
                case <= 0xFFFF: _sb.Append('u').Append(rune.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)); break;
                default: _sb.Append('U').Append(rune.ToString("X8", System.Globalization.CultureInfo.InvariantCulture)); break;
            }
        }

        private void WriteLiteral(string value, int contentIndent)
        {
            _sb.Append('|');
            if (value[0] is ' ' || IsBreak(value[0]))
            {
                _sb.Append(Indent);
            }

            if (!IsBreak(value[^1]))
            {
                _sb.Append('-');
            }
            else if (value.Length == 1 || IsBreak(value[^2]))
            {
                _sb.Append('+');
            }

            NewLine();
            bool atLineStart = true;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '\n')
                {
                    NewLine();
                    atLineStart = true;
                    continue;
                }

                if (atLineStart)
                {
                    Pad(contentIndent);
                    atLineStart = false;
                }

                _sb.Append(c);
            }

            // A final break has already ended the node's line.
            _suppressNewLine = atLineStart;
        }

        private bool _suppressNewLine;

        private void NewLine()
        {
            if (_suppressNewLine)
            {
                _suppressNewLine = false;
                return;
            }

            _sb.Append('\n');
            _lineStart = _sb.Length;
        }

        private void Pad(int count) => _sb.Append(' ', count);
    }
}
