using System.Text.Json.Nodes;

namespace Injector.Core.Workloads;

/// <summary>
/// The part of a Go struct's JSON encoding that survives when the struct holds zero values: fields without
/// <c>omitempty</c> (a scalar prints its zero, a pointer prints <c>null</c>) and non-pointer struct fields, which
/// encoding/json writes even with <c>omitempty</c> (as <c>{}</c> when empty). Fields that vanish when zero are not
/// described, except where a nested struct under them holds fields of the first kind.
/// </summary>
internal sealed class GoStructShape
{
    private readonly List<Field> _fields = [];

    private enum FieldKind
    {
        /// <summary>Non-omitempty scalar: a missing or null value becomes the zero value.</summary>
        Scalar,

        /// <summary>Non-pointer struct: a missing or null value becomes <c>{}</c>; its own shape is then applied.</summary>
        Struct,

        /// <summary>Non-omitempty pointer, slice or map: a missing value becomes <c>null</c>.</summary>
        Nullable,

        /// <summary>Pointer or slice that vanishes when nil: only a present value is shaped.</summary>
        Optional,
    }

    /// <summary>A scalar field Go always writes; <paramref name="zero"/> is what it holds when unset.</summary>
    public GoStructShape Scalar(string name, JsonNode zero) => Add(name, FieldKind.Scalar, zero, null);

    /// <summary>A non-pointer struct field, optionally with the shape of the struct.</summary>
    public GoStructShape Struct(string name, GoStructShape? shape = null) => Add(name, FieldKind.Struct, null, shape);

    /// <summary>A pointer, slice or map field without <c>omitempty</c>; list items get <paramref name="shape"/>.</summary>
    public GoStructShape Nullable(string name, GoStructShape? shape = null) => Add(name, FieldKind.Nullable, null, shape);

    /// <summary>A field left out when nil whose value (a struct, or a list of structs) still has a shape.</summary>
    public GoStructShape Optional(string name, GoStructShape shape) => Add(name, FieldKind.Optional, null, shape);

    /// <summary>Adds the fields Go would write to <paramref name="target"/> where they are missing; present values win.</summary>
    public void Apply(JsonObject target)
    {
        ArgumentNullException.ThrowIfNull(target);
        foreach (Field field in _fields)
        {
            bool present = target.TryGetPropertyValue(field.Name, out JsonNode? value);
            switch (field.Kind)
            {
                case FieldKind.Scalar when value is null:
                    target[field.Name] = field.Zero!.DeepClone();
                    break;
                case FieldKind.Struct when value is null:
                    var created = new JsonObject();
                    target[field.Name] = created;
                    field.Shape?.Apply(created);
                    break;
                case FieldKind.Nullable when !present:
                    target[field.Name] = null;
                    break;
                default:
                    if (field.Kind != FieldKind.Scalar)
                    {
                        field.Shape?.ApplyTo(value);
                    }

                    break;
            }
        }
    }

    // A struct value is shaped itself; a list is shaped item by item, as Go decodes each element into the struct.
    private void ApplyTo(JsonNode? value)
    {
        switch (value)
        {
            case JsonObject obj:
                Apply(obj);
                break;
            case JsonArray array:
                foreach (JsonObject item in array.OfType<JsonObject>())
                {
                    Apply(item);
                }

                break;
            default:
                break;
        }
    }

    private GoStructShape Add(string name, FieldKind kind, JsonNode? zero, GoStructShape? shape)
    {
        _fields.Add(new Field(name, kind, zero, shape));
        return this;
    }

    private sealed record Field(string Name, FieldKind Kind, JsonNode? Zero, GoStructShape? Shape);
}
