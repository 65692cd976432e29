using System.Text.Json.Nodes;

using Injector.Core.Config;

namespace Injector.Core.Injection.Merge;

/// <summary>
/// Kubernetes strategic merge patch over <see cref="JsonNode"/>s: maps merge recursively, null deletes, merged lists
/// match elements by their key, everything else is replaced. Merged lists come out as Kubernetes orders them: the
/// patch's elements in patch order, with elements only the original has kept where they were relative to them.
/// </summary>
internal static class StrategicMerge
{
    private const string Directive = "$patch";

    /// <summary>Merges <paramref name="patch"/> into <paramref name="target"/> (modified in place).</summary>
    public static void Apply(JsonObject target, JsonObject patch, MergeSchema? schema)
    {
        foreach (var (key, patchValue) in patch.ToList())
        {
            if (key.StartsWith('$'))
            {
                continue;
            }

            if (patchValue is null)
            {
                target.Remove(key);
                continue;
            }

            JsonNode? current = target[key];
            if (current is null)
            {
                target[key] = Clean(patchValue);
                continue;
            }

            switch (current, patchValue)
            {
                case (JsonObject currentObject, JsonObject patchObject):
                    if (JsonScalar.AsString(patchObject[Directive]) == "replace")
                    {
                        target[key] = Clean(patchObject);
                    }
                    else
                    {
                        Apply(currentObject, patchObject, schema?.Child(key));
                    }

                    break;
                case (JsonArray currentArray, JsonArray patchArray) when schema?.ListKey(key) is { } mergeKey:
                    target[key] = mergeKey.Length == 0
                        ? MergeScalarList(currentArray, patchArray)
                        : MergeKeyedList(currentArray, patchArray, mergeKey, schema.Child(key));
                    break;
                default:
                    target[key] = Clean(patchValue);
                    break;
            }
        }
    }

    /// <summary>A deep copy without nulls and patch directives, as a typed Kubernetes object would carry it.</summary>
    public static JsonNode? Clean(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (value is not null && !key.StartsWith('$'))
                    {
                        result[key] = Clean(value);
                    }
                }

                return result;
            case JsonArray array:
                return new JsonArray(array.Where(i => i is not JsonObject o || JsonScalar.AsString(o[Directive]) is null).Select(Clean).ToArray());
            default:
                return node?.DeepClone();
        }
    }

    private static JsonArray MergeKeyedList(JsonArray current, JsonArray patch, string mergeKey, MergeSchema? elementSchema)
    {
        List<JsonNode?> original = Detach(current);
        var patchItems = new List<JsonObject>();
        bool replace = false;
        foreach (JsonNode? item in patch)
        {
            if (item is not JsonObject patchItem)
            {
                throw new InvalidDataException($"a merged list element must be an object with \"{mergeKey}\"");
            }

            switch (JsonScalar.AsString(patchItem[Directive]))
            {
                case "delete":
                    original.RemoveAll(o => o is JsonObject existing && JsonNode.DeepEquals(existing[mergeKey], patchItem[mergeKey]));
                    break;
                case "replace":
                    replace = true;
                    break;
                default:
                    if (patchItem[mergeKey] is null)
                    {
                        throw new InvalidDataException($"a merged list element does not contain its merge key \"{mergeKey}\"");
                    }

                    patchItems.Add(patchItem);
                    break;
            }
        }

        if (replace)
        {
            return new JsonArray(patchItems.Select(p => Clean(p)).ToArray());
        }

        // The order Kubernetes keeps refers to the original list as it was.
        List<JsonNode?> serverOrder = [.. original];
        var merged = new List<JsonNode?>(original);
        foreach (JsonObject patchItem in patchItems)
        {
            int index = merged.FindIndex(m => m is JsonObject existing && JsonNode.DeepEquals(existing[mergeKey], patchItem[mergeKey]));
            if (index >= 0)
            {
                Apply((JsonObject)merged[index]!, patchItem, elementSchema);
            }
            else
            {
                merged.Add(Clean(patchItem));
            }
        }

        int PatchIndex(JsonNode? item) => patchItems.FindIndex(p => JsonNode.DeepEquals(p[mergeKey], item?[mergeKey]));
        int ServerIndex(JsonNode? item) => serverOrder.FindIndex(s => s is JsonObject o && JsonNode.DeepEquals(o[mergeKey], item?[mergeKey]));
        return Interleave(merged, PatchIndex, ServerIndex);
    }

    private static JsonArray MergeScalarList(JsonArray current, JsonArray patch)
    {
        List<JsonNode?> original = Detach(current);
        var merged = new List<JsonNode?>(original);
        foreach (JsonNode? item in patch)
        {
            if (!merged.Any(m => JsonNode.DeepEquals(m, item)))
            {
                merged.Add(item?.DeepClone());
            }
        }

        List<JsonNode?> patchItems = [.. patch];
        int PatchIndex(JsonNode? item) => patchItems.FindIndex(p => JsonNode.DeepEquals(p, item));
        int ServerIndex(JsonNode? item) => original.FindIndex(o => JsonNode.DeepEquals(o, item));
        return Interleave(merged, PatchIndex, ServerIndex);
    }

    // Patch items keep patch order; server-only items are slotted in before a patch item only when both were in the
    // original list and the server item came first there.
    private static JsonArray Interleave(List<JsonNode?> merged, Func<JsonNode?, int> patchIndex, Func<JsonNode?, int> serverIndex)
    {
        List<JsonNode?> fromPatch = merged.Where(m => patchIndex(m) >= 0).OrderBy(patchIndex).ToList();
        List<JsonNode?> serverOnly = merged.Where(m => patchIndex(m) < 0).OrderBy(serverIndex).ToList();
        var result = new JsonArray();
        int i = 0;
        int j = 0;
        while (i < serverOnly.Count || j < fromPatch.Count)
        {
            if (i >= serverOnly.Count)
            {
                result.Add(fromPatch[j++]);
            }
            else if (j >= fromPatch.Count)
            {
                result.Add(serverOnly[i++]);
            }
            else
            {
                int left = serverIndex(serverOnly[i]);
                int right = serverIndex(fromPatch[j]);
                result.Add(left >= 0 && right >= 0 && left < right ? serverOnly[i++] : fromPatch[j++]);
            }
        }

        return result;
    }

    private static List<JsonNode?> Detach(JsonArray array)
    {
        List<JsonNode?> items = [.. array];
        array.Clear();
        return items;
    }
}
