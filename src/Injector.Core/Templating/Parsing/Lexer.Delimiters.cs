namespace Injector.Core.Templating.Parsing;

internal sealed partial class Lexer
{
    /// <summary>Scans text up to the next action (or the end), then the action's opening delimiter.</summary>
    private bool LexText()
    {
        while (true)
        {
            int next = _input.IndexOf(LeftDelim, _pos, StringComparison.Ordinal);
            if (next < 0)
            {
                _pos = _input.Length;
                if (_pos > _start)
                {
                    Emit(TokenKind.Text);
                }

                _tokens.Add(new Token(TokenKind.Eof, string.Empty, _pos, _line));
                _pos = _input.Length + 1;
                return false;
            }

            _pos = next;
            int textEnd = _pos;
            if (HasLeftTrimMarker(_pos + LeftDelim.Length))
            {
                while (textEnd > _start && IsSpace(_input[textEnd - 1]))
                {
                    textEnd--;
                }
            }

            if (textEnd > _start)
            {
                int delimiter = _pos;
                _pos = textEnd;
                Emit(TokenKind.Text);
                _pos = delimiter;
            }

            Ignore();
            if (!LexLeftDelim(out bool wasComment))
            {
                return false;
            }

            if (!wasComment)
            {
                return true;
            }
        }
    }

    private bool LexLeftDelim(out bool wasComment)
    {
        wasComment = false;
        _pos += LeftDelim.Length;
        bool trim = HasLeftTrimMarker(_pos);
        int afterMarker = trim ? 2 : 0;
        if (StartsWith(_pos + afterMarker, LeftComment))
        {
            _pos += afterMarker;
            Ignore();
            wasComment = true;
            return LexComment();
        }

        Emit(TokenKind.LeftDelim);
        _pos += afterMarker;
        Ignore();
        _parenDepth = 0;
        return true;
    }

    private bool LexComment()
    {
        _pos += LeftComment.Length;
        int end = _input.IndexOf(RightComment, _pos, StringComparison.Ordinal);
        if (end < 0)
        {
            return Error("unclosed comment");
        }

        _pos = end + RightComment.Length;
        if (!AtRightDelim(out bool trim))
        {
            return Error("comment ends before closing delimiter");
        }

        _pos += (trim ? 2 : 0) + RightDelim.Length;
        if (trim)
        {
            SkipLeadingSpace();
        }

        Ignore();
        return true;
    }

    private bool AtRightDelim(out bool trim)
    {
        trim = false;
        if (HasRightTrimMarker(_pos) && StartsWith(_pos + 2, RightDelim))
        {
            trim = true;
            return true;
        }

        return StartsWith(_pos, RightDelim);
    }

    private void SkipLeadingSpace()
    {
        while (_pos < _input.Length && IsSpace(_input[_pos]))
        {
            _pos++;
        }
    }

    private bool LexRightDelim()
    {
        bool trim = HasRightTrimMarker(_pos);
        if (trim)
        {
            _pos += 2;
            Ignore();
        }

        _pos += RightDelim.Length;
        Emit(TokenKind.RightDelim);
        if (trim)
        {
            SkipLeadingSpace();
            Ignore();
        }

        return LexText();
    }
}
