using System.Text.Json;
using System.Text.Json.Nodes;

namespace Injector.Core.Patching;

/// <summary>Estimates how many bytes patch operations take when serialized, without serializing them.</summary>
internal static class PatchSize
{
    // {"op":"replace","path":"","value":} minus the variable parts.
    private const int OperationOverhead = 32;

    public static long Of(List<JsonObject> ops)
    {
        long size = 0;
        foreach (var op in ops)
        {
            size += OperationOverhead + op["path"]!.GetValue<string>().Length;
            if (op.TryGetPropertyValue("value", out var value))
            {
                size += Of(value);
            }
        }

        return size;
    }

    public static long OfReplace(string path, JsonNode? value) => OperationOverhead + path.Length + Of(value);

    public static long Of(JsonNode? node)
    {
        switch (JsonEquality.KindOf(node))
        {
            case JsonValueKind.Object:
                {
                    long size = 2;
                    foreach (var (key, value) in (JsonObject)node!)
                    {
                        size += key.Length + 4 + Of(value);
                    }

                    return size;
                }

            case JsonValueKind.Array:
                {
                    long size = 2;
                    foreach (var item in (JsonArray)node!)
                    {
                        size += 1 + Of(item);
                    }

                    return size;
                }

            case JsonValueKind.String:
                return node!.GetValue<string>().Length + 2;
            case JsonValueKind.Number:
                return node!.ToJsonString().Length;
            default:
                return 5;
        }
    }
}
