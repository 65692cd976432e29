using System.Globalization;
using System.Text.Json.Nodes;

using Injector.Core.Config;

namespace Injector.Core.Injection;

/// <summary>
/// <c>.ProxyUID</c>/<c>.ProxyGID</c>: 1337, or on OpenShift the top of the namespace's preallocated uid range
/// (<c>openshift.io/sa.scc.uid-range</c>) and of its first supplemental group block.
/// </summary>
internal static class ProxyIds
{
    public const long Default = 1337;

    public static (long Uid, long Gid) FromNamespace(JsonObject? namespaceObject)
    {
        long uid = Default;
        long gid = Default;
        JsonNode? annotations = namespaceObject?["metadata"]?["annotations"];
        if (annotations is null)
        {
            return (uid, gid);
        }

        if (JsonScalar.AsString(annotations["openshift.io/sa.scc.uid-range"]) is { } range && TryParseBlockMax(range, out long uidMax))
        {
            uid = uidMax;
        }

        string? groups = JsonScalar.AsString(annotations["openshift.io/sa.scc.supplemental-groups"])
            ?? JsonScalar.AsString(annotations["openshift.io/sa.scc.uid-range"]);
        if (groups is not null && TryParseBlockMax(groups.Split(',')[0].Trim(), out long gidMax))
        {
            gid = gidMax;
        }

        return (uid, gid);
    }

    // A block is "start/size" or "start-end".
    private static bool TryParseBlockMax(string block, out long max)
    {
        max = 0;
        string[] sized = block.Split('/');
        if (sized.Length == 2 && long.TryParse(sized[0], NumberStyles.None, CultureInfo.InvariantCulture, out long start)
            && long.TryParse(sized[1], NumberStyles.None, CultureInfo.InvariantCulture, out long size) && size > 0)
        {
            max = start + size - 1;
            return true;
        }

        string[] ranged = block.Split('-');
        if (ranged.Length == 2 && long.TryParse(ranged[1], NumberStyles.None, CultureInfo.InvariantCulture, out long end))
        {
            max = end;
            return true;
        }

        return false;
    }
}
