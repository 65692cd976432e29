namespace Injector.Core.Admission;

/// <summary>
/// Reads proxy environment variables from the webhook's URL path, as Istio's injector does:
/// <c>/inject/cluster/c1/net/n1</c> (key/value segments, <c>--slash--</c> standing for <c>/</c> in values) and the
/// older <c>/inject/:ENV:cluster=c1:ENV:net=n1</c>. <c>cluster</c> and <c>net</c> name
/// <c>ISTIO_META_CLUSTER_ID</c> and <c>ISTIO_META_NETWORK</c>; any other key is upper-cased.
/// </summary>
public static class InjectionPathParameters
{
    private const string EnvMarker = ":ENV:";

    /// <summary>The proxy environment the path asks for; empty for plain <c>/inject</c>.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string? path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(path))
        {
            return result;
        }

        path = path.EndsWith('/') ? path[..^1] : path;

        // "/inject/rest": everything after the second slash is the parameter list.
        var parts = path.Split('/', 3);
        if (parts.Length < 3)
        {
            return result;
        }

        var items = new List<string>();
        if (parts[2].StartsWith(EnvMarker, StringComparison.Ordinal))
        {
            foreach (var pair in parts[2].Split(EnvMarker).Skip(1))
            {
                // A name is required, the value may be empty; "=v" and "k" without '=' are ignored.
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    items.Add(pair[..equals]);
                    items.Add(pair[(equals + 1)..]);
                }
            }
        }
        else
        {
            var segments = parts[2].Split('/');
            for (var i = 0; i < segments.Length; i++)
            {
                items.Add(i % 2 == 1 ? segments[i].Replace("--slash--", "/", StringComparison.Ordinal) : segments[i]);
            }
        }

        // A trailing key without a value is ignored.
        for (var i = 0; i + 1 < items.Count; i += 2)
        {
            var name = items[i] switch
            {
                "cluster" => "ISTIO_META_CLUSTER_ID",
                "net" => "ISTIO_META_NETWORK",
                var other => other.ToUpperInvariant(),
            };
            if (name.Length > 0)
            {
                result[name] = items[i + 1];
            }
        }

        return result;
    }
}
