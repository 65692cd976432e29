using System.Collections.Frozen;

namespace Injector.Core.Templating;

/// <summary>
/// Named functions a template may call, like Go's <c>template.FuncMap</c>. Filled while building, then frozen by
/// the parser; a later <see cref="Set"/> replaces an earlier entry (Istio's functions override Sprig's).
/// </summary>
public sealed class TemplateFunctionMap
{
    private readonly Dictionary<string, TemplateFunction> _functions = new(StringComparer.Ordinal);

    /// <summary>Adds or replaces a function.</summary>
    public TemplateFunctionMap Set(string name, TemplateFunction function)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(function);
        _functions[name] = function;
        return this;
    }

    /// <summary>Copies every function of <paramref name="other"/> into this map, replacing same-named ones.</summary>
    public TemplateFunctionMap SetAll(TemplateFunctionMap other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (name, function) in other._functions)
        {
            _functions[name] = function;
        }

        return this;
    }

    /// <summary>The names defined so far.</summary>
    public IEnumerable<string> Names => _functions.Keys;

    /// <summary>Looks a function up by name.</summary>
    public bool TryGet(string name, out TemplateFunction function) => _functions.TryGetValue(name, out function!);

    /// <summary>An immutable copy for a parsed template to keep.</summary>
    public FrozenDictionary<string, TemplateFunction> Freeze() => _functions.ToFrozenDictionary(StringComparer.Ordinal);
}
