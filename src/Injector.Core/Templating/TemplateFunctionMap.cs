using System.Collections.Frozen;

namespace Injector.Core.Templating;

/// <summary>
/// Named functions a template may call, like Go's <c>template.FuncMap</c>. Filled while building, then frozen by
/// the parser; a later <see cref="Set"/> replaces an earlier entry (Istio's functions override Sprig's).
/// </summary>
public sealed class TemplateFunctionMap
{
    private readonly Dictionary<string, TemplateFunction> _functions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TemplateSignature> _signatures = new(StringComparer.Ordinal);

    /// <summary>Adds or replaces a function that checks its own arguments.</summary>
    public TemplateFunctionMap Set(string name, TemplateFunction function)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(function);
        _functions[name] = function;
        _signatures.Remove(name);
        return this;
    }

    /// <summary>
    /// Adds or replaces a function with Go parameter types (see <see cref="TemplateSignature"/>): the engine checks
    /// and converts the arguments against them, with Go's messages, before calling it.
    /// </summary>
    public TemplateFunctionMap Set(string name, TemplateSignature signature, TemplateFunction function)
    {
        ArgumentNullException.ThrowIfNull(signature);
        Set(name, function);
        _signatures[name] = signature;
        return this;
    }

    /// <summary>Copies every function of <paramref name="other"/> into this map, replacing same-named ones.</summary>
    public TemplateFunctionMap SetAll(TemplateFunctionMap other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (name, function) in other._functions)
        {
            _functions[name] = function;
            _signatures.Remove(name);
        }

        foreach (var (name, signature) in other._signatures)
        {
            _signatures[name] = signature;
        }

        return this;
    }

    /// <summary>The names defined so far.</summary>
    public IEnumerable<string> Names => _functions.Keys;

    /// <summary>Looks a function up by name.</summary>
    public bool TryGet(string name, out TemplateFunction function) => _functions.TryGetValue(name, out function!);

    /// <summary>The Go parameter types declared for a function, if any.</summary>
    public bool TryGetSignature(string name, out TemplateSignature signature) => _signatures.TryGetValue(name, out signature!);

    /// <summary>An immutable copy of the declared signatures for a parsed template to keep.</summary>
    internal FrozenDictionary<string, TemplateSignature> FreezeSignatures() => _signatures.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>An immutable copy for a parsed template to keep.</summary>
    public FrozenDictionary<string, TemplateFunction> Freeze() => _functions.ToFrozenDictionary(StringComparer.Ordinal);
}
