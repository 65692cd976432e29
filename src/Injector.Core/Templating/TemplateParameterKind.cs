namespace Injector.Core.Templating;

/// <summary>How Go's text/template evaluates an argument for a parameter: by the parameter type's kind.</summary>
internal enum TemplateParameterKind
{
    /// <summary><c>interface {}</c>: any value, constants as their default types.</summary>
    Interface,

    String,

    /// <summary><c>int</c>: integer constants, or values of Go type int.</summary>
    Int,

    /// <summary><c>float64</c>: any numeric constant, or values of Go type float64.</summary>
    Float,

    Bool,

    /// <summary>Slices, maps, pointers and functions: no constant fits; values must have the very type.</summary>
    Other,
}
