namespace Injector.Core.Templating.Parsing;

/// <summary>The kinds of lexical items in a template, as Go's text/template/parse distinguishes them.</summary>
internal enum TokenKind
{
    Error,
    Eof,
    Text,
    LeftDelim,
    RightDelim,
    Space,
    Identifier,
    Field,
    Variable,
    Bool,
    Number,
    CharConstant,
    String,
    RawString,
    Char,
    Pipe,
    LeftParen,
    RightParen,
    Assign,
    Declare,

    // Keywords: everything after this point prints as <word> in error messages.
    Keyword,
    Block,
    Break,
    Continue,
    Dot,
    Define,
    Else,
    End,
    If,
    Nil,
    Range,
    Template,
    With,
}
