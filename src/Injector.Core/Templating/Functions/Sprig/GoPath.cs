using System.Text;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>Go's <c>path</c> package: lexical operations on slash-separated paths.</summary>
internal static class GoPath
{
    /// <summary>path.Clean: the shortest equivalent path.</summary>
    public static string Clean(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        bool rooted = path[0] == '/';
        var parts = new List<string>();
        foreach (string part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else if (!rooted)
                {
                    parts.Add(part);
                }

                continue;
            }

            parts.Add(part);
        }

        var sb = new StringBuilder();
        if (rooted)
        {
            sb.Append('/');
        }

        sb.AppendJoin('/', parts);
        return sb.Length == 0 ? "." : sb.ToString();
    }

    /// <summary>path.Base: the last element, trailing slashes removed; "" is ".", all slashes is "/".</summary>
    public static string Base(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        path = path.TrimEnd('/');
        if (path.Length == 0)
        {
            return "/";
        }

        int slash = path.LastIndexOf('/');
        return path[(slash + 1)..];
    }

    /// <summary>path.Dir: everything but the last element, cleaned.</summary>
    public static string Dir(string path) => Clean(Split(path).Dir);

    /// <summary>path.Ext: the suffix from the last dot of the last element.</summary>
    public static string Ext(string path)
    {
        for (int i = path.Length - 1; i >= 0 && path[i] != '/'; i--)
        {
            if (path[i] == '.')
            {
                return path[i..];
            }
        }

        return string.Empty;
    }

    /// <summary>path.Split: the directory (with its trailing slash) and the file name.</summary>
    public static (string Dir, string File) Split(string path)
    {
        int slash = path.LastIndexOf('/');
        return (path[..(slash + 1)], path[(slash + 1)..]);
    }
}
