namespace Injector.Core.Templating;

/// <summary>One Go parameter type of a <see cref="TemplateSignature"/>: its name and how Go converts arguments to it.</summary>
internal sealed class TemplateParameterType
{
    private static readonly TemplateParameterType s_interface = new("interface {}", TemplateParameterKind.Interface);

    private TemplateParameterType(string name, TemplateParameterKind kind)
    {
        Name = name;
        Kind = kind;
    }

    /// <summary>The Go type name, as errors spell it.</summary>
    public string Name { get; }

    public TemplateParameterKind Kind { get; }

    /// <summary>Go's canBeNil: nil (and a missing value) fit interfaces, slices, maps, pointers and functions.</summary>
    public bool CanBeNil => Kind is TemplateParameterKind.Interface or TemplateParameterKind.Other;

    public static TemplateParameterType Of(string name) => name switch
    {
        "interface {}" or "interface{}" or "any" => s_interface,
        "string" => new(name, TemplateParameterKind.String),
        "int" => new(name, TemplateParameterKind.Int),
        "float64" => new(name, TemplateParameterKind.Float),
        "bool" => new(name, TemplateParameterKind.Bool),
        _ when name.StartsWith("[]", StringComparison.Ordinal) || name.StartsWith("map[", StringComparison.Ordinal)
            || name.StartsWith('*') || name.StartsWith("func", StringComparison.Ordinal) => new(name, TemplateParameterKind.Other),
        _ => throw new FormatException($"Unsupported Go parameter type '{name}'."),
    };
}
