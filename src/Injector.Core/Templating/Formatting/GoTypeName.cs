namespace Injector.Core.Templating.Formatting;

/// <summary>The Go type name of a value of the engine's value model, as fmt and template errors spell it.</summary>
internal static class GoTypeName
{
    public static string Of(object? value) => value switch
    {
        null => "<nil>",
        string => "string",
        bool => "bool",
        int => "int",
        long => "int64",
        double => "float64",
        float => "float32",
        ITemplateObject o => o.TypeName,
        Functions.GoIntSlice => "[]int",
        IReadOnlyList<string> => "[]string",
        IReadOnlyList<object?> => "[]interface {}",
        IReadOnlyDictionary<string, string> => "map[string]string",
        IReadOnlyDictionary<string, object?> => "map[string]interface {}",
        TemplateFunction => "func(...interface {}) (interface {}, error)",
        _ => value.GetType().Name,
    };
}
