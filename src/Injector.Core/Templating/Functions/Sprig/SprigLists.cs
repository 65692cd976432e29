using System.Globalization;

using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>Sprig's list functions. Results are new <c>[]interface{}</c> lists; inputs are never changed.</summary>
internal static class SprigLists
{
    private const string NilDereference = "runtime error: invalid memory address or nil pointer dereference";

    public static void Register(TemplateFunctionMap map)
    {
        map.Set("list", static a => a.ToArray().ToList());
        map.Set("tuple", static a => a.ToArray().ToList());
        foreach (string name in new[] { "append", "push", "mustAppend", "mustPush" })
        {
            string n = name;
            map.Set(n, a =>
            {
                Exactly(a, 2, n);
                var list = List(a[0], n.StartsWith("must", StringComparison.Ordinal), "Cannot push on type");
                return new List<object?>(list) { a[1] };
            });
        }

        map.Set("prepend", static a => Prepend(a, "prepend", must: false));
        map.Set("mustPrepend", static a => Prepend(a, "mustPrepend", must: true));
        Pair(map, "first", "Cannot find first on type", static l => l.Count == 0 ? null : l[0]);
        Pair(map, "last", "Cannot find last on type", static l => l.Count == 0 ? null : l[^1]);
        Pair(map, "rest", "Cannot find rest on type", static l => l.Skip(1).ToList());
        Pair(map, "initial", "Cannot find initial on type", static l => l.Take(Math.Max(0, l.Count - 1)).ToList());
        Pair(map, "reverse", "Cannot find reverse on type", static l => l.Reverse().ToList());
        Pair(map, "uniq", "Cannot find uniq on type", Uniq);
        Pair(map, "compact", "Cannot compact on type", static l => l.Where(v => !FunctionValues.IsEmpty(v)).ToList());
        map.Set("without", static a => Without(a, "without", must: false));
        map.Set("mustWithout", static a => Without(a, "mustWithout", must: true));
        map.Set("has", static a => Has(a, "has", must: false));
        map.Set("mustHas", static a => Has(a, "mustHas", must: true));
        map.Set("slice", static a => Slice(a, "slice", must: false));
        map.Set("mustSlice", static a => Slice(a, "mustSlice", must: true));
        map.Set("concat", static a =>
        {
            List<object?>? result = null;
            foreach (var item in a)
            {
                if (!FunctionValues.TryList(item, out var list))
                {
                    throw new TemplateFunctionException(
                        item is null ? NilDereference : $"Cannot concat type {FunctionValues.KindOf(item)} as list");
                }

                (result ??= []).AddRange(list);
            }

            return result;
        });
        map.Set("chunk", static a => Chunk(a, "chunk", must: false));
        map.Set("mustChunk", static a => Chunk(a, "mustChunk", must: true));
        map.Set("sortAlpha", static a =>
        {
            Exactly(a, 1, "sortAlpha");
            if (!FunctionValues.TryList(a[0], out _))
            {
                return (IReadOnlyList<string>)[FunctionValues.ToDisplayString(a[0])];
            }

            var strings = SprigConversions.ToStrings(a[0]);
            strings.Sort(StringComparer.Ordinal);
            return strings;
        });
        map.Set("join", static a =>
        {
            Exactly(a, 2, "join");
            return string.Join(String(a, 0), SprigConversions.ToStrings(a[1]));
        });
        map.Set("until", static a =>
        {
            Exactly(a, 1, "until");
            int count = Int(a, 0);
            return new GoIntSlice(Steps(0, count, count < 0 ? -1 : 1));
        });
        map.Set("untilStep", static a =>
        {
            Exactly(a, 3, "untilStep");
            return new GoIntSlice(Steps(Int(a, 0), Int(a, 1), Int(a, 2)));
        });
        map.Set("seq", Seq);
    }

    // Sprig's non-must variants panic with the text the must variants return as their error.
    private static IReadOnlyList<object?> List(object? value, bool must, string message)
    {
        if (FunctionValues.TryList(value, out var list))
        {
            return list;
        }

        // Sprig asks reflect for the kind of the list's type, which panics on an untyped nil.
        string text = value is null ? NilDereference : $"{message} {FunctionValues.KindOf(value)}";
        throw new TemplateFunctionException(text);
    }

