using System.Text;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>
/// The case conversions behind Sprig's snakecase, kebabcase and camelcase (huandu/xstrings): words split at case
/// changes, digits and connectors (<c>_</c>, <c>-</c>, white space); a number joins the word before it unless
/// lower-case letters follow it (<c>Bld4Floor</c> -> <c>bld4_floor</c>, <c>http2xx</c> -> <c>http_2xx</c>).
/// </summary>
internal static class CaseWords
{
    private enum Kind
    {
        End,
        Number,
        Capitalized,
        Lower,
        Connector,
        Punctuation,
        Other,
    }

    /// <summary>snake_case / kebab-case with <paramref name="connector"/>.</summary>
    public static string Join(string s, char connector)
    {
        var words = Split(s);
        var sb = new StringBuilder();
        int next = 0;
        (Kind kind, string word) = Next(words, ref next);
        while (next < words.Count)
        {
            if (kind != Kind.Connector)
            {
                Append(sb, kind, word, connector);
            }

            Kind previous = kind;
            string last = word;
            (kind, word) = Next(words, ref next);
            switch (previous)
            {
                case Kind.Number:
                    while (kind is Kind.Lower or Kind.Number)
                    {
                        Append(sb, kind, word, connector);
                        (kind, word) = Next(words, ref next);
                    }

                    if (kind is not (Kind.End or Kind.Punctuation or Kind.Connector))
                    {
                        sb.Append(connector);
                    }

                    break;
                case Kind.Connector:
                    Append(sb, previous, last, connector);
                    break;
                case Kind.Punctuation:
                    break;
                default:
                    if (kind != Kind.Number)
                    {
                        if (kind is not (Kind.Connector or Kind.Punctuation))
                        {
                            sb.Append(connector);
                        }

                        break;
                    }

                    if (next >= words.Count)
                    {
                        break;
                    }

                    last = word;
                    (kind, word) = Next(words, ref next);
                    if (kind != Kind.Lower)
                    {
                        // A number followed by anything but lower-case letters belongs to the word before it.
                        Append(sb, Kind.Number, last, connector);
                        if (kind is not (Kind.Connector or Kind.Punctuation))
                        {
                            sb.Append(connector);
                        }

                        break;
                    }

                    sb.Append(connector);
                    Append(sb, Kind.Number, last, connector);
                    while (kind is Kind.Lower or Kind.Number)
                    {
                        Append(sb, kind, word, connector);
                        (kind, word) = Next(words, ref next);
                    }

                    if (kind is not (Kind.End or Kind.Connector or Kind.Punctuation))
                    {
                        sb.Append(connector);
                    }

                    break;
            }
        }

        Append(sb, kind, word, connector);
        return sb.ToString();
    }

    /// <summary>CamelCase: connectors removed and the letter after them upper-cased, the first letter upper-cased,
    /// every other letter lower-cased; leading connectors and runs of connectors are kept.</summary>
    public static string Camel(string s)
    {
        if (s.Length == 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        int i = 0;
        while (i < s.Length && IsConnector(s[i]))
        {
            sb.Append(s[i++]);
        }

        if (i == s.Length)
        {
            return sb.ToString();
        }

        char current = char.ToUpperInvariant(s[i++]);
        for (; i < s.Length; i++)
        {
            char previous = current;
            current = s[i];
            if (IsConnector(current) && IsConnector(previous))
            {
                sb.Append(previous);
                continue;
            }

            if (IsConnector(previous))
            {
                current = char.ToUpperInvariant(current);
            }
            else
            {
                current = char.ToLowerInvariant(current);
                sb.Append(previous);
            }
        }

        return sb.Append(current).ToString();
    }

    private static bool IsConnector(char c) => c is '_' or '-' || char.IsWhiteSpace(c);

    private static (Kind Kind, string Word) Next(List<(Kind Kind, string Word)> words, ref int next) =>
        next < words.Count ? words[next++] : (Kind.End, string.Empty);

    private static void Append(StringBuilder sb, Kind kind, string word, char connector)
    {
        if (kind == Kind.Connector)
        {
            sb.Append(connector);
        }
        else
        {
            sb.Append(word.ToLowerInvariant());
        }
    }

    private static List<(Kind Kind, string Word)> Split(string s)
    {
        var words = new List<(Kind, string)>();
        int i = 0;
        while (i < s.Length)
        {
            int start = i;
            char c = s[i];
            Kind kind;
            if (char.IsDigit(c))
            {
                while (i < s.Length && char.IsDigit(s[i]))
                {
                    i++;
                }

                kind = Kind.Number;
            }
            else if (char.IsUpper(c))
            {
                while (i < s.Length && char.IsUpper(s[i]))
                {
                    i++;
                }

                // In "HTTPServer" the last capital starts the next word.
                if (i - start > 1 && i < s.Length && char.IsLower(s[i]))
                {
                    i--;
                }
                else
                {
                    while (i < s.Length && char.IsLower(s[i]))
                    {
                        i++;
                    }
                }

                kind = Kind.Capitalized;
            }
            else if (char.IsLower(c))
            {
                while (i < s.Length && char.IsLower(s[i]))
                {
                    i++;
                }

                kind = Kind.Lower;
            }
            else
            {
                i++;
                kind = IsConnector(c) ? Kind.Connector : char.IsPunctuation(c) || char.IsSymbol(c) ? Kind.Punctuation : Kind.Other;
            }

            words.Add((kind, s[start..i]));
        }

        return words;
    }
}
