using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Templating;

namespace Injector.Core.Injection.TemplateData;

/// <summary>
/// A Kubernetes object (or part of one) seen as its Go struct: fields by Go name over the JSON, with Go's zero values
/// for absent fields, so <c>$container.Name</c> is "" and <c>.ObjectMeta.Labels</c> an empty map rather than nil.
/// </summary>
internal class KubeObjectView : ITemplateObject
{
    public KubeObjectView(KubeType type, JsonObject? json)
    {
        Type = type;
        Json = json;
    }

    public KubeType Type { get; }

    /// <summary>The JSON behind the view; null for a zero-value struct.</summary>
    public JsonObject? Json { get; }

    public string TypeName => Type.TypeName;

    // Typed fields converted once per view: templates read the same labels and annotations many times, and a Go
    // struct's maps, slices and nested structs are one value however often they are read.
    private Dictionary<string, object?>? _fields;

    public bool TryGetMember(string name, out object? value)
    {
        if (Type.TryGetField(name, out KubeField field))
        {
            _fields ??= new Dictionary<string, object?>(StringComparer.Ordinal);
            if (!_fields.TryGetValue(name, out value))
            {
                value = Convert(Json?[field.JsonName], field);
                _fields[name] = value;
            }

            return true;
        }

        // Fields this model does not list still resolve by their JSON name; absent ones read as nil.
        value = ConvertUntyped(Json?[GoNames.ToJsonName(name)]);
        return true;
    }

    public static object? Convert(JsonNode? node, KubeField field)
    {
        switch (field.Kind)
        {
            case KubeFieldKind.String:
                return node is null ? string.Empty : JsonScalar.ToText(node);
            case KubeFieldKind.Bool:
                return JsonScalar.AsBool(node) ?? false;
            case KubeFieldKind.Int:
                return JsonScalar.AsLong(node) is { } number ? (int)number : 0;
            case KubeFieldKind.StringMap:
                var map = new Dictionary<string, string>(StringComparer.Ordinal);
                if (node is JsonObject obj)
                {
                    foreach (var (key, value) in obj)
                    {
                        map[key] = JsonScalar.ToText(value);
                    }
                }

                return map;
            case KubeFieldKind.StringList:
                return node is JsonArray strings ? strings.Select(JsonScalar.ToText).ToList() : new List<string>();
            case KubeFieldKind.Struct:
                return field.Type!.Create(node as JsonObject);
            case KubeFieldKind.Pointer:
                return node is JsonObject pointed ? field.Type!.Create(pointed) : null;
            case KubeFieldKind.StructList:
                var list = new List<object?>();
                if (node is JsonArray array)
                {
                    foreach (JsonNode? item in array)
                    {
                        list.Add(field.Type!.Create(item as JsonObject));
                    }
                }

                return list;
            default:
                return null;
        }
    }

    /// <summary>A field whose Go type is unknown: its JSON shape decides.</summary>
    public static object? ConvertUntyped(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => new KubeObjectView(KubeTypes.Generic, obj),
        JsonArray array => array.Select(ConvertUntyped).ToList(),
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => JsonScalar.AsString(node),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => JsonScalar.AsLong(node) is { } integer ? (object)integer : JsonScalar.AsDouble(node),
            _ => null,
        },
    };
}
