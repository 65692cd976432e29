namespace Injector.Core.Templating.Parsing;

/// <summary>One lexical item: its kind, its source text, where it starts and on which line.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position, int Line)
{
    /// <summary>How Go's parser quotes the item in "unexpected ..." messages.</summary>
    public override string ToString() => Kind switch
    {
        TokenKind.Eof => "EOF",
        TokenKind.Error => Text,
        > TokenKind.Keyword => "<" + Text + ">",
        _ when Text.Length > 10 => Formatting.GoFormat.Sprintf("%.10q...", [Text]),
        _ => Formatting.GoFormat.Quote(Text),
    };
}
