using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>Sprig's urlParse and urlJoin over a simplified reading of Go's net/url (no percent-decoding of the path).</summary>
internal static class SprigUrls
{
    public static void Register(TemplateFunctionMap map)
    {
        map.Set("urlParse", static a =>
        {
            Exactly(a, 1, "urlParse");
            return Parse(String(a, 0));
        });
        map.Set("urlJoin", static a =>
        {
            Exactly(a, 1, "urlJoin");
            return Join(Map(a, 0));
        });
    }

    private static Dictionary<string, object?> Parse(string url)
    {
        string rest = url;
        string fragment = Cut(ref rest, '#');
        string query = Cut(ref rest, '?');
        string scheme = string.Empty;
        int colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && char.IsAsciiLetter(rest[0]) && rest[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
        {
            scheme = rest[..colon].ToLowerInvariant();
            rest = rest[(colon + 1)..];
        }

        string opaque = string.Empty, host = string.Empty, user = string.Empty, path = rest;
        if (scheme.Length > 0 && !rest.StartsWith('/'))
        {
            opaque = rest;
            path = string.Empty;
        }
        else if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            string authority = rest[2..];
            int slash = authority.IndexOf('/', StringComparison.Ordinal);
            path = slash >= 0 ? authority[slash..] : string.Empty;
            authority = slash >= 0 ? authority[..slash] : authority;
            int at = authority.LastIndexOf('@');
            if (at >= 0)
            {
                user = authority[..at];
                authority = authority[(at + 1)..];
            }

            host = authority;
        }

        string hostname = host.StartsWith('[') && host.IndexOf(']', StringComparison.Ordinal) is > 0 and var end
            ? host[1..end]
            : host.Split(':')[0];
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["scheme"] = scheme,
            ["host"] = host,
            ["hostname"] = hostname,
            ["path"] = path,
            ["query"] = query,
            ["opaque"] = opaque,
            ["fragment"] = fragment,
            ["userinfo"] = user,
        };
    }

    private static string Cut(ref string s, char separator)
    {
        int i = s.IndexOf(separator, StringComparison.Ordinal);
        if (i < 0)
        {
            return string.Empty;
        }

        string tail = s[(i + 1)..];
        s = s[..i];
        return tail;
    }

    private static string Join(IReadOnlyDictionary<string, object?> d)
    {
        string Get(string key) => !d.TryGetValue(key, out var v) ? string.Empty
            : v as string ?? throw new TemplateFunctionException($"unable to parse {key} key, must be of type string, but {FunctionValues.KindOf(v)} found");

        string scheme = Get("scheme"), host = Get("host"), path = Get("path"), query = Get("query");
        string opaque = Get("opaque"), fragment = Get("fragment"), user = Get("userinfo");
        var sb = new System.Text.StringBuilder();
        if (scheme.Length > 0)
        {
            sb.Append(scheme).Append(':');
        }

        if (opaque.Length > 0)
        {
            sb.Append(opaque);
        }
        else
        {
            if (scheme.Length > 0 || host.Length > 0 || user.Length > 0)
            {
                if (host.Length > 0 || path.Length > 0 || user.Length > 0)
                {
                    sb.Append("//");
                }

                if (user.Length > 0)
                {
                    sb.Append(user).Append('@');
                }

                sb.Append(host);
            }

            if (path.Length > 0 && !path.StartsWith('/') && host.Length > 0)
            {
                sb.Append('/');
            }

            sb.Append(path);
        }

        if (query.Length > 0)
        {
            sb.Append('?').Append(query);
        }

        if (fragment.Length > 0)
        {
            sb.Append('#').Append(fragment);
        }

        return sb.ToString();
    }
}
