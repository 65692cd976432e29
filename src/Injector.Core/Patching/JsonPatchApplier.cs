using System.Globalization;
using System.Text.Json.Nodes;

namespace Injector.Core.Patching;

/// <summary>
/// Applies an RFC 6902 JSON patch (add, remove, replace, move, copy, test) to a copy of a document.
/// Used to check patches; the API server applies them in production.
/// </summary>
public static class JsonPatchApplier
{
    /// <summary>Returns the patched copy of <paramref name="document"/>; throws <see cref="JsonPatchException"/> when an operation fails.</summary>
    public static JsonNode? Apply(JsonNode? document, JsonArray patch)
    {
        ArgumentNullException.ThrowIfNull(patch);
        var root = document?.DeepClone();
        foreach (var item in patch)
        {
            if (item is not JsonObject op)
            {
                throw new JsonPatchException("a patch operation must be an object");
            }

            var name = Text(op, "op");
            var path = Text(op, "path");
            root = name switch
            {
                "add" => Add(root, path, Value(op)),
                "remove" => Remove(root, path, out _),
                "replace" => Add(Remove(root, path, out _), path, Value(op)),
                "move" => Move(root, Text(op, "from"), path),
                "copy" => Add(root, path, Get(root, Text(op, "from"))?.DeepClone()),
                "test" => Test(root, path, Value(op)),
                _ => throw new JsonPatchException($"unknown patch operation '{name}'"),
            };
        }

        return root;
    }

    private static JsonNode? Move(JsonNode? root, string from, string path)
    {
        if (path.StartsWith(from + "/", StringComparison.Ordinal))
        {
            throw new JsonPatchException($"cannot move '{from}' into its own child '{path}'");
        }

        root = Remove(root, from, out var value);
        return Add(root, path, value);
    }

    private static JsonNode? Test(JsonNode? root, string path, JsonNode? expected)
    {
        if (!JsonEquality.DeepEquals(Get(root, path), expected))
        {
            throw new JsonPatchException($"test failed at '{path}'");
        }

        return root;
    }

    private static JsonNode? Add(JsonNode? root, string path, JsonNode? value)
    {
        var tokens = JsonPointer.Parse(path);
        if (tokens.Count == 0)
        {
            return value;
        }

        var parent = Parent(root, tokens, path);
        var last = tokens[^1];
        switch (parent)
        {
            case JsonObject obj:
                obj[last] = value;
                break;
            case JsonArray array:
                if (last == "-")
                {
                    array.Add(value);
                }
                else
                {
                    array.Insert(Index(last, array.Count, path), value);
                }

                break;
            default:
                throw new JsonPatchException($"cannot add at '{path}': parent is not a container");
        }

        return root;
    }

    private static JsonNode? Remove(JsonNode? root, string path, out JsonNode? removed)
    {
        var tokens = JsonPointer.Parse(path);
        if (tokens.Count == 0)
        {
            removed = root;
            return null;
        }

        var parent = Parent(root, tokens, path);
        var last = tokens[^1];
        switch (parent)
        {
            case JsonObject obj:
                if (!obj.Remove(last, out removed))
                {
                    throw new JsonPatchException($"cannot remove '{path}': no such member");
                }

                break;
            case JsonArray array:
                var index = Index(last, array.Count - 1, path);
                removed = array[index];
                array.RemoveAt(index);
                break;
            default:
                throw new JsonPatchException($"cannot remove '{path}': parent is not a container");
        }

        return root;
    }

    private static JsonNode? Get(JsonNode? root, string path)
    {
        var tokens = JsonPointer.Parse(path);
        var node = root;
        foreach (var token in tokens)
        {
            node = Child(node, token, path);
        }

        return node;
    }

    private static JsonNode? Parent(JsonNode? root, IReadOnlyList<string> tokens, string path)
    {
        var node = root;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            node = Child(node, tokens[i], path);
        }

        return node;
    }

    private static JsonNode? Child(JsonNode? node, string token, string path) => node switch
    {
        JsonObject obj when obj.TryGetPropertyValue(token, out var child) => child,
        JsonArray array => array[Index(token, array.Count - 1, path)],
        _ => throw new JsonPatchException($"path '{path}' does not exist"),
    };

    private static int Index(string token, int max, string path)
    {
        // RFC 6901: decimal digits without leading zeros.
        if (token.Length == 0 || (token.Length > 1 && token[0] == '0') || !token.All(char.IsAsciiDigit)
            || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index > max)
        {
            throw new JsonPatchException($"array index '{token}' in '{path}' is invalid or out of range");
        }

        return index;
    }

    private static string Text(JsonObject op, string name) =>
        op[name] is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw new JsonPatchException($"patch operation is missing '{name}'");

    private static JsonNode? Value(JsonObject op) =>
        op.TryGetPropertyValue("value", out var value)
            ? value?.DeepClone()
            : throw new JsonPatchException("patch operation is missing 'value'");
}
