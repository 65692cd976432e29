using System.Collections.Frozen;

namespace Injector.Core.Templating.Functions.Builtins;

/// <summary>Looks builtin functions up by their template name.</summary>
internal static class BuiltinFunctions
{
    private static readonly FrozenDictionary<string, BuiltinFunction> s_byName = new Dictionary<string, BuiltinFunction>
    {
        ["and"] = BuiltinFunction.And,
        ["or"] = BuiltinFunction.Or,
        ["not"] = BuiltinFunction.Not,
        ["len"] = BuiltinFunction.Len,
        ["index"] = BuiltinFunction.Index,
        ["slice"] = BuiltinFunction.Slice,
        ["print"] = BuiltinFunction.Print,
        ["printf"] = BuiltinFunction.Printf,
        ["println"] = BuiltinFunction.Println,
        ["eq"] = BuiltinFunction.Eq,
        ["ne"] = BuiltinFunction.Ne,
        ["lt"] = BuiltinFunction.Lt,
        ["le"] = BuiltinFunction.Le,
        ["gt"] = BuiltinFunction.Gt,
        ["ge"] = BuiltinFunction.Ge,
        ["call"] = BuiltinFunction.Call,
        ["html"] = BuiltinFunction.Html,
        ["js"] = BuiltinFunction.Js,
        ["urlquery"] = BuiltinFunction.Urlquery,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryGet(string name, out BuiltinFunction builtin) => s_byName.TryGetValue(name, out builtin);
}
