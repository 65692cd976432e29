using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
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

                    // Indexed reads: enumerating a JsonObject allocates an enumerator per object.
                    for (var i = 0; i < a.Count; i++)
                    {
                        var (key, value) = a.GetAt(i);
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
                if (TryGetUtf8String(left!, out var leftUtf8) && TryGetUtf8String(right!, out var rightUtf8))
                {
                    return leftUtf8.SequenceEqual(rightUtf8);
                }

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
                    var obj = (JsonObject)node!;
                    for (var i = 0; i < obj.Count; i++)
                    {
                        var (key, value) = obj.GetAt(i);
                        hash += HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), GetHashCode(value));
                    }

                    return hash;
                }

            case JsonValueKind.Array:
                {
                    var hash = new HashCode();
                    var array = (JsonArray)node!;
                    for (var i = 0; i < array.Count; i++)
                    {
                        hash.Add(GetHashCode(array[i]));
                    }

                    return hash.ToHashCode();
                }

            case JsonValueKind.String:
                return StringHash(node!);
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

    /// <summary>
    /// The UTF-8 text of a string a parsed document backs, when it has no escapes: then equal texts are equal strings,
    /// and reading it spares decoding a new string on every comparison.
    /// </summary>
    internal static bool TryGetUtf8String(JsonNode node, out ReadOnlySpan<byte> utf8)
    {
        if (node is JsonValue value && value.TryGetValue(out JsonElement element) && element.ValueKind == JsonValueKind.String)
        {
            var raw = JsonMarshal.GetRawUtf8Value(element);
            if (raw.Length >= 2 && !raw.Contains((byte)'\\'))
            {
                utf8 = raw[1..^1];
                return true;
            }
        }

        utf8 = default;
        return false;
    }

    /// <summary>The JSON text of a number a parsed document backs, as written.</summary>
    internal static bool TryGetRawNumber(JsonNode node, out ReadOnlySpan<byte> utf8)
    {
        if (node is JsonValue value && value.TryGetValue(out JsonElement element) && element.ValueKind == JsonValueKind.Number)
        {
            utf8 = JsonMarshal.GetRawUtf8Value(element);
            return true;
        }

        utf8 = default;
        return false;
    }

    // The ordinal hash of the string's UTF-16 text however the node holds it.
    private static int StringHash(JsonNode node)
    {
        if (!TryGetUtf8String(node, out var utf8))
        {
            return string.GetHashCode(node.GetValue<string>().AsSpan());
        }

        const int StackLimit = 256;
        char[]? rented = null;
        Span<char> chars = utf8.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(utf8.Length));
        var length = Encoding.UTF8.GetChars(utf8, chars);
        var hash = string.GetHashCode(chars[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return hash;
    }

    private static bool TryGetDecimal(JsonNode node, out decimal value) =>
        TryGetRawNumber(node, out var raw)
            ? decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            : decimal.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static double GetDouble(JsonNode node) =>
        TryGetRawNumber(node, out var raw)
            ? double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture)
            : double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
