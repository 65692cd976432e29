using System.Globalization;
using System.Text;

using Injector.Core.Templating.Formatting;

using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>Sprig's string functions. Lengths and offsets count UTF-16 code units where Go counts bytes.</summary>
internal static class SprigStrings
{
    public static void Register(TemplateFunctionMap map)
    {
        map.Set("hello", static a =>
        {
            Exactly(a, 0, "hello");
            return "Hello!";
        });
        map.Set("trim", static a => Unary(a, "trim", static s => s.Trim(s_whiteSpace)));
        map.Set("upper", static a => Unary(a, "upper", static s => s.ToUpperInvariant()));
        map.Set("lower", static a => Unary(a, "lower", static s => s.ToLowerInvariant()));
        map.Set("title", static a => Unary(a, "title", Title));
        map.Set("untitle", static a => Unary(a, "untitle", Untitle));
        map.Set("shuffle", static a => Unary(a, "shuffle", Shuffle));
        map.Set("substr", Substr);
        map.Set("repeat", static a =>
        {
            Exactly(a, 2, "repeat");
            int count = Int(a, 0);
            if (count < 0)
            {
                throw new TemplateFunctionException("strings: negative Repeat count");
            }

            return string.Concat(Enumerable.Repeat(String(a, 1), count));
        });
        map.Set("trimall", static a => Binary(a, "trimall", static (cut, s) => s.Trim(cut.ToCharArray())));
        map.Set("trimAll", static a => Binary(a, "trimAll", static (cut, s) => s.Trim(cut.ToCharArray())));
        map.Set("trimSuffix", static a => Binary(a, "trimSuffix", static (x, s) => x.Length > 0 && s.EndsWith(x, StringComparison.Ordinal) ? s[..^x.Length] : s));
        map.Set("trimPrefix", static a => Binary(a, "trimPrefix", static (x, s) => s.StartsWith(x, StringComparison.Ordinal) ? s[x.Length..] : s));
        map.Set("nospace", static a => Unary(a, "nospace", static s => string.Concat(s.Where(c => !char.IsWhiteSpace(c)))));
        map.Set("initials", static a => Unary(a, "initials", Initials));
        map.Set("swapcase", static a => Unary(a, "swapcase", SwapCase));
        map.Set("snakecase", static a => Unary(a, "snakecase", static s => CaseWords.Join(s, '_')));
        map.Set("kebabcase", static a => Unary(a, "kebabcase", static s => CaseWords.Join(s, '-')));
        map.Set("camelcase", static a => Unary(a, "camelcase", CaseWords.Camel));
        map.Set("wrap", static a =>
        {
            Exactly(a, 2, "wrap");
            return Wrap(String(a, 1), Int(a, 0), "\n", wrapLongWords: false);
        });
        map.Set("wrapWith", static a =>
        {
            Exactly(a, 3, "wrapWith");
            return Wrap(String(a, 2), Int(a, 0), String(a, 1), wrapLongWords: true);
        });
        map.Set("contains", static a => Binary(a, "contains", static (x, s) => s.Contains(x, StringComparison.Ordinal)));
        map.Set("hasPrefix", static a => Binary(a, "hasPrefix", static (x, s) => s.StartsWith(x, StringComparison.Ordinal)));
        map.Set("hasSuffix", static a => Binary(a, "hasSuffix", static (x, s) => s.EndsWith(x, StringComparison.Ordinal)));
        map.Set("quote", static a => JoinNonNil(a, static v => GoFormat.Quote(FunctionValues.ToDisplayString(v))));
        map.Set("squote", static a => JoinNonNil(a, static v => "'" + GoFormat.Sprint(v) + "'"));
        map.Set("cat", static a => JoinNonNil(a, GoFormat.Sprint));
        map.Set("indent", static a =>
        {
            Exactly(a, 2, "indent");
            return Indent(Int(a, 0), String(a, 1));
        });
        map.Set("nindent", static a =>
        {
            Exactly(a, 2, "nindent");
            return "\n" + Indent(Int(a, 0), String(a, 1));
        });
        map.Set("replace", static a =>
        {
            Exactly(a, 3, "replace");
            return Replace(String(a, 2), String(a, 0), String(a, 1));
        });
        map.Set("plural", static a =>
        {
            Exactly(a, 3, "plural");
            return Int(a, 2) == 1 ? String(a, 0) : String(a, 1);
        });
        map.Set("toString", static a =>
        {
            Exactly(a, 1, "toString");
            return FunctionValues.ToDisplayString(a[0]);
        });
        map.Set("abbrev", static a =>
        {
            Exactly(a, 2, "abbrev");
            int width = Int(a, 0);
            string s = String(a, 1);
            return width < 4 ? s : Abbreviate(s, 0, width);
        });
        map.Set("abbrevboth", static a =>
        {
            Exactly(a, 3, "abbrevboth");
            int left = Int(a, 0);
            int right = Int(a, 1);
            string s = String(a, 2);
            return right < 4 || (left > 0 && right < 7) ? s : Abbreviate(s, left, right);
        });
        map.Set("trunc", static a =>
        {
            Exactly(a, 2, "trunc");
            return Truncate(Int(a, 0), String(a, 1));
        });
        map.Set("split", static a => Binary(a, "split", static (sep, s) => Numbered(GoSplit(s, sep, -1))));
        map.Set("splitList", static a => Binary(a, "splitList", static (sep, s) => (IReadOnlyList<string>)GoSplit(s, sep, -1)));
        map.Set("splitn", static a =>
        {
            Exactly(a, 3, "splitn");
            return Numbered(GoSplit(String(a, 2), String(a, 0), Int(a, 1)));
        });
    }

