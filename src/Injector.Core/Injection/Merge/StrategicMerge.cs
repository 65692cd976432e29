using System.Text.Json;
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

    /// <summary>Merges <paramref name="patch"/> into <paramref name="target"/> (modified in place); the patch is left as it was.</summary>
    public static void Apply(JsonObject target, JsonObject patch, MergeSchema? schema) => Merge(target, patch, schema, consume: false);

    /// <summary>
    /// Merges <paramref name="patch"/> into <paramref name="target"/> by moving its nodes rather than copying them:
    /// the patch's last use, after which it is left in pieces.
    /// </summary>
    public static void ApplyConsuming(JsonObject target, JsonObject patch, MergeSchema? schema) => Merge(target, patch, schema, consume: true);

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
                        result.Add(key, Clean(value));
                    }
                }

                return result;
            case JsonArray array:
                var items = new JsonArray();
                foreach (JsonNode? item in array)
                {
                    if (!HasDirective(item))
                    {
                        items.Add(Clean(item));
                    }
                }

                return items;
            default:
                return node?.DeepClone();
        }
    }

    private static void Merge(JsonObject target, JsonObject patch, MergeSchema? schema, bool consume)
    {
        // Indexing keeps the patch's key set fixed while values are taken out of it.
        for (int i = 0; i < patch.Count; i++)
        {
            var (key, patchValue) = patch.GetAt(i);
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
                target[key] = Take(patch, i, consume);
                continue;
            }

            switch (current, patchValue)
            {
                case (JsonObject currentObject, JsonObject patchObject):
                    if (JsonScalar.AsString(patchObject[Directive]) == "replace")
                    {
                        target[key] = Take(patch, i, consume);
                    }
                    else
                    {
                        Merge(currentObject, patchObject, schema?.Child(key), consume);
                    }

                    break;
                case (JsonArray currentArray, JsonArray patchArray) when schema?.ListKey(key) is { } mergeKey:
                    target[key] = mergeKey.Length == 0
                        ? MergeScalarList(currentArray, patchArray)
                        : MergeKeyedList(currentArray, patchArray, mergeKey, schema.Child(key), consume);
                    break;
                default:
                    target[key] = Take(patch, i, consume);
                    break;
            }
        }
    }

    // The patch's value at index, cleaned: a copy, or the node itself detached from the patch and cleaned in place.
    private static JsonNode? Take(JsonObject patch, int index, bool consume)
    {
        if (!consume)
        {
            return Clean(patch.GetAt(index).Value);
        }

        JsonNode? node = patch.GetAt(index).Value;
        patch.SetAt(index, null);
        CleanInPlace(node);
        return node;
    }

    private static void CleanInPlace(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                for (int i = obj.Count - 1; i >= 0; i--)
                {
                    var (key, value) = obj.GetAt(i);
                    if (value is null || key.StartsWith('$'))
                    {
                        obj.RemoveAt(i);
                    }
                    else
                    {
                        CleanInPlace(value);
                    }
                }

                break;
            case JsonArray array:
                for (int i = array.Count - 1; i >= 0; i--)
                {
                    if (HasDirective(array[i]))
                    {
                        array.RemoveAt(i);
                    }
                    else
                    {
                        CleanInPlace(array[i]);
                    }
                }

                break;
        }
    }

    private static bool HasDirective(JsonNode? item) => item is JsonObject o && JsonScalar.AsString(o[Directive]) is not null;

    private static JsonArray MergeKeyedList(JsonArray current, JsonArray patch, string mergeKey, MergeSchema? elementSchema, bool consume)
    {
        List<JsonNode?> original = Detach(current);
        var patchItems = new List<JsonObject>(patch.Count);
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

        if (consume)
        {
            // Frees the patch's elements to move into the result.
            patch.Clear();
        }

        if (replace)
        {
            var replaced = new JsonArray();
            foreach (JsonObject patchItem in patchItems)
            {
                replaced.Add(consume ? Cleaned(patchItem) : Clean(patchItem));
            }

            return replaced;
        }

        // Elements are matched by key through maps holding each key's first position, so a repeated key matches its
        // first element. The keys are read before merging, which may move them out of a consumed patch.
        var patchIndex = new Dictionary<JsonNode, int>(patchItems.Count, MergeKeyComparer.Instance);
        var patchKeys = new JsonNode[patchItems.Count];
        for (int p = 0; p < patchItems.Count; p++)
        {
            patchKeys[p] = patchItems[p][mergeKey]!;
            patchIndex.TryAdd(patchKeys[p], p);
        }

        // The order Kubernetes keeps refers to the original list as it was.
        var serverIndex = new Dictionary<JsonNode, int>(original.Count, MergeKeyComparer.Instance);
        int nullKeyServerIndex = -1;
        var merged = new List<JsonNode?>(original.Count + patchItems.Count);
        var mergedIndex = new Dictionary<JsonNode, int>(original.Count + patchItems.Count, MergeKeyComparer.Instance);
        for (int s = 0; s < original.Count; s++)
        {
            merged.Add(original[s]);
            if (original[s] is JsonObject existing)
            {
                if (existing[mergeKey] is { } key)
                {
                    serverIndex.TryAdd(key, s);
                    mergedIndex.TryAdd(key, s);
                }
                else if (nullKeyServerIndex < 0)
                {
                    nullKeyServerIndex = s;
                }
            }
        }

        for (int p = 0; p < patchItems.Count; p++)
        {
            if (mergedIndex.TryGetValue(patchKeys[p], out int index))
            {
                Merge((JsonObject)merged[index]!, patchItems[p], elementSchema, consume);
            }
            else
            {
                mergedIndex.Add(patchKeys[p], merged.Count);
                merged.Add(consume ? Cleaned(patchItems[p]) : Clean(patchItems[p]));
            }
        }

        // Keys are read by indexing the element, so a non-null element that is not an object fails here, not skipped.
        int PatchIndex(JsonNode? item) => item?[mergeKey] is { } key && patchIndex.TryGetValue(key, out int p) ? p : -1;
        int ServerIndex(JsonNode? item) => item?[mergeKey] is { } key
            ? serverIndex.GetValueOrDefault(key, -1)
            : nullKeyServerIndex;
        return Interleave(merged, PatchIndex, ServerIndex);
    }

    private static JsonObject Cleaned(JsonObject item)
    {
        CleanInPlace(item);
        return item;
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
        var fromPatch = new List<(JsonNode? Item, int PatchIndex, int ServerIndex)>();
        var serverOnly = new List<(JsonNode? Item, int PatchIndex, int ServerIndex)>();
        foreach (JsonNode? item in merged)
        {
            int p = patchIndex(item);
            (p >= 0 ? fromPatch : serverOnly).Add((item, p, serverIndex(item)));
        }

        // Stable sorts: items with equal indices keep the order they were listed in.
        List<(JsonNode? Item, int PatchIndex, int ServerIndex)> patchOrder = [.. fromPatch.OrderBy(e => e.PatchIndex)];
        List<(JsonNode? Item, int PatchIndex, int ServerIndex)> serverOrder = [.. serverOnly.OrderBy(e => e.ServerIndex)];
        var result = new JsonArray();
        int i = 0;
        int j = 0;
        while (i < serverOrder.Count || j < patchOrder.Count)
        {
            if (i >= serverOrder.Count)
            {
                result.Add(patchOrder[j++].Item);
            }
            else if (j >= patchOrder.Count)
            {
                result.Add(serverOrder[i++].Item);
            }
            else
            {
                int left = serverOrder[i].ServerIndex;
                int right = patchOrder[j].ServerIndex;
                result.Add(left >= 0 && right >= 0 && left < right ? serverOrder[i++].Item : patchOrder[j++].Item);
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

    // Merge keys compare as JsonNode.DeepEquals compares them; strings hash by value, other kinds share a bucket per
    // kind, which keeps equal numbers written differently together.
    private sealed class MergeKeyComparer : IEqualityComparer<JsonNode>
    {
        public static readonly MergeKeyComparer Instance = new();

        public bool Equals(JsonNode? x, JsonNode? y) => JsonNode.DeepEquals(x, y);

        public int GetHashCode(JsonNode obj) =>
            JsonScalar.AsString(obj) is { } text ? text.GetHashCode(StringComparison.Ordinal) : (int)obj.GetValueKind();
    }
}
