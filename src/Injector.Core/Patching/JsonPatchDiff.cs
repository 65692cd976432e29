using System.Text.Json;
using System.Text.Json.Nodes;

namespace Injector.Core.Patching;

/// <summary>
/// Writes an RFC 6902 JSON patch that turns one JSON document into another. The patch is meant to be small:
/// object members are added, removed or replaced one by one; arrays are appended to, trimmed, edited element by
/// element or aligned by a bounded sequence alignment, and replaced whole only when that is shorter.
/// Cost stays close to linear in the document size, also for arrays with thousands of elements.
/// </summary>
public static class JsonPatchDiff
{
    // Bounds the edit distance the alignment explores; beyond it the arrays are too different to be worth aligning.
    private const int MaxAlignmentEdits = 256;

    /// <summary>Creates the patch from <paramref name="from"/> to <paramref name="to"/>; neither node is modified.</summary>
    public static JsonArray Create(JsonNode? from, JsonNode? to)
    {
        var patch = new JsonArray();
        foreach (var op in Operations(from, to))
        {
            var node = new JsonObject { ["op"] = op.Op, ["path"] = op.Path };
            if (op.HasValue)
            {
                node["value"] = op.Value?.DeepClone();
            }

            patch.Add(node);
        }

        return patch;
    }

    /// <summary>
    /// The patch from <paramref name="from"/> to <paramref name="to"/> as serialized JSON, the same bytes as serializing
    /// <see cref="Create"/>'s result, written straight from the documents without copying the values it carries.
    /// </summary>
    public static byte[] CreateUtf8(JsonNode? from, JsonNode? to)
    {
        List<PatchOperation> ops = Operations(from, to);
        // Sized from the estimate, with room for escapes and multi-byte characters, so the buffer does not grow by
        // doubling through the whole patch.
        long estimate = PatchSize.Of(ops);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>((int)Math.Min(estimate + (estimate / 4) + 256, Array.MaxLength / 2));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var op in ops)
            {
                writer.WriteStartObject();
                writer.WriteString("op", op.Op);
                writer.WriteString("path", op.Path);
                if (op.HasValue)
                {
                    writer.WritePropertyName("value");
                    if (op.Value is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        op.Value.WriteTo(writer);
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static List<PatchOperation> Operations(JsonNode? from, JsonNode? to)
    {
        var ops = new List<PatchOperation>();
        Diff(from, to, string.Empty, ops);
        return ops;
    }

    private static void Diff(JsonNode? from, JsonNode? to, string path, List<PatchOperation> ops)
    {
        switch (from, to)
        {
            case (JsonObject a, JsonObject b):
                DiffObject(a, b, path, ops);
                break;
            case (JsonArray a, JsonArray b):
                DiffArray(a, b, path, ops);
                break;
            default:
                if (!JsonEquality.DeepEquals(from, to))
                {
                    ops.Add(Op("replace", path, to));
                }

                break;
        }
    }

    private static void DiffObject(JsonObject from, JsonObject to, string path, List<PatchOperation> ops)
    {
        foreach (var (key, _) in from)
        {
            if (!to.ContainsKey(key))
            {
                ops.Add(Op("remove", JsonPointer.Append(path, key)));
            }
        }

        foreach (var (key, value) in to)
        {
            if (from.TryGetPropertyValue(key, out var old))
            {
                Diff(old, value, JsonPointer.Append(path, key), ops);
            }
            else
            {
                ops.Add(Op("add", JsonPointer.Append(path, key), value));
            }
        }
    }

    private static void DiffArray(JsonArray from, JsonArray to, string path, List<PatchOperation> ops)
    {
        int n = from.Count, m = to.Count;
        var prefix = 0;
        while (prefix < n && prefix < m && JsonEquality.DeepEquals(from[prefix], to[prefix]))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && JsonEquality.DeepEquals(from[n - 1 - suffix], to[m - 1 - suffix]))
        {
            suffix++;
        }

        if (prefix + suffix == n && prefix + suffix == m)
        {
            return;
        }

        if (prefix + suffix == n)
        {
            for (var j = prefix; j < m - suffix; j++)
            {
                var target = suffix == 0 ? path + "/-" : JsonPointer.Append(path, j);
                ops.Add(Op("add", target, to[j]));
            }

            return;
        }

        if (prefix + suffix == m)
        {
            // From the end, so each index is still the one the old array had.
            for (var i = n - suffix - 1; i >= prefix; i--)
            {
                ops.Add(Op("remove", JsonPointer.Append(path, i)));
            }

            return;
        }

        // Pure appends and removals above are always kept; edits inside the array fall back to replacing it
        // when they would take more room than the new array itself.
        var local = new List<PatchOperation>();
        if (n == m)
        {
            for (var i = prefix; i < n - suffix; i++)
            {
                DiffElement(from[i], to[i], JsonPointer.Append(path, i), local);
            }
        }
        else
        {
            var edits = SequenceAlignment.Align(from, to, prefix, n - suffix, prefix, m - suffix, MaxAlignmentEdits)
                ?? SequenceAlignment.Positional(prefix, n - suffix, prefix, m - suffix);
            EmitEdits(from, to, path, prefix, edits, local);
        }

        if (PatchSize.IsReplaceSmallerThan(path, to, PatchSize.Of(local)))
        {
            ops.Add(Op("replace", path, to));
        }
        else
        {
            ops.AddRange(local);
        }
    }

    private static void EmitEdits(JsonArray from, JsonArray to, string path, int start, List<Edit> edits, List<PatchOperation> ops)
    {
        var index = start;
        var current = from.Count;
        var deletes = new List<int>();
        var inserts = new List<int>();
        for (var e = 0; e <= edits.Count; e++)
        {
            if (e < edits.Count && edits[e].Kind != EditKind.Keep)
            {
                (edits[e].Kind == EditKind.Delete ? deletes : inserts).Add(edits[e].Kind == EditKind.Delete ? edits[e].From : edits[e].To);
                continue;
            }

            // A run of deletes and inserts: pair them up as in-place edits, then drop or add the rest.
            var pairs = Math.Min(deletes.Count, inserts.Count);
            for (var i = 0; i < pairs; i++)
            {
                DiffElement(from[deletes[i]], to[inserts[i]], JsonPointer.Append(path, index), ops);
                index++;
            }

            for (var i = pairs; i < deletes.Count; i++)
            {
                ops.Add(Op("remove", JsonPointer.Append(path, index)));
                current--;
            }

            for (var i = pairs; i < inserts.Count; i++)
            {
                var target = index == current ? path + "/-" : JsonPointer.Append(path, index);
                ops.Add(Op("add", target, to[inserts[i]]));
                index++;
                current++;
            }

            deletes.Clear();
            inserts.Clear();
            if (e < edits.Count)
            {
                index++;
            }
        }
    }

    private static void DiffElement(JsonNode? from, JsonNode? to, string path, List<PatchOperation> ops)
    {
        if (JsonEquality.KindOf(from) is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            Diff(from, to, path, ops);
            return;
        }

        var local = new List<PatchOperation>();
        Diff(from, to, path, local);
        if (local.Count > 1 && PatchSize.IsReplaceSmallerThan(path, to, PatchSize.Of(local)))
        {
            ops.Add(Op("replace", path, to));
        }
        else
        {
            ops.AddRange(local);
        }
    }

    private static PatchOperation Op(string op, string path) => new(op, path, null, HasValue: false);

    // The value is the target document's own node: it is copied (Create) or written (CreateUtf8) only at the end.
    private static PatchOperation Op(string op, string path, JsonNode? value) => new(op, path, value, HasValue: true);
}