    private static void Pair(TemplateFunctionMap map, string name, string message, Func<IReadOnlyList<object?>, object?> f)
    {
        map.Set(name, a =>
        {
            Exactly(a, 1, name);
            return f(List(a[0], must: false, message));
        });
        string must = "must" + char.ToUpperInvariant(name[0]) + name[1..];
        map.Set(must, a =>
        {
            Exactly(a, 1, must);
            return f(List(a[0], must: true, message));
        });
    }

    private static List<object?> Prepend(ReadOnlySpan<object?> a, string name, bool must)
    {
        Exactly(a, 2, name);
        var list = List(a[0], must, "Cannot prepend on type");
        return [a[1], .. list];
    }

    private static List<object?> Uniq(IReadOnlyList<object?> list)
    {
        var result = new List<object?>();
        foreach (var item in list)
        {
            if (!result.Any(r => FunctionValues.DeepEqual(item, r)))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static List<object?> Without(ReadOnlySpan<object?> a, string name, bool must)
    {
        AtLeast(a, 1, name);
        var list = List(a[0], must, "Cannot find without on type");
        var omit = a[1..].ToArray();
        return list.Where(item => !omit.Any(o => FunctionValues.DeepEqual(item, o))).ToList();
    }

    private static bool Has(ReadOnlySpan<object?> a, string name, bool must)
    {
        Exactly(a, 2, name);
        if (a[1] is null)
        {
            return false;
        }

        var list = List(a[1], must, "Cannot find has on type");
        object? needle = a[0];
        return list.Any(item => FunctionValues.DeepEqual(needle, item));
    }

    private static object? Slice(ReadOnlySpan<object?> a, string name, bool must)
    {
        AtLeast(a, 1, name);
        var list = List(a[0], must, "list should be type of slice or array but");
        if (list.Count == 0)
        {
            return null;
        }

        int start = a.Length > 1 ? (int)FunctionValues.ToInt64(a[1]) : 0;
        int end = a.Length > 2 ? (int)FunctionValues.ToInt64(a[2]) : list.Count;
        if (start < 0 || end < start || end > list.Count)
        {
            throw new TemplateFunctionException("reflect.Value.Slice: slice index out of bounds");
        }

        // The slice keeps the list's Go type.
        return a[0] switch
        {
            IReadOnlyList<string> strings => strings.Skip(start).Take(end - start).ToList(),
            GoIntSlice => new GoIntSlice(list.Skip(start).Take(end - start).Select(item => (int)item!).ToList()),
            _ => list.Skip(start).Take(end - start).ToList(),
        };
    }

    private static List<object?> Chunk(ReadOnlySpan<object?> a, string name, bool must)
    {
        Exactly(a, 2, name);
        int size = Int(a, 0);
        var list = List(a[1], must, "Cannot chunk type");
        var result = new List<object?>();
        for (int i = 0; i < list.Count; i += size)
        {
            result.Add(list.Skip(i).Take(size).ToList());
        }

        return result;
    }

    /// <summary>Sprig's untilStep: from start towards stop (exclusive) by step; a step pointing away yields nothing.</summary>
    public static List<int> Steps(int start, int stop, int step)
    {
        var result = new List<int>();
        if (stop < start)
        {
            if (step < 0)
            {
                for (long i = start; i > stop; i += step)
                {
                    result.Add((int)i);
                }
            }

            return result;
        }

        if (step > 0)
        {
            for (long i = start; i < stop; i += step)
            {
                result.Add((int)i);
            }
        }

        return result;
    }

    private static object? Seq(ReadOnlySpan<object?> a)
    {
        int[] p = new int[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            p[i] = Int(a, i);
        }

        List<int> steps;
        switch (p.Length)
        {
            case 1:
                int increment = p[0] < 1 ? -1 : 1;
                steps = Steps(1, p[0] + increment, increment);
                break;
            case 2:
                int step = p[1] < p[0] ? -1 : 1;
                steps = Steps(p[0], p[1] + step, step);
                break;
            case 3:
                int inc = 1;
                if (p[2] < p[0])
                {
                    inc = -1;
                    if (p[1] > 0)
                    {
                        return string.Empty;
                    }
                }

                steps = Steps(p[0], p[2] + inc, p[1]);
                break;
            default:
                return string.Empty;
        }

        return string.Join(' ', steps.Select(s => s.ToString(CultureInfo.InvariantCulture)));
    }
}