    private static readonly char[] s_whiteSpace = [' ', '\t', '\n', '\v', '\f', '\r', '\u0085', '\u00A0'];

    private static object? Unary(ReadOnlySpan<object?> args, string name, Func<string, object?> f)
    {
        Exactly(args, 1, name);
        return f(String(args, 0));
    }

    private static object? Binary(ReadOnlySpan<object?> args, string name, Func<string, string, object?> f)
    {
        Exactly(args, 2, name);
        return f(String(args, 0), String(args, 1));
    }

    private static string JoinNonNil(ReadOnlySpan<object?> args, Func<object?, string> format)
    {
        var parts = new List<string>(args.Length);
        foreach (var arg in args)
        {
            if (arg is not null)
            {
                parts.Add(format(arg));
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>Sprig's indent: every line, the first included, gets <paramref name="spaces"/> spaces.</summary>
    public static string Indent(int spaces, string text)
    {
        string pad = new(' ', Math.Max(0, spaces));
        return pad + text.Replace("\n", "\n" + pad, StringComparison.Ordinal);
    }

    /// <summary>strings.Replace(s, old, new, -1); an empty <paramref name="old"/> inserts between every character.</summary>
    public static string Replace(string s, string old, string replacement)
    {
        if (old.Length > 0)
        {
            return s.Replace(old, replacement, StringComparison.Ordinal);
        }

        var sb = new StringBuilder(replacement);
        foreach (var rune in s.EnumerateRunes())
        {
            sb.Append(rune.ToString()).Append(replacement);
        }

        return sb.ToString();
    }

    /// <summary>strings.SplitN: n &lt; 0 splits everywhere, n == 0 yields nothing; an empty separator splits into characters.</summary>
    public static List<string> GoSplit(string s, string sep, int n)
    {
        if (n == 0)
        {
            return [];
        }

        if (sep.Length == 0)
        {
            var runes = s.EnumerateRunes().Select(r => r.ToString()).ToList();
            if (n > 0 && runes.Count > n)
            {
                string rest = string.Concat(runes.Skip(n - 1));
                runes = [.. runes.Take(n - 1), rest];
            }

            return runes;
        }

        return n < 0 ? [.. s.Split(sep)] : [.. s.Split(sep, n)];
    }

    private static Dictionary<string, string> Numbered(List<string> parts)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < parts.Count; i++)
        {
            result["_" + i.ToString(CultureInfo.InvariantCulture)] = parts[i];
        }

        return result;
    }

    private static object? Substr(ReadOnlySpan<object?> args)
    {
        Exactly(args, 3, "substr");
        int start = Int(args, 0);
        int end = Int(args, 1);
        string s = String(args, 2);
        if (start < 0)
        {
            return s[..Slice(end, s, "substr")];
        }

        if (end < 0 || end > s.Length)
        {
            return s[Slice(start, s, "substr")..];
        }

        if (start > end)
        {
            throw new TemplateFunctionException($"runtime error: slice bounds out of range [{start}:{end}]");
        }

        return s[start..end];
    }

    // Go panics on an out-of-range slice; the template reports the panic as the call's error.
    private static int Slice(int index, string s, string name) =>
        index >= 0 && index <= s.Length
            ? index
            : throw new TemplateFunctionException($"runtime error: slice bounds out of range [:{index}] with length {s.Length}");

    private static string Truncate(int count, string s)
    {
        if (count < 0 && s.Length + count > 0)
        {
            return s[(s.Length + count)..];
        }

        if (count >= 0 && s.Length > count)
        {
            return s[..count];
        }

        return s;
    }

    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool previousIsSeparator = true;
        foreach (char c in s)
        {
            sb.Append(previousIsSeparator ? char.ToUpperInvariant(c) : c);
            previousIsSeparator = IsTitleSeparator(c);
        }

        return sb.ToString();
    }

