namespace Injector.Core.Templating;

/// <summary>
/// A Go struct (or pointer to one) as templates see it: fields and niladic methods are reached by their Go
/// names (<c>.Spec.Containers</c>, <c>.ProxyConfig.HoldApplicationUntilProxyStarts.GetValue</c>).
/// </summary>
/// <remarks>
/// The engine's value model, which every function also receives and returns:
/// <list type="bullet">
/// <item><c>null</c> is Go's nil (an untyped nil interface).</item>
/// <item><see cref="bool"/>, <see cref="string"/>; <see cref="int"/> is Go's int and <see cref="long"/> is int64 (what
/// Sprig's integer arithmetic returns: both compare by value in <c>eq</c> and <c>lt</c>, but they are distinct types
/// to <c>%T</c>, <c>deepEqual</c> and an <c>int</c> parameter); a Go int literal beyond <see cref="int"/>'s range is
/// carried as a long; <see cref="double"/> is float64 (every number decoded from JSON is a double, as in Go).</item>
/// <item><see cref="IReadOnlyList{T}"/> of <c>object?</c> is <c>[]interface{}</c>; of <see cref="string"/> is <c>[]string</c>.</item>
/// <item><see cref="IReadOnlyDictionary{TKey,TValue}"/> of <c>string</c> to <c>object?</c> is <c>map[string]interface{}</c>
/// (a missing key yields nil); of <c>string</c> to <c>string</c> is <c>map[string]string</c> (a missing key yields "").</item>
/// <item><see cref="ITemplateObject"/> is a struct or pointer; it may also implement <see cref="IGoStringer"/>
/// (printed through its String method) and <see cref="IJsonMarshaler"/> (how encoding/json would write it).</item>
/// </list>
/// </remarks>
public interface ITemplateObject
{
    /// <summary>The Go type name used in error messages, e.g. <c>*v1.ProxyConfig</c>.</summary>
    string TypeName { get; }

    /// <summary>True for a nil pointer: falsy, printed as <c>&lt;nil&gt;</c>; its nil-safe getters still answer.</summary>
    bool IsNil => false;

    /// <summary>Resolves a field or a niladic method by its Go name; false when the type has no such member.</summary>
    bool TryGetMember(string name, out object? value);
}
