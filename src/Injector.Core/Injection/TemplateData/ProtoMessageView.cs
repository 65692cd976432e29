using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Templating;

namespace Injector.Core.Injection.TemplateData;

/// <summary>
/// A protobuf message pointer (<c>.ProxyConfig</c>, <c>.MeshConfig</c>) over its protobuf-JSON form: fields by Go name,
/// nil-safe <c>GetX</c> getters (a missing message is a nil view whose getters answer nil views or zero values),
/// enums by name, wrappers with <c>.GetValue</c>. Marshals as protobuf-JSON in declaration order.
/// </summary>
public class ProtoMessageView : ITemplateObject, IJsonMarshaler
{
    private readonly ProtoMessageType? _type;

    internal ProtoMessageView(ProtoMessageType? type, JsonObject? json)
    {
        _type = type;
        Json = json;
    }

    /// <summary>The message as protobuf-JSON; null for a nil message. Read it, never modify it.</summary>
    public JsonObject? Json { get; }

    /// <inheritdoc />
    public string TypeName => _type?.TypeName ?? "*struct";

    /// <inheritdoc />
    public bool IsNil => Json is null;

    /// <inheritdoc />
    public bool TryGetMember(string name, out object? value)
    {
        string fieldName = name.StartsWith("Get", StringComparison.Ordinal) && name.Length > 3 && char.IsUpper(name[3]) ? name[3..] : name;
        if (_type is not null && (_type.TryGetField(fieldName, out ProtoField field) || _type.TryGetField(name, out field)))
        {
            value = Convert(field, Json?[field.JsonName]);
            return true;
        }

        value = ConvertUntyped(Json?[GoNames.ToJsonName(fieldName)]);
        return true;
    }

    /// <inheritdoc />
    public virtual JsonNode? ToJsonNode() => Json is null ? null : ToProtoJson(_type, Json);

    internal static JsonObject ToProtoJson(ProtoMessageType? type, JsonObject json)
    {
        if (type is null)
        {
            return (JsonObject)json.DeepClone();
        }

        var result = new JsonObject();
        foreach (ProtoField field in type.Fields)
        {
            JsonNode? node = json[field.JsonName];
            if (node is null || IsProto3Zero(field, node))
            {
                continue;
            }

            result[field.JsonName] = field.Kind switch
            {
                ProtoKind.Message when node is JsonObject message => ToProtoJson(field.MessageType, message),
                ProtoKind.Duration => JsonValue.Create(ProtoDurations.Normalize(JsonScalar.ToText(node))),
                ProtoKind.StringMap when node is JsonObject map => SortedMap(map),
                _ => node.DeepClone(),
            };
        }

        return result;
    }

    // protobuf-JSON writes map entries sorted by key.
    private static JsonObject SortedMap(JsonObject map)
    {
        var sorted = new JsonObject();
        foreach (var (key, value) in map.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            sorted[key] = value?.DeepClone();
        }

        return sorted;
    }

    private static bool IsProto3Zero(ProtoField field, JsonNode node) => field.Kind switch
    {
        ProtoKind.String => JsonScalar.ToText(node).Length == 0,
        ProtoKind.Int or ProtoKind.Double => JsonScalar.AsDouble(node) == 0,
        ProtoKind.Bool => JsonScalar.AsBool(node) == false,
        ProtoKind.Enum => JsonScalar.ToText(node) == field.EnumType!.ZeroName || JsonScalar.AsDouble(node) == 0,
        ProtoKind.StringMap => node is JsonObject { Count: 0 },
        ProtoKind.RepeatedString or ProtoKind.RepeatedMessage => node is JsonArray { Count: 0 },
        _ => false,
    };

    private static object? Convert(ProtoField field, JsonNode? node)
    {
        switch (field.Kind)
        {
            case ProtoKind.String:
                return node is null ? string.Empty : JsonScalar.ToText(node);
            case ProtoKind.Int:
                return JsonScalar.AsLong(node) is { } integer ? (int)integer : 0;
            case ProtoKind.Bool:
                return JsonScalar.AsBool(node) ?? false;
            case ProtoKind.Double:
                return JsonScalar.AsDouble(node) ?? 0d;
            case ProtoKind.Enum:
                ProtoEnumType enumType = field.EnumType!;
                string name = node is null ? enumType.ZeroName
                    : JsonScalar.AsLong(node) is { } number ? enumType.Values.FirstOrDefault(v => v.Number == number).Name ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : JsonScalar.ToText(node);
                return new ProtoEnumValue(enumType, name);
            case ProtoKind.Message:
                return new ProtoMessageView(field.MessageType, node as JsonObject);
            case ProtoKind.Duration:
                return node is null ? null : ProtoDurations.Normalize(JsonScalar.ToText(node));
            case ProtoKind.Wrapper:
                return node is null
                    ? new ProtoWrapperView("*wrapperspb.Value", field.WrapperZero, isNil: true)
                    : new ProtoWrapperView("*wrapperspb.Value", WrapperValue(node, field.WrapperZero), isNil: false);
            case ProtoKind.StringMap:
                var map = new Dictionary<string, string>(StringComparer.Ordinal);
                if (node is JsonObject obj)
                {
                    foreach (var (key, value) in obj)
                    {
                        map[key] = JsonScalar.ToText(value);
                    }
                }

                return map;
            case ProtoKind.RepeatedString:
                return node is JsonArray strings ? strings.Select(JsonScalar.ToText).ToList() : new List<string>();
            case ProtoKind.RepeatedMessage:
                return node is JsonArray messages
                    ? messages.Select(m => (object?)new ProtoMessageView(field.MessageType, m as JsonObject)).ToList()
                    : new List<object?>();
            default:
                return null;
        }
    }

    private static object? WrapperValue(JsonNode node, object? zero) => zero switch
    {
        bool => JsonScalar.AsBool(node) ?? (JsonScalar.AsString(node) is { } text && bool.TryParse(text, out bool parsed) && parsed),
        int => JsonScalar.AsLong(node) is { } number ? (int)number : 0,
        double => JsonScalar.AsDouble(node) ?? 0d,
        _ => JsonScalar.ToText(node),
    };

    private static object? ConvertUntyped(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => new ProtoMessageView(null, obj),
        JsonArray array => array.Select(ConvertUntyped).ToList(),
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => JsonScalar.AsString(node),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => JsonScalar.AsLong(node) is { } integer ? (object)(int)integer : JsonScalar.AsDouble(node),
            _ => null,
        },
    };
}
