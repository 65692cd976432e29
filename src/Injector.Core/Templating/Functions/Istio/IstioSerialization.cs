using Injector.Core.Templating.Functions.Encoding;

using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Istio;

/// <summary>Istio's serializers: fromJSON, structToJSON, protoToJSON, toYaml and omitNil. Failures never abort the
/// template: they yield Istio's fallbacks ("{}" for JSON, "" for YAML).</summary>
internal static class IstioSerialization
{
    public static void Register(TemplateFunctionMap map)
    {
        map.Set("fromJSON", static a =>
        {
            Exactly(a, 1, "fromJSON");
            try
            {
                return GoJsonReader.Parse(String(a, 0));
            }
            catch (TemplateFunctionException)
            {
                return "{}";
            }
        });
        map.Set("structToJSON", static a =>
        {
            Exactly(a, 1, "structToJSON");
            return a[0] is null or ITemplateObject { IsNil: true } ? "{}" : JsonOrEmptyObject(a[0]);
        });

        // The message's JSON view has already dropped fields equal to Istio's proxy defaults.
        map.Set("protoToJSON", static a =>
        {
            Exactly(a, 1, "protoToJSON");
            return a[0] is IJsonMarshaler marshaler && a[0] is not ITemplateObject { IsNil: true } && marshaler.ToJsonNode() is { } node
                ? JsonOrEmptyObject(node)
                : "{}";
        });
        map.Set("toYaml", static a =>
        {
            Exactly(a, 1, "toYaml");
            try
            {
                return GoYamlWriter.Serialize(a[0]);
            }
            catch (TemplateFunctionException)
            {
                return string.Empty;
            }
        });
        map.Set("omitNil", static a =>
        {
            Exactly(a, 1, "omitNil");
            return OmitNil(a[0], out _);
        });
    }

    private static string JsonOrEmptyObject(object? value)
    {
        try
        {
            return GoJsonWriter.Serialize(value);
        }
        catch (TemplateFunctionException)
        {
            return "{}";
        }
    }

    /// <summary>
    /// Drops nil map values and list items, recursively. A map or list is copied only when something inside it
    /// changes; one that becomes empty that way turns into nil, while one that was empty already is kept.
    /// </summary>
    internal static object? OmitNil(object? value, out bool changed)
    {
        switch (value)
        {
            case null:
                changed = true;
                return null;
            case IReadOnlyDictionary<string, object?> map:
            {
                var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
                changed = false;
                foreach (var (key, item) in map)
                {
                    var filtered = OmitNil(item, out bool itemChanged);
                    changed |= itemChanged;
                    if (filtered is not null)
                    {
                        copy[key] = filtered;
                    }
                }

                return !changed ? map : copy.Count == 0 ? null : copy;
            }

            case IReadOnlyList<string>:
                changed = false;
                return value;
            case IReadOnlyList<object?> list:
            {
                var copy = new List<object?>(list.Count);
                changed = false;
                foreach (var item in list)
                {
                    var filtered = OmitNil(item, out bool itemChanged);
                    changed |= itemChanged;
                    if (filtered is not null)
                    {
                        copy.Add(filtered);
                    }
                }

                return !changed ? list : copy.Count == 0 ? null : copy;
            }

            default:
                changed = false;
                return value;
        }
    }
}
