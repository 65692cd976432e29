using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Templating.Formatting;

namespace Injector.Core.Templating.Functions.Encoding;

/// <summary>
/// Writes template values as Go's encoding/json does: map keys sorted, HTML characters escaped as <c>\u003c</c>,
/// float64 in Go's layout (<c>1000000</c>, <c>1e+21</c>), nil as <c>null</c>, and <see cref="IJsonMarshaler"/>
/// values through their own JSON (properties in their order).
/// </summary>
internal static class GoJsonWriter
{
    /// <summary>json.Marshal (HTML-escaped, compact).</summary>
    /// <exception cref="TemplateFunctionException">A value Go cannot encode (NaN, infinities, a struct without JSON).</exception>
    public static string Serialize(object? value) => Serialize(value, escapeHtml: true, indent: null);

    /// <summary>
    /// json.Marshal (<paramref name="indent"/> null) or json.MarshalIndent(v, "", indent); <paramref name="escapeHtml"/>
    /// false is an Encoder with SetEscapeHTML(false).
    /// </summary>
    /// <exception cref="TemplateFunctionException">A value Go cannot encode (NaN, infinities, a struct without JSON).</exception>
    public static string Serialize(object? value, bool escapeHtml, string? indent)
    {
        var writer = new Writer(escapeHtml, indent);
        writer.Write(value, 0);
        return writer.ToString();
    }

    /// <summary>A JSON string literal as Go writes it.</summary>
    public static string Quote(string value, bool escapeHtml = true)
    {
        var sb = new StringBuilder(value.Length + 2);
        AppendString(sb, value, escapeHtml);
        return sb.ToString();
    }

    /// <summary>Appends a JSON string literal as Go writes it, for callers assembling Go-identical JSON by hand.</summary>
    internal static void AppendString(StringBuilder sb, string value, bool escapeHtml = true)
    {
        const string hex = "0123456789abcdef";
        sb.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                case '<' or '>' or '&' when escapeHtml:
                case < ' ':
                case '\u2028' or '\u2029':
                    sb.Append("\\u").Append(hex[c >> 12]).Append(hex[(c >> 8) & 0xF]).Append(hex[(c >> 4) & 0xF]).Append(hex[c & 0xF]);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        sb.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        // Go replaces invalid UTF-8 with U+FFFD; a lone surrogate is this model's equivalent.
                        sb.Append("\\ufffd");
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }

    private sealed class Writer(bool escapeHtml, string? indent)
    {
        private readonly StringBuilder _sb = new();

        public override string ToString() => _sb.ToString();

        public void Write(object? value, int depth)
        {
            switch (value)
            {
                case null:
                    _sb.Append("null");
                    break;
                case string s:
                    AppendString(_sb, s, escapeHtml);
                    break;
                case bool b:
                    _sb.Append(b ? "true" : "false");
                    break;
                case int or long:
                    _sb.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                    break;
                case double d:
                    WriteFloat(d);
                    break;
                case IJsonMarshaler marshaler:
                    WriteNode(marshaler.ToJsonNode(), depth);
                    break;
                case JsonNode node:
                    WriteNode(node, depth);
                    break;
                case IReadOnlyDictionary<string, object?> map:
                    WriteObject(map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)), map.Count, depth);
                    break;
                case IReadOnlyDictionary<string, string> map:
                    WriteObject(map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, (object?)p.Value)), map.Count, depth);
                    break;
                case IReadOnlyList<string> list:
                    WriteArray(list, list.Count, depth);
                    break;
                case IReadOnlyList<object?> list:
                    WriteArray(list, list.Count, depth);
                    break;
                case IGoStringer stringer:
                    AppendString(_sb, stringer.GoString(), escapeHtml);
                    break;
                default:
                    throw new TemplateFunctionException($"json: unsupported type: {GoTypeName.Of(value)}");
            }
        }

        private void WriteFloat(double d)
        {
            if (double.IsNaN(d) || double.IsInfinity(d))
            {
                throw new TemplateFunctionException($"json: unsupported value: {GoFloatFormat.G(d)}");
            }

            _sb.Append(GoFloatFormat.Json(d));
        }

        private void WriteObject(IEnumerable<(string Key, object? Value)> members, int count, int depth)
        {
            if (count == 0)
            {
                _sb.Append("{}");
                return;
            }

            _sb.Append('{');
            bool first = true;
            foreach (var (key, value) in members)
            {
                if (!first)
                {
                    _sb.Append(',');
                }

                first = false;
                NewLine(depth + 1);
                AppendString(_sb, key, escapeHtml);
                _sb.Append(indent is null ? ":" : ": ");
                Write(value, depth + 1);
            }

            NewLine(depth);
            _sb.Append('}');
        }

        private void WriteArray<T>(IEnumerable<T> items, int count, int depth)
        {
            if (count == 0)
            {
                _sb.Append("[]");
                return;
            }

            _sb.Append('[');
            bool first = true;
            foreach (var item in items)
            {
                if (!first)
                {
                    _sb.Append(',');
                }

                first = false;
                NewLine(depth + 1);
                Write(item, depth + 1);
            }

            NewLine(depth);
            _sb.Append(']');
        }

        private void WriteNode(JsonNode? node, int depth)
        {
            switch (node)
            {
                case null:
                    _sb.Append("null");
                    break;
                case JsonObject obj:
                    WriteObject(obj.Select(p => (p.Key, (object?)p.Value)), obj.Count, depth);
                    break;
                case JsonArray array:
                    WriteArray(array, array.Count, depth);
                    break;
                case JsonValue value:
                    WriteValue(value);
                    break;
            }
        }

        private void WriteValue(JsonValue value)
        {
            if (value.TryGetValue(out JsonElement element))
            {
                switch (element.ValueKind)
                {
                    case JsonValueKind.String:
                        AppendString(_sb, element.GetString()!, escapeHtml);
                        return;
                    case JsonValueKind.Number:
                        WriteNumberText(element.GetRawText());
                        return;
                    default:
                        _sb.Append(element.GetRawText());
                        return;
                }
            }

            if (value.TryGetValue(out string? s))
            {
                AppendString(_sb, s, escapeHtml);
            }
            else if (value.TryGetValue(out double d))
            {
                WriteFloat(d);
            }
            else if (value.TryGetValue(out float f))
            {
                WriteFloat(f);
            }
            else
            {
                // Booleans and integers print the same in .NET and Go.
                _sb.Append(value.ToJsonString());
            }
        }

        // Integer literals keep their digits; a fraction or exponent is a float64 to Go.
        private void WriteNumberText(string text)
        {
            if (text.AsSpan().IndexOfAny('.', 'e', 'E') < 0)
            {
                _sb.Append(text);
            }
            else
            {
                WriteFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
            }
        }

        private void NewLine(int depth)
        {
            if (indent is null)
            {
                return;
            }

            _sb.Append('\n');
            for (int i = 0; i < depth; i++)
            {
                _sb.Append(indent);
            }
        }
    }
}