    /// <summary>Lower-cases the first letter of every white-space separated word.</summary>
    private static string Untitle(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool wordStart = true;
        foreach (var rune in s.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                wordStart = true;
                sb.Append(rune.ToString());
            }
            else
            {
                sb.Append((wordStart ? Rune.ToLowerInvariant(rune) : rune).ToString());
                wordStart = false;
            }
        }

        return sb.ToString();
    }

    /// <summary>The characters in random order, as Sprig's shuffle (which reads math/rand) gives them.</summary>
    private static string Shuffle(string s)
    {
        var runes = s.EnumerateRunes().ToArray();
        Random.Shared.Shuffle(runes);
        var sb = new StringBuilder(s.Length);
        foreach (var rune in runes)
        {
            sb.Append(rune.ToString());
        }

        return sb.ToString();
    }

    // strings.Title's word boundary: ASCII other than letters, digits and '_', and white space.
    private static bool IsTitleSeparator(char c)
    {
        if (c <= 0x7F)
        {
            return !(char.IsAsciiLetterOrDigit(c) || c == '_');
        }

        return !char.IsLetterOrDigit(c) && char.IsWhiteSpace(c);
    }

    private static string Initials(string s)
    {
        var sb = new StringBuilder();
        bool gap = true;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                gap = true;
            }
            else if (gap)
            {
                sb.Append(c);
                gap = false;
            }
        }

        return sb.ToString();
    }

    private static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            sb.Append(char.IsUpper(c) ? char.ToLowerInvariant(c) : char.IsLower(c) ? char.ToUpperInvariant(c) : c);
        }

        return sb.ToString();
    }

    private static string Wrap(string s, int width, string newLine, bool wrapLongWords)
    {
        if (s.Length == 0)
        {
            return s;
        }

        width = Math.Max(width, 1);
        var sb = new StringBuilder();
        int offset = 0;
        while (s.Length - offset > width)
        {
            if (s[offset] == ' ')
            {
                offset++;
                continue;
            }

            int wrapAt = s.LastIndexOf(' ', offset + width, width + 1);
            if (wrapAt >= offset)
            {
                sb.Append(s, offset, wrapAt - offset).Append(newLine);
                offset = wrapAt + 1;
            }
            else if (wrapLongWords)
            {
                sb.Append(s, offset, width).Append(newLine);
                offset += width;
            }
            else
            {
                int next = s.IndexOf(' ', offset + width);
                if (next < 0)
                {
                    sb.Append(s, offset, s.Length - offset);
                    offset = s.Length;
                }
                else
                {
                    sb.Append(s, offset, next - offset).Append(newLine);
                    offset = next + 1;
                }
            }
        }

        return sb.Append(s, offset, s.Length - offset).ToString();
    }

    // goutils' AbbreviateFull.
    private static string Abbreviate(string s, int offset, int width)
    {
        if (s.Length <= width)
        {
            return s;
        }

        offset = Math.Min(offset, s.Length);
        if (s.Length - offset < width - 3)
        {
            offset = s.Length - (width - 3);
        }

        if (offset <= 4)
        {
            return s[..(width - 3)] + "...";
        }

        if (width < 7)
        {
            return string.Empty;
        }

        if (offset + width - 3 < s.Length)
        {
            return "..." + Abbreviate(s[offset..], 0, width - 3);
        }

        return "..." + s[(s.Length - (width - 3))..];
    }
}
