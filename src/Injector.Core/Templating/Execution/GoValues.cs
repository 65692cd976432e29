using System.Text;

using Injector.Core.Templating.Formatting;

namespace Injector.Core.Templating.Execution;

/// <summary>Go's rules for template values: truthiness, length and the type names errors mention.</summary>
internal static class GoValues
{
    /// <summary>Go's truth: false, 0, nil, and empty strings, lists and maps are false; anything else is true.</summary>
    public static bool IsTrue(object? value) => value switch
    {
        null or NoValue => false,
        bool b => b,
        string s => s.Length > 0,
        int i => i != 0,
        long l => l != 0,
        double d => d != 0,
        float f => f != 0,
        ITemplateObject o => !o.IsNil,
        System.Collections.ICollection c => c.Count > 0,
        IReadOnlyCollection<object?> c => c.Count > 0,
        IReadOnlyCollection<KeyValuePair<string, object?>> c => c.Count > 0,
        IReadOnlyCollection<KeyValuePair<string, string>> c => c.Count > 0,
        _ => true,
    };

    public static bool IsNil(object? value) => value is null or NoValue;

    public static string TypeName(object? value) => value is NoValue ? "<nil>" : GoTypeName.Of(value);

    /// <summary>Go's <c>len</c>: bytes of a string's UTF-8 form, elements of a list or map.</summary>
    public static bool TryGetLength(object? value, out int length)
    {
        switch (value)
        {
            case string s:
                length = Encoding.UTF8.GetByteCount(s);
                return true;
            case IReadOnlyList<string> strings:
                length = strings.Count;
                return true;
            case IReadOnlyList<object?> list:
                length = list.Count;
                return true;
            case IReadOnlyDictionary<string, object?> map:
                length = map.Count;
                return true;
            case IReadOnlyDictionary<string, string> stringMap:
                length = stringMap.Count;
                return true;
            default:
                length = 0;
                return false;
        }
    }

    /// <summary>The value as a Go int, when it is one.</summary>
    public static bool TryGetInt(object? value, out long number)
    {
        switch (value)
        {
            case int i:
                number = i;
                return true;
            case long l:
                number = l;
                return true;
            default:
                number = 0;
                return false;
        }
    }
}
