using System.Text;

using Injector.Core.Templating.Execution;

namespace Injector.Core.Templating.Functions.Builtins;

/// <summary>Go's <c>len</c>, <c>index</c> and <c>slice</c>, with its error messages.</summary>
internal static class IndexFunctions
{
    /// <summary>Stands for a slice index whose Go type is interface {}, which slice rejects whatever it holds.</summary>
    public static readonly object InterfaceTypedIndex = new();

    public static int Length(object? item)
    {
        if (item is NoValue)
        {
            throw new TemplateFunctionException("reflect: call of reflect.Value.Type on zero Value");
        }

        if (item is null or ITemplateObject { IsNil: true })
        {
            throw new TemplateFunctionException("len of nil pointer");
        }

        return GoValues.TryGetLength(item, out int length)
            ? length
            : throw new TemplateFunctionException($"len of type {GoValues.TypeName(item)}");
    }

    public static object? Index(object? item, ReadOnlySpan<object?> indexes)
    {
        if (GoValues.IsNil(item))
        {
            throw new TemplateFunctionException("index of untyped nil");
        }

        foreach (var index in indexes)
        {
            switch (item)
            {
                case null or ITemplateObject { IsNil: true }:
                    throw new TemplateFunctionException("index of nil pointer");
                case string s:
                    byte[] bytes = System.Text.Encoding.UTF8.GetBytes(s);
                    item = (int)bytes[CheckedIndex(index, bytes.Length, "string")];
                    break;
                case IReadOnlyList<string> strings:
                    item = strings[CheckedIndex(index, strings.Count, "slice")];
                    break;
                case IReadOnlyList<object?> list:
                    item = list[CheckedIndex(index, list.Count, "slice")];
                    break;
                case IReadOnlyDictionary<string, object?> map:
                    item = map.TryGetValue(MapKey(index), out var value) ? value : null;
                    break;
                case IReadOnlyDictionary<string, string> stringMap:
                    item = stringMap.TryGetValue(MapKey(index), out var text) ? text : string.Empty;
                    break;
                default:
                    throw new TemplateFunctionException($"can't index item of type {GoValues.TypeName(item)}");
            }
        }

        return item;
    }

    public static object? Slice(object? item, ReadOnlySpan<object?> indexes)
    {
        if (GoValues.IsNil(item))
        {
            throw new TemplateFunctionException("slice of untyped nil");
        }

        if (indexes.Length > 3)
        {
            throw new TemplateFunctionException($"too many slice indexes: {indexes.Length}");
        }

        int length;
        byte[]? bytes = null;
        switch (item)
        {
            case string s:
                if (indexes.Length == 3)
                {
                    throw new TemplateFunctionException("cannot 3-index slice a string");
                }

                bytes = System.Text.Encoding.UTF8.GetBytes(s);
                length = bytes.Length;
                break;
            case IReadOnlyList<string> strings:
                length = strings.Count;
                break;
            case IReadOnlyList<object?> list:
                length = list.Count;
                break;
            default:
                throw new TemplateFunctionException($"can't slice item of type {GoValues.TypeName(item)}");
        }

        Span<int> bounds = [0, length, length];
        for (int i = 0; i < indexes.Length; i++)
        {
            bounds[i] = IndexArgument(indexes[i], length);
        }

        if (bounds[0] > bounds[1])
        {
            throw new TemplateFunctionException($"invalid slice index: {bounds[0]} > {bounds[1]}");
        }

        if (indexes.Length == 3 && bounds[1] > bounds[2])
        {
            throw new TemplateFunctionException($"invalid slice index: {bounds[1]} > {bounds[2]}");
        }

        int start = bounds[0];
        int count = bounds[1] - bounds[0];
        return item switch
        {
            string => System.Text.Encoding.UTF8.GetString(bytes!, start, count),
            IReadOnlyList<string> strings => Copy(strings, start, count),
            _ => Copy((IReadOnlyList<object?>)item!, start, count),
        };
    }

    private static List<T> Copy<T>(IReadOnlyList<T> source, int start, int count)
    {
        var result = new List<T>(count);
        for (int i = 0; i < count; i++)
        {
            result.Add(source[start + i]);
        }

        return result;
    }

    private static int CheckedIndex(object? index, int length, string what)
    {
        int i = IndexArgument(index, length);
        return i < length ? i : throw new TemplateFunctionException($"reflect: {what} index out of range");
    }

    private static int IndexArgument(object? index, int capacity)
    {
        if (GoValues.IsNil(index))
        {
            throw new TemplateFunctionException("cannot index slice/array with nil");
        }

        if (ReferenceEquals(index, InterfaceTypedIndex))
        {
            throw new TemplateFunctionException("cannot index slice/array with type interface {}");
        }

        if (!GoValues.TryGetInt(index, out long x))
        {
            throw new TemplateFunctionException($"cannot index slice/array with type {GoValues.TypeName(index)}");
        }

        return x < 0 || x > capacity ? throw new TemplateFunctionException($"index out of range: {x}") : (int)x;
    }

    private static string MapKey(object? index) => index switch
    {
        string s => s,
        null or NoValue => throw new TemplateFunctionException("value is nil; should be of type string"),
        _ => throw new TemplateFunctionException($"value has type {GoValues.TypeName(index)}; should be string"),
    };
}
