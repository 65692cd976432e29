namespace Injector.Core.Templating.Parsing;

internal sealed partial class Lexer
{
    // Go's lexQuote and lexChar: a backslash escapes the next character (not a newline); the parser unquotes.
    private bool LexQuoted(char quote, TokenKind kind, string unterminated)
    {
        while (true)
        {
            int c = _pos < _input.Length ? _input[_pos++] : -1;
            if (c == '\\' && _pos < _input.Length && _input[_pos] != '\n')
            {
                _pos++;
                continue;
            }

            if (c is -1 or '\n' or '\\')
            {
                return Error(unterminated);
            }

            if (c == quote)
            {
                Emit(kind);
                return true;
            }
        }
    }

    private bool LexRawQuote()
    {
        int end = _input.IndexOf('`', _pos);
        if (end < 0)
        {
            return Error("unterminated raw quoted string");
        }

        _pos = end + 1;
        Emit(TokenKind.RawString);
        return true;
    }

    private bool LexNumber()
    {
        if (!ScanNumber())
        {
            return Error("bad number syntax: " + Formatting.GoFormat.Quote(_input[_start.._pos]));
        }

        if (Peek() is '+' or '-')
        {
            // Complex literals (1+2i) are not supported by the value model.
            ScanNumber();
            return Error("bad number syntax: " + Formatting.GoFormat.Quote(_input[_start.._pos]));
        }

        Emit(TokenKind.Number);
        return true;
    }

    private bool ScanNumber()
    {
        Accept("+-");
        string digits = "0123456789_";
        if (Accept("0"))
        {
            if (Accept("xX"))
            {
                digits = "0123456789abcdefABCDEF_";
            }
            else if (Accept("oO"))
            {
                digits = "01234567_";
            }
            else if (Accept("bB"))
            {
                digits = "01_";
            }
        }

        AcceptRun(digits);
        if (Accept("."))
        {
            AcceptRun(digits);
        }

        if (digits.Length == 11 && Accept("eE"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }

        if (digits.Length == 23 && Accept("pP"))
        {
            Accept("+-");
            AcceptRun("0123456789_");
        }

        Accept("i");
        if (_pos < _input.Length && IsAlphaNumeric(_input[_pos]))
        {
            _pos++;
            return false;
        }

        return true;
    }

    private bool Accept(string valid)
    {
        if (_pos < _input.Length && valid.Contains(_input[_pos], StringComparison.Ordinal))
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void AcceptRun(string valid)
    {
        while (Accept(valid))
        {
        }
    }
}
