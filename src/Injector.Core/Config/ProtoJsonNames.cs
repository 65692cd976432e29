using System.Text;
using System.Text.Json.Nodes;

namespace Injector.Core.Config;

/// <summary>
/// Protobuf-JSON accepts a field by its proto name (<c>drain_duration</c>) or its JSON name (<c>drainDuration</c>);
/// configs are normalized to JSON names so later lookups need only one spelling.
/// </summary>
internal static class ProtoJsonNames
{
    public static string ToJsonName(string name)
    {
        if (!name.Contains('_', StringComparison.Ordinal))
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        bool upper = false;
        foreach (char c in name)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }

    /// <summary>A copy of <paramref name="obj"/> with its own keys (not nested ones) under JSON names.</summary>
    public static JsonObject NormalizeKeys(JsonObject obj)
    {
        var result = new JsonObject();
        foreach (var (key, value) in obj)
        {
            result[ToJsonName(key)] = value?.DeepClone();
        }

        return result;
    }
}
