namespace Injector.Core.Templating;

/// <summary>
/// The Go parameter types of a template function (<c>"int, string"</c>, <c>"string, ...interface {}"</c>). With one,
/// the engine checks the arguments as Go's text/template checks a typed Go function's before calling it: the count,
/// then each argument in order, converting constants to the parameter's type and reporting Go's messages at the
/// argument (<c>expected string; found 1</c>, <c>wrong type for value; expected int; got float64</c>, ...).
/// </summary>
public sealed class TemplateSignature
{
    private readonly TemplateParameterType[] _parameters;

    private TemplateSignature(TemplateParameterType[] parameters, bool isVariadic)
    {
        _parameters = parameters;
        IsVariadic = isVariadic;
    }

    /// <summary>The parameters' Go types as written, a variadic one without its <c>...</c>.</summary>
    public IReadOnlyList<string> ParameterTypes => _parameters.Select(p => p.Name).ToArray();

    /// <summary>True when the last parameter takes any number of arguments (Go's <c>...T</c>).</summary>
    public bool IsVariadic { get; }

    /// <summary>How many parameters come before a variadic one (all of them otherwise).</summary>
    internal int FixedCount => IsVariadic ? _parameters.Length - 1 : _parameters.Length;

    /// <summary>
    /// Reads a comma-separated Go parameter list: <c>string</c>, <c>int</c>, <c>float64</c>, <c>bool</c>,
    /// <c>interface {}</c>, or any other Go type name (slices, maps, pointers), the last optionally <c>...T</c>.
    /// </summary>
    public static TemplateSignature Parse(string parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var names = parameters.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var types = new TemplateParameterType[names.Length];
        bool isVariadic = false;
        for (int i = 0; i < names.Length; i++)
        {
            string name = names[i];
            if (name.StartsWith("...", StringComparison.Ordinal))
            {
                if (i != names.Length - 1)
                {
                    throw new FormatException($"Only the last parameter may be variadic: '{parameters}'.");
                }

                isVariadic = true;
                name = name[3..].TrimStart();
            }

            types[i] = TemplateParameterType.Of(name);
        }

        return new TemplateSignature(types, isVariadic);
    }

    /// <summary>The type the argument at <paramref name="index"/> must have (a variadic parameter's element type).</summary>
    internal TemplateParameterType ParameterAt(int index) => _parameters[Math.Min(index, _parameters.Length - 1)];

    /// <inheritdoc/>
    public override string ToString() =>
        string.Join(", ", _parameters.Select((p, i) => IsVariadic && i == _parameters.Length - 1 ? "..." + p.Name : p.Name));
}
