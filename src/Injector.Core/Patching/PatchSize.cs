using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Injector.Core.Patching;

/// <summary>Estimates how many bytes patch operations take when serialized, without serializing them.</summary>
internal static class PatchSize
{
    // {"op":"replace","path":"","value":} minus the variable parts.
    private const int OperationOverhead = 32;

    public static long Of(List<PatchOperation> ops)
    {
        long size = 0;
        foreach (var op in ops)
        {
            size += OperationOverhead + op.Path.Length;
            if (op.HasValue)
            {
                size += Of(op.Value);
            }
        }

        return size;
    }

    /// <summary>
    /// Whether replacing with <paramref name="value"/> takes less room than <paramref name="size"/>; stops measuring
    /// once it does not, so a small edit inside a large value costs little to weigh.
    /// </summary>
    public static bool IsReplaceSmallerThan(string path, JsonNode? value, long size)
    {
        long budget = size - OperationOverhead - path.Length;
        return budget > 0 && Of(value, budget) < budget;
    }

    public static long Of(JsonNode? node) => Of(node, long.MaxValue);

    // The size, or some value at least as large as limit once it is known to reach it.
    private static long Of(JsonNode? node, long limit)
    {
        switch (JsonEquality.KindOf(node))
        {
            case JsonValueKind.Object:
                {
                    long size = 2;
                    var obj = (JsonObject)node!;
                    for (var i = 0; i < obj.Count; i++)
                    {
                        var (key, value) = obj.GetAt(i);
                        size += key.Length + 4 + Of(value, limit - size);
                        if (size >= limit)
                        {
                            return size;
                        }
                    }

                    return size;
                }

            case JsonValueKind.Array:
                {
                    long size = 2;
                    var array = (JsonArray)node!;
                    for (var i = 0; i < array.Count; i++)
                    {
                        size += 1 + Of(array[i], limit - size);
                        if (size >= limit)
                        {
                            return size;
                        }
                    }

                    return size;
                }

            case JsonValueKind.String:
                return (JsonEquality.TryGetUtf8String(node!, out var utf8) ? Encoding.UTF8.GetCharCount(utf8) : node!.GetValue<string>().Length) + 2;
            case JsonValueKind.Number:
                return JsonEquality.TryGetRawNumber(node!, out var raw) ? raw.Length : node!.ToJsonString().Length;
            default:
                return 5;
        }
    }
}
