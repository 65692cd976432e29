using System.Text;

namespace Injector.Core.Patching;

/// <summary>RFC 6901 JSON Pointer tokens: escaping for building paths and parsing for applying them.</summary>
internal static class JsonPointer
{
    /// <summary>Appends one reference token to a pointer, escaping <c>~</c> as <c>~0</c> and <c>/</c> as <c>~1</c>.</summary>
    public static string Append(string pointer, string token)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        ArgumentNullException.ThrowIfNull(token);
        if (token.AsSpan().IndexOfAny('~', '/') < 0)
        {
            return string.Concat(pointer, "/", token);
        }

        var builder = new StringBuilder(pointer.Length + token.Length + 4).Append(pointer).Append('/');
        foreach (var c in token)
        {
            _ = c switch
            {
                '~' => builder.Append("~0"),
                '/' => builder.Append("~1"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>Appends an array index to a pointer.</summary>
    public static string Append(string pointer, int index) =>
        string.Concat(pointer, "/", index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Splits a pointer into unescaped reference tokens; the empty pointer is the whole document.</summary>
    public static IReadOnlyList<string> Parse(string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        if (pointer.Length == 0)
        {
            return [];
        }

        if (pointer[0] != '/')
        {
            throw new JsonPatchException($"JSON pointer '{pointer}' must be empty or start with '/'");
        }

        var tokens = pointer[1..].Split('/');
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Contains('~', StringComparison.Ordinal))
            {
                // ~1 first, then ~0, so that "~01" becomes "~1" and not "/".
                if (HasBadEscape(token))
                {
                    throw new JsonPatchException($"JSON pointer '{pointer}' has an invalid '~' escape");
                }

                tokens[i] = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            }
        }

        return tokens;
    }

    private static bool HasBadEscape(string token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] == '~' && (i + 1 >= token.Length || (token[i + 1] != '0' && token[i + 1] != '1')))
            {
                return true;
            }
        }

        return false;
    }
}
