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
    public static JsonNode? Parse(string yaml) => Parse(yaml, firstDocumentOnly: false);

    /// <summary>
    /// Parses the first YAML document of <paramref name="yaml"/>, ignoring any that follow a <c>...</c> end marker
    /// as Kubernetes' decoder does, or every document must be the only one when <paramref name="firstDocumentOnly"/>
    /// is false. Returns null for an empty document; throws <see cref="YamlException"/> for malformed YAML.
    /// </summary>
    internal static JsonNode? Parse(string yaml, bool firstDocumentOnly)
    {
        ArgumentNullException.ThrowIfNull(yaml);

        // Rendered injection templates are plain block YAML, read on every admission: the fast reader takes them
        // and leaves everything else to YamlDotNet.
        if (BlockYamlReader.TryParse(yaml, out JsonNode? node))
        {
            return node;
        }

        string text = yaml;
        while (true)
        {
            try
            {
                return ParseStream(text, firstDocumentOnly);
            }
            catch (SemanticErrorException e) when (BlockScalarLeniency.TryRepair(text, e, out string repaired))
            {
                // Each repair removes spaces, so this ends.
                text = repaired;
            }
        }
    }

    /// <summary>Parses with YamlDotNet alone, as <see cref="Parse(string)"/> does for text outside the fast reader's subset.</summary>
    internal static JsonNode? ParseFull(string yaml) => ParseStream(yaml, firstDocumentOnly: false);

    private static JsonNode? ParseStream(string yaml, bool firstDocumentOnly)
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
            if (firstDocumentOnly)
            {
                return result;
            }
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
                if (parser.Current is Scalar { Value: "<<", Style: ScalarStyle.Plain } mergeKey)
                {
                    parser.MoveNext();
                    Merge(mapping, ReadNode(parser, anchors), mergeKey);
                    continue;
                }

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

    // A merge key (`<<: *base` or `<<: [*a, *b]`) copies the keys of the referenced mappings in place. Like Kubernetes'
    // YAML decoder, the merged keys overwrite those written before the `<<` and are overwritten by those after it, and
    // of several mappings the first wins.
    private static void Merge(JsonObject mapping, JsonNode? merged, Scalar mergeKey)
    {
        switch (merged)
        {
            case JsonObject source:
                foreach (KeyValuePair<string, JsonNode?> entry in source)
                {
                    mapping[entry.Key] = entry.Value?.DeepClone();
                }

                break;
            case JsonArray sources when sources.All(source => source is JsonObject):
                for (int i = sources.Count - 1; i >= 0; i--)
                {
                    Merge(mapping, sources[i], mergeKey);
                }

                break;
            default:
                throw new YamlException(mergeKey.Start, mergeKey.End, "map merge requires map or sequence of maps as the value");
        }
    }

    private static string ReadKey(IParser parser, Dictionary<string, JsonNode?> anchors)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            if (!scalar.Anchor.IsEmpty)
            {
                anchors[scalar.Anchor.Value] = JsonValue.Create(scalar.Value);
            }

            return KeyText(scalar);
        }

        JsonNode? complex = ReadNode(parser, anchors);
        return complex switch
        {
            JsonValue value => value.ToJsonString().Trim('"'),
            _ => throw new InvalidDataException("mapping keys must be scalars"),
        };
    }

    // Kubernetes' decoder reads a plain key as YAML would and then prints it as a JSON key: `on:` becomes "true" and
    // `0x1F:` becomes "31". Other keys stay the text they were written as.
    private static string KeyText(Scalar scalar)
    {
        if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty)
        {
            return scalar.Value;
        }

        JsonNode? resolved = YamlScalarResolver.Resolve(scalar.Value, out bool isString);
        if (isString || resolved is not JsonValue value)
        {
            return scalar.Value;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number when value.TryGetValue(out JsonElement element) && element.TryGetInt64(out long integer)
                => integer.ToString(CultureInfo.InvariantCulture),
            _ => scalar.Value,
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
