using System.Text;
using System.Text.RegularExpressions;

using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>
/// Sprig's regex functions over .NET regular expressions (culture-invariant, with a match timeout). RE2 syntax is
/// mostly a subset; differences: .NET accepts backreferences and lookaround that Go rejects, and Go's
/// <c>$name</c>/<c>${1}</c> replacement expansion is translated to .NET's.
/// </summary>
internal static class SprigRegex
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);

    public static void Register(TemplateFunctionMap map)
    {
        map.Set("regexMatch", static a =>
        {
            // Sprig ignores regexp.MatchString's error: a bad pattern matches nothing.
            try
            {
                return Match(a, "regexMatch");
            }
            catch (TemplateFunctionException)
            {
                return false;
            }
        });
        map.Set("mustRegexMatch", static a => Match(a, "mustRegexMatch"));
        map.Set("regexFind", static a => Find(a, "regexFind", must: false));
        map.Set("mustRegexFind", static a => Find(a, "mustRegexFind", must: true));
        map.Set("regexFindAll", static a => FindAll(a, "regexFindAll", must: false));
        map.Set("mustRegexFindAll", static a => FindAll(a, "mustRegexFindAll", must: true));
        map.Set("regexReplaceAll", static a => ReplaceAll(a, "regexReplaceAll", literal: false, must: false));
        map.Set("mustRegexReplaceAll", static a => ReplaceAll(a, "mustRegexReplaceAll", literal: false, must: true));
        map.Set("regexReplaceAllLiteral", static a => ReplaceAll(a, "regexReplaceAllLiteral", literal: true, must: false));
        map.Set("mustRegexReplaceAllLiteral", static a => ReplaceAll(a, "mustRegexReplaceAllLiteral", literal: true, must: true));
        map.Set("regexSplit", static a => Split(a, "regexSplit", must: false));
        map.Set("mustRegexSplit", static a => Split(a, "mustRegexSplit", must: true));
        map.Set("regexQuoteMeta", static a =>
        {
            Exactly(a, 1, "regexQuoteMeta");
            return QuoteMeta(String(a, 0));
        });
    }

    private static Regex Compile(string pattern, bool must)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, s_timeout);
        }
        catch (ArgumentException e)
        {
            // Sprig's non-must variants use regexp.MustCompile, whose panic aborts the template.
            string message = $"error parsing regexp: {DescribeSyntaxError(pattern, e)}";
            throw new TemplateFunctionException(must ? message : "regexp: Compile(" + Formatting.GoFormat.Quote(pattern) + "): " + message, e);
        }
    }

    /// <summary>Go's regexp/syntax wording (<c>code: `fragment`</c>) for the errors both engines detect alike.</summary>
    private static string DescribeSyntaxError(string pattern, ArgumentException e)
    {
        if (e is not RegexParseException parse)
        {
            return e.Message;
        }

        int bracket = pattern.LastIndexOf('[', Math.Clamp(parse.Offset - 1, 0, Math.Max(0, pattern.Length - 1)));
        return parse.Error switch
        {
            RegexParseError.InsufficientClosingParentheses => $"missing closing ): `{pattern}`",
            RegexParseError.InsufficientOpeningParentheses => $"unexpected ): `{pattern}`",
            RegexParseError.UnterminatedBracket when bracket >= 0 => $"missing closing ]: `{pattern[bracket..]}`",
            RegexParseError.UnescapedEndingBackslash => "trailing backslash at end of expression: ``",
            _ => e.Message,
        };
    }

    private static bool Match(ReadOnlySpan<object?> a, string name)
    {
        Exactly(a, 2, name);
        return Compile(String(a, 0), must: true).IsMatch(String(a, 1));
    }

    private static string Find(ReadOnlySpan<object?> a, string name, bool must)
    {
        Exactly(a, 2, name);
        var m = Compile(String(a, 0), must).Match(String(a, 1));
        return m.Success ? m.Value : string.Empty;
    }

    private static IReadOnlyList<string> FindAll(ReadOnlySpan<object?> a, string name, bool must)
    {
        Exactly(a, 3, name);
        var regex = Compile(String(a, 0), must);
        int n = Int(a, 2);
        var result = new List<string>();
        if (n == 0)
        {
            return result;
        }

        foreach (Match m in regex.Matches(String(a, 1)))
        {
            if (n > 0 && result.Count == n)
            {
                break;
            }

            result.Add(m.Value);
        }

        return result;
    }

    private static string ReplaceAll(ReadOnlySpan<object?> a, string name, bool literal, bool must)
    {
        Exactly(a, 3, name);
        var regex = Compile(String(a, 0), must);
        string input = String(a, 1);
        string replacement = String(a, 2);
        return literal ? regex.Replace(input, _ => replacement) : regex.Replace(input, m => Expand(replacement, m));
    }

    // Go's Expand: $1, ${1}, $name, ${name}; a name is the longest run of letters, digits and '_'; $$ is '$'.
    private static string Expand(string template, Match match)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if (c != '$' || i + 1 >= template.Length)
            {
                sb.Append(c);
                continue;
            }

            if (template[i + 1] == '$')
            {
                sb.Append('$');
                i++;
                continue;
            }

            string name;
            int end;
            if (template[i + 1] == '{')
            {
                int close = template.IndexOf('}', i + 2);
                if (close < 0)
                {
                    sb.Append(c);
                    continue;
                }

                name = template[(i + 2)..close];
                end = close;
            }
            else
            {
                end = i + 1;
                while (end < template.Length && (char.IsAsciiLetterOrDigit(template[end]) || template[end] == '_'))
                {
                    end++;
                }

                name = template[(i + 1)..end];
                end--;
            }

            if (name.Length == 0)
            {
                sb.Append(c);
                continue;
            }

            var group = int.TryParse(name, out int number) ? match.Groups[number] : match.Groups[name];
            if (group.Success)
            {
                sb.Append(group.Value);
            }

            i = end;
        }

        return sb.ToString();
    }

    private static IReadOnlyList<string> Split(ReadOnlySpan<object?> a, string name, bool must)
    {
        Exactly(a, 3, name);
        var regex = Compile(String(a, 0), must);
        string s = String(a, 1);
        int n = Int(a, 2);
        if (n == 0)
        {
            return [];
        }

        if (regex.ToString().Length > 0 && s.Length == 0)
        {
            return [string.Empty];
        }

        var result = new List<string>();
        int beg = 0;
        foreach (Match m in regex.Matches(s))
        {
            if (n > 0 && result.Count == n - 1)
            {
                break;
            }

            if (m.Length == 0 && m.Index == 0)
            {
                continue;
            }

            result.Add(s[beg..m.Index]);
            beg = m.Index + m.Length;
        }

        result.Add(s[beg..]);
        return result;
    }

    private static string QuoteMeta(string s)
    {
        var sb = new StringBuilder(s.Length * 2);
        foreach (char c in s)
        {
            if (@"\.+*?()|[]{}^$".Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
