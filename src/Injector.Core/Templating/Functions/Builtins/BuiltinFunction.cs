namespace Injector.Core.Templating.Functions.Builtins;

/// <summary>Go's predefined template functions; <see cref="None"/> marks a user function.</summary>
internal enum BuiltinFunction
{
    None,
    And,
    Or,
    Not,
    Len,
    Index,
    Slice,
    Print,
    Printf,
    Println,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Call,
    Html,
    Js,
    Urlquery,
}
