using Injector.Core.Templating.Formatting;

namespace Injector.Core.Templating.Functions;

/// <summary>
/// Argument checks a Go template performs before calling a typed Go function (arity, parameter types), with Go's
/// messages, for functions whose delegates take any number of untyped arguments.
/// </summary>
internal static class FunctionArgs
{
    /// <summary>Exactly <paramref name="count"/> arguments.</summary>
    public static void Exactly(ReadOnlySpan<object?> args, int count, string name)
    {
        if (args.Length != count)
        {
            throw new TemplateFunctionException($"wrong number of args for {name}: want {count} got {args.Length}");
        }
    }

    /// <summary>At least <paramref name="count"/> arguments (a variadic Go function).</summary>
    public static void AtLeast(ReadOnlySpan<object?> args, int count, string name)
    {
        if (args.Length < count)
        {
            throw new TemplateFunctionException($"wrong number of args for {name}: want at least {count} got {args.Length}");
        }
    }

    /// <summary>A <c>string</c> parameter.</summary>
    public static string String(ReadOnlySpan<object?> args, int index) => args[index] switch
    {
        string s => s,
        null => throw new TemplateFunctionException("invalid value; expected string"),
        var other => throw WrongType("string", other),
    };

    /// <summary>An <c>int</c> parameter: Go's int only, an int64 is a different type.</summary>
    public static int Int(ReadOnlySpan<object?> args, int index) => args[index] switch
    {
        int i => i,
        null => throw new TemplateFunctionException("invalid value; expected int"),
        var other => throw WrongType("int", other),
    };

    /// <summary>A <c>bool</c> parameter.</summary>
    public static bool Bool(ReadOnlySpan<object?> args, int index) => args[index] switch
    {
        bool b => b,
        null => throw new TemplateFunctionException("invalid value; expected bool"),
        var other => throw WrongType("bool", other),
    };

    /// <summary>A <c>map[string]interface{}</c> parameter; nil is an empty (nil) map.</summary>
    public static IReadOnlyDictionary<string, object?> Map(ReadOnlySpan<object?> args, int index) => args[index] switch
    {
        IReadOnlyDictionary<string, object?> m => m,
        null => FunctionValues.EmptyMap,
        var other => throw WrongType("map[string]interface {}", other),
    };

    /// <summary>A <c>map[string]string</c> parameter; nil is an empty (nil) map.</summary>
    public static IReadOnlyDictionary<string, string> StringMap(ReadOnlySpan<object?> args, int index) => args[index] switch
    {
        IReadOnlyDictionary<string, string> m => m,
        null => EmptyStringMap,
        var other => throw WrongType("map[string]string", other),
    };

    /// <summary>A <c>[]string</c> from the arguments from <paramref name="start"/> on (a <c>...string</c> parameter).</summary>
    public static string[] Strings(ReadOnlySpan<object?> args, int start)
    {
        var result = new string[Math.Max(0, args.Length - start)];
        for (int i = start; i < args.Length; i++)
        {
            result[i - start] = String(args, i);
        }

        return result;
    }

    /// <summary>An empty <c>map[string]string</c>.</summary>
    public static IReadOnlyDictionary<string, string> EmptyStringMap { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Go's error for an argument of the wrong type.</summary>
    public static TemplateFunctionException WrongType(string expected, object? actual) =>
        new($"wrong type for value; expected {expected}; got {GoTypeName.Of(actual)}");
}
