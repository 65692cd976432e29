using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Injector.Core.Workloads;

/// <summary>
/// Converts one YAML document to a <see cref="JsonNode"/> tree and back. Mapping order is kept both ways; scalars keep
/// their YAML type (a quoted <c>"15020"</c> stays a string, an unquoted <c>15020</c> is a number) and the writer
/// quotes every string that would otherwise read back as another type.
/// </summary>
public static class YamlJsonConverter
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    /// <summary>
    /// Parses a single YAML document; returns null for an empty document (or one holding only comments).
    /// Throws <see cref="YamlException"/> for malformed YAML and <see cref="InvalidDataException"/> for several documents.
    /// </summary>
    public static JsonNode? Parse(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);

        // Rendered injection templates are plain block YAML, read on every admission: the fast reader takes them
        // and leaves everything else to YamlDotNet.
        return BlockYamlReader.TryParse(yaml, out JsonNode? node) ? node : ParseFull(yaml);
    }

    /// <summary>Parses with YamlDotNet alone, as <see cref="Parse"/> does for text outside the fast reader's subset.</summary>
    internal static JsonNode? ParseFull(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        JsonNode? result = null;
        int documents = 0;
        while (parser.TryConsume<DocumentStart>(out _))
        {
            documents++;
            if (documents > 1)
            {
                throw new InvalidDataException("expected one YAML document, found several");
            }

            var anchors = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
            result = ReadNode(parser, anchors);
            parser.Consume<DocumentEnd>();
        }

        parser.Consume<StreamEnd>();
        return result;
    }

    /// <summary>Writes <paramref name="node"/> as a block-style YAML document ending with a line break.</summary>
    public static string Serialize(JsonNode? node)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(writer, new EmitterSettings().WithBestWidth(int.MaxValue));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        WriteNode(emitter, node);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private static JsonNode? ReadNode(IParser parser, Dictionary<string, JsonNode?> anchors)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!anchors.TryGetValue(alias.Value.Value, out JsonNode? target))
            {
                throw new YamlException(alias.Start, alias.End, $"unknown anchor '{alias.Value.Value}'");
            }

            return target?.DeepClone();
        }

        JsonNode? node;
        AnchorName anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            anchor = scalar.Anchor;
            node = ReadScalar(scalar);
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            anchor = sequenceStart.Anchor;
            var array = new JsonArray();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                array.Add(ReadNode(parser, anchors));
            }

            node = array;
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            anchor = mappingStart.Anchor;
            var mapping = new JsonObject();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                string key = ReadKey(parser, anchors);
                JsonNode? value = ReadNode(parser, anchors);

                // A repeated key: the last one wins, as in Kubernetes' decoder.
                mapping[key] = value;
            }

            node = mapping;
        }

        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        return node;
    }

    private static string ReadKey(IParser parser, Dictionary<string, JsonNode?> anchors)
    {
        // Keys stay the text they were written as: Kubernetes objects only have string keys.
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            if (!scalar.Anchor.IsEmpty)
            {
                anchors[scalar.Anchor.Value] = JsonValue.Create(scalar.Value);
            }

            return scalar.Value;
        }

        JsonNode? complex = ReadNode(parser, anchors);
        return complex switch
        {
            JsonValue value => value.ToJsonString().Trim('"'),
            _ => throw new InvalidDataException("mapping keys must be scalars"),
        };
    }

    private static JsonNode? ReadScalar(Scalar scalar)
    {
        if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific)
        {
            return ReadTagged(scalar);
        }

        if (scalar.Style != ScalarStyle.Plain || scalar.Tag.IsNonSpecific)
        {
            return JsonValue.Create(scalar.Value);
        }

        return YamlScalarResolver.Resolve(scalar.Value, out _);
    }

    private static JsonNode? ReadTagged(Scalar scalar)
    {
        string tag = scalar.Tag.Value;
        string name = tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal) ? tag[CoreTagPrefix.Length..] : tag;
        switch (name)
        {
            case "str":
            case "binary":
            case "timestamp":
                return JsonValue.Create(scalar.Value);
            case "null":
                return null;
            case "bool":
            case "int":
            case "float":
                JsonNode? resolved = YamlScalarResolver.Resolve(scalar.Value, out bool isString);
                if (isString)
                {
                    throw new YamlException(scalar.Start, scalar.End, $"cannot read '{scalar.Value}' as !!{name}");
                }

                return resolved;
            default:
                // Unknown application tags carry no meaning for Kubernetes objects: keep the text.
                return JsonValue.Create(scalar.Value);
        }
    }

    private static void WriteNode(IEmitter emitter, JsonNode? node)
    {
        switch (node)
        {
            case null:
                emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            case JsonObject mapping:
                emitter.Emit(new MappingStart(null, null, isImplicit: true, mapping.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (KeyValuePair<string, JsonNode?> entry in mapping)
                {
                    WriteString(emitter, entry.Key, isKey: true);
                    WriteNode(emitter, entry.Value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray array:
                emitter.Emit(new SequenceStart(null, null, isImplicit: true, array.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (JsonNode? item in array)
                {
                    WriteNode(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValue value:
                WriteValue(emitter, value);
                break;
            default:
                throw new InvalidOperationException($"unexpected JSON node {node.GetType().Name}");
        }
    }

    private static void WriteValue(IEmitter emitter, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(emitter, value.GetValue<string>(), isKey: false);
                break;
            case JsonValueKind.True:
                emitter.Emit(new Scalar(null, null, "true", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            case JsonValueKind.False:
                emitter.Emit(new Scalar(null, null, "false", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            case JsonValueKind.Number:
                emitter.Emit(new Scalar(null, null, value.ToJsonString(), ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
            default:
                emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                break;
        }
    }

    private static void WriteString(IEmitter emitter, string text, bool isKey)
    {
        ScalarStyle style;
        if (YamlScalarResolver.NeedsQuotes(text))
        {
            style = ScalarStyle.DoubleQuoted;
        }
        else if (!isKey && text.Contains('\n', StringComparison.Ordinal))
        {
            // Block literals keep embedded JSON and scripts readable; the emitter falls back to quotes when needed.
            style = ScalarStyle.Literal;
        }
        else
        {
            style = ScalarStyle.Any;
        }

        emitter.Emit(new Scalar(null, null, text, style, isPlainImplicit: true, isQuotedImplicit: true));
    }
}
