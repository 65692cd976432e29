using Injector.Core.Templating.Formatting;

namespace Injector.Core.Templating.Functions.Encoding;

/// <summary>
/// The syntax check Go's json.Unmarshal runs before decoding, for its error messages: the first offending character
/// and what the scanner was looking for (<c>invalid character 'b' looking for beginning of object key string</c>).
/// </summary>
internal ref struct GoJsonSyntax
{
    private const string EndOfInput = "unexpected end of JSON input";

    private readonly ReadOnlySpan<char> _json;
    private int _pos;

    private GoJsonSyntax(ReadOnlySpan<char> json)
    {
        _json = json;
        _pos = 0;
    }

    /// <summary>Go's error text for invalid JSON; null when <paramref name="json"/> is well-formed.</summary>
    public static string? Check(string json)
    {
        var scanner = new GoJsonSyntax(json);
        return scanner.Value() ?? scanner.End();
    }

    private string? End()
    {
        SkipSpace();
        return _pos < _json.Length ? Invalid("after top-level value") : null;
    }

    private string? Value()
    {
        SkipSpace();
        if (_pos >= _json.Length)
        {
            return EndOfInput;
        }

        char c = _json[_pos];
        switch (c)
        {
            case '{':
                _pos++;
                return Object();
            case '[':
                _pos++;
                return Array();
            case '"':
                _pos++;
                return String();
            case '-' or (>= '0' and <= '9'):
                return Number();
            case 't':
                return Literal("true");
            case 'f':
                return Literal("false");
            case 'n':
                return Literal("null");
            default:
                return Invalid("looking for beginning of value");
        }
    }

    private string? Object()
    {
        SkipSpace();
        if (Peek() == '}')
        {
            _pos++;
            return null;
        }

        while (true)
        {
            SkipSpace();
            if (_pos >= _json.Length)
            {
                return EndOfInput;
            }

            if (_json[_pos] != '"')
            {
                return Invalid("looking for beginning of object key string");
            }

            _pos++;
            if (String() is { } keyError)
            {
                return keyError;
            }

            SkipSpace();
            if (_pos >= _json.Length)
            {
                return EndOfInput;
            }

            if (_json[_pos] != ':')
            {
                return Invalid("after object key");
            }

            _pos++;
            if (Value() is { } valueError)
            {
                return valueError;
            }

            SkipSpace();
            if (_pos >= _json.Length)
            {
                return EndOfInput;
            }

            switch (_json[_pos++])
            {
                case ',':
                    continue;
                case '}':
                    return null;
                default:
                    _pos--;
                    return Invalid("after object key:value pair");
            }
        }
    }

    private string? Array()
    {
        SkipSpace();
        if (Peek() == ']')
        {
            _pos++;
            return null;
        }

        while (true)
        {
            if (Value() is { } error)
            {
                return error;
            }

            SkipSpace();
            if (_pos >= _json.Length)
            {
                return EndOfInput;
            }

            switch (_json[_pos++])
            {
                case ',':
                    continue;
                case ']':
                    return null;
                default:
                    _pos--;
                    return Invalid("after array element");
            }
        }
    }

    private string? String()
    {
        while (_pos < _json.Length)
        {
            char c = _json[_pos];
            if (c == '"')
            {
                _pos++;
                return null;
            }

            if (c < 0x20)
            {
                return Invalid("in string literal");
            }

            _pos++;
            if (c != '\\')
            {
                continue;
            }

            char escape = _pos < _json.Length ? _json[_pos] : ' ';
            if (escape == 'u')
            {
                _pos++;
                for (int i = 0; i < 4; i++, _pos++)
                {
                    if (_pos >= _json.Length || !char.IsAsciiHexDigit(_json[_pos]))
                    {
                        return Invalid("in \\u hexadecimal character escape");
                    }
                }

                continue;
            }

            if (!"\"\\/bfnrt".Contains(escape, StringComparison.Ordinal))
            {
                return Invalid("in string escape code");
            }

            _pos++;
        }

        return EndOfInput;
    }

    private string? Number()
    {
        if (Peek() == '-')
        {
            _pos++;
            if (_pos >= _json.Length || !char.IsAsciiDigit(_json[_pos]))
            {
                return Invalid("in numeric literal");
            }
        }

        if (Peek() == '0')
        {
            _pos++;
        }
        else
        {
            SkipDigits();
        }

        if (Peek() == '.')
        {
            _pos++;
            if (_pos >= _json.Length || !char.IsAsciiDigit(_json[_pos]))
            {
                return Invalid("after decimal point in numeric literal");
            }

            SkipDigits();
        }

        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            if (_pos >= _json.Length || !char.IsAsciiDigit(_json[_pos]))
            {
                return Invalid("in exponent of numeric literal");
            }

            SkipDigits();
        }

        return null;
    }

    private string? Literal(string word)
    {
        _pos++;
        for (int i = 1; i < word.Length; i++, _pos++)
        {
            if (_pos >= _json.Length || _json[_pos] != word[i])
            {
                return Invalid($"in literal {word} (expecting '{word[i]}')");
            }
        }

        return null;
    }

    private readonly char Peek() => _pos < _json.Length ? _json[_pos] : '\0';

    private void SkipSpace()
    {
        while (_pos < _json.Length && _json[_pos] is ' ' or '\t' or '\n' or '\r')
        {
            _pos++;
        }
    }

    private void SkipDigits()
    {
        while (_pos < _json.Length && char.IsAsciiDigit(_json[_pos]))
        {
            _pos++;
        }
    }

    /// <summary>
    /// Go's message for the character at the cursor, quoted as Go's scanner quotes it. At the end of the input Go's
    /// scanner steps on a space, so a literal, number or escape cut short reports <c>' '</c>.
    /// </summary>
    private readonly string Invalid(string context)
    {
        char c = _pos < _json.Length ? _json[_pos] : ' ';
        string quoted = c switch
        {
            '\'' => @"'\''",
            '"' => "'\"'",
            _ => "'" + GoFormat.Quote(c.ToString())[1..^1] + "'",
        };
        return $"invalid character {quoted} {context}";
    }
}
