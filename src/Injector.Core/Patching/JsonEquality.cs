using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Injector.Core.Patching;

/// <summary>
/// Structural equality of JSON trees as a JSON patch sees them: member order is irrelevant, array order matters,
/// numbers compare by value (<c>1</c>, <c>1.0</c> and <c>1e0</c> are equal) and strings by ordinal.
/// </summary>
public static class JsonEquality
{
    /// <summary>Whether two nodes (null meaning JSON null) are the same JSON value.</summary>
    public static bool DeepEquals(JsonNode? left, JsonNode? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        var kind = KindOf(left);
        if (kind != KindOf(right))
        {
            return false;
        }

        switch (kind)
        {
            case JsonValueKind.Object:
                {
                    var a = (JsonObject)left!;
                    var b = (JsonObject)right!;
                    if (a.Count != b.Count)
                    {
                        return false;
                    }

                    foreach (var (key, value) in a)
                    {
                        if (!b.TryGetPropertyValue(key, out var other) || !DeepEquals(value, other))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            case JsonValueKind.Array:
                {
                    var a = (JsonArray)left!;
                    var b = (JsonArray)right!;
                    if (a.Count != b.Count)
                    {
                        return false;
                    }

                    for (var i = 0; i < a.Count; i++)
                    {
                        if (!DeepEquals(a[i], b[i]))
                        {
                            return false;
                        }
                    }

                    return true;
                }

            case JsonValueKind.String:
                return string.Equals(left!.GetValue<string>(), right!.GetValue<string>(), StringComparison.Ordinal);
            case JsonValueKind.Number:
                return NumberEquals(left!, right!);
            default:
                // null, true and false carry no further data.
                return true;
        }
    }

    /// <summary>A hash consistent with <see cref="DeepEquals"/>, so arrays can be aligned by hash first.</summary>
    public static int GetHashCode(JsonNode? node)
    {
        switch (KindOf(node))
        {
            case JsonValueKind.Object:
                {
                    // Order-independent: members may appear in any order.
                    var hash = 17;
                    foreach (var (key, value) in (JsonObject)node!)
                    {
                        hash += HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), GetHashCode(value));
                    }

                    return hash;
                }

            case JsonValueKind.Array:
                {
                    var hash = new HashCode();
                    foreach (var item in (JsonArray)node!)
                    {
                        hash.Add(GetHashCode(item));
                    }

                    return hash.ToHashCode();
                }

            case JsonValueKind.String:
                return StringComparer.Ordinal.GetHashCode(node!.GetValue<string>());
            case JsonValueKind.Number:
                return TryGetDecimal(node!, out var number) ? number.GetHashCode() : GetDouble(node!).GetHashCode();
            case var other:
                return (int)other;
        }
    }

    /// <summary>The JSON kind of a node, with a null reference being JSON null.</summary>
    public static JsonValueKind KindOf(JsonNode? node) => node is null ? JsonValueKind.Null : node.GetValueKind();

    private static bool NumberEquals(JsonNode left, JsonNode right)
    {
        if (TryGetDecimal(left, out var a) && TryGetDecimal(right, out var b))
        {
            return a == b;
        }

        return GetDouble(left).Equals(GetDouble(right));
    }

    private static bool TryGetDecimal(JsonNode node, out decimal value) =>
        decimal.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static double GetDouble(JsonNode node) =>
        double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
