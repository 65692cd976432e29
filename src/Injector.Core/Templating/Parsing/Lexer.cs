namespace Injector.Core.Templating.Parsing;

/// <summary>
/// Splits template source into tokens: text outside actions, and the words, literals and punctuation inside
/// <c>{{ }}</c>. Applies the <c>{{-</c> / <c>-}}</c> trim markers and drops comments. Stops at the first error,
/// which becomes an <see cref="TokenKind.Error"/> token carrying Go's message.
/// </summary>
internal sealed partial class Lexer
{
    private const string LeftDelim = "{{";
    private const string RightDelim = "}}";
    private const string LeftComment = "/*";
    private const string RightComment = "*/";

    private readonly string _input;
    private readonly bool _breakIsKeyword;
    private readonly bool _continueIsKeyword;
    private readonly List<Token> _tokens = [];
    private int _start;
    private int _pos;
    private int _line = 1;
    private int _startLine = 1;
    private int _parenDepth;

    public Lexer(string input, bool breakIsKeyword, bool continueIsKeyword)
    {
        _input = input;
        _breakIsKeyword = breakIsKeyword;
        _continueIsKeyword = continueIsKeyword;
    }

    public List<Token> Lex()
    {
        bool ok = LexText();
        while (ok && _pos <= _input.Length)
        {
            ok = LexInsideAction();
        }

        return _tokens;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    private static bool IsAlphaNumeric(char c) => c == '_' || char.IsLetterOrDigit(c);

    private char Peek() => _pos < _input.Length ? _input[_pos] : '\0';

    private bool AtEnd => _pos >= _input.Length;

    private bool StartsWith(int at, string value) =>
        at <= _input.Length && _input.AsSpan(at).StartsWith(value, StringComparison.Ordinal);

    private bool HasLeftTrimMarker(int at) => at + 1 < _input.Length && _input[at] == '-' && IsSpace(_input[at + 1]);

    private bool HasRightTrimMarker(int at) => at + 1 < _input.Length && IsSpace(_input[at]) && _input[at + 1] == '-';

    private void Emit(TokenKind kind)
    {
        _tokens.Add(new Token(kind, _input[_start.._pos], _start, _startLine));
        Ignore();
    }

    private void Ignore()
    {
        for (int i = _start; i < _pos; i++)
        {
            if (_input[i] == '\n')
            {
                _line++;
            }
        }

        _start = _pos;
        _startLine = _line;
    }

    private bool Error(string message)
    {
        _tokens.Add(new Token(TokenKind.Error, message, _start, _line));
        return false;
    }

    private bool LexInsideAction()
    {
        if (AtRightDelim(out _))
        {
            return _parenDepth == 0 ? LexRightDelim() : Error("unclosed left paren");
        }

        if (AtEnd)
        {
            return Error("unclosed action");
        }

        char c = _input[_pos++];
        switch (c)
        {
            case var _ when IsSpace(c):
                _pos--;
                return LexSpace();
            case '=':
                Emit(TokenKind.Assign);
                return true;
            case ':':
                if (Peek() != '=')
                {
                    _pos++;
                    return Error("expected :=");
                }

                _pos++;
                Emit(TokenKind.Declare);
                return true;
            case '|':
                Emit(TokenKind.Pipe);
                return true;
            case '"':
                return LexQuoted('"', TokenKind.String, "unterminated quoted string");
            case '`':
                return LexRawQuote();
            case '$':
                return LexFieldOrVariable(TokenKind.Variable);
            case '\'':
                return LexQuoted('\'', TokenKind.CharConstant, "unterminated character constant");
            case '.' when !(Peek() is >= '0' and <= '9'):
                return LexFieldOrVariable(TokenKind.Field);
            case '.' or '+' or '-' or (>= '0' and <= '9'):
                _pos--;
                return LexNumber();
            case var _ when IsAlphaNumeric(c):
                _pos--;
                return LexIdentifier();
            case '(':
                Emit(TokenKind.LeftParen);
                _parenDepth++;
                return true;
            case ')':
                Emit(TokenKind.RightParen);
                _parenDepth--;
                return _parenDepth >= 0 || Error("unexpected right paren U+0029 ')'");
            case var _ when c < 0x80 && !char.IsControl(c):
                Emit(TokenKind.Char);
                return true;
            default:
                return Error("unrecognized character in action: " + DescribeRune(c));
        }
    }

    private bool LexSpace()
    {
        int spaces = 0;
        while (_pos < _input.Length && IsSpace(_input[_pos]))
        {
            _pos++;
            spaces++;
        }

        // A space may belong to a trim-marked closing delimiter " -}}".
        if (HasRightTrimMarker(_pos - 1) && StartsWith(_pos + 1, RightDelim))
        {
            _pos--;
            if (spaces == 1)
            {
                return LexRightDelim();
            }
        }

        Emit(TokenKind.Space);
        return true;
    }

    private bool LexIdentifier()
    {
        while (_pos < _input.Length && IsAlphaNumeric(_input[_pos]))
        {
            _pos++;
        }

        if (!AtTerminator())
        {
            return Error("bad character " + DescribeRune(Peek()));
        }

        string word = _input[_start.._pos];
        TokenKind kind = word switch
        {
            "block" => TokenKind.Block,
            "break" when _breakIsKeyword => TokenKind.Break,
            "continue" when _continueIsKeyword => TokenKind.Continue,
            "define" => TokenKind.Define,
            "else" => TokenKind.Else,
            "end" => TokenKind.End,
            "if" => TokenKind.If,
            "range" => TokenKind.Range,
            "nil" => TokenKind.Nil,
            "template" => TokenKind.Template,
            "with" => TokenKind.With,
            "true" or "false" => TokenKind.Bool,
            _ => TokenKind.Identifier,
        };
        Emit(kind);
        return true;
    }

    private bool LexFieldOrVariable(TokenKind kind)
    {
        if (AtTerminator())
        {
            Emit(kind == TokenKind.Variable ? TokenKind.Variable : TokenKind.Dot);
            return true;
        }

        while (_pos < _input.Length && IsAlphaNumeric(_input[_pos]))
        {
            _pos++;
        }

        if (!AtTerminator())
        {
            return Error("bad character " + DescribeRune(Peek()));
        }

        Emit(kind);
        return true;
    }

    private bool AtTerminator()
    {
        if (AtEnd)
        {
            return true;
        }

        char c = _input[_pos];
        return IsSpace(c) || c is '.' or ',' or '|' or ':' or ')' or '(' || StartsWith(_pos, RightDelim);
    }

    private static string DescribeRune(char c) => Formatting.GoFormat.Sprintf("%#U", [(int)c]);
}
