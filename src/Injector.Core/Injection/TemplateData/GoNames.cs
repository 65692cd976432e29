using System.Text;

namespace Injector.Core.Injection.TemplateData;

/// <summary>
/// Maps a Go field name to the JSON name Kubernetes and protobuf types give it: the leading capital (or leading
/// acronym) is lowered, so <c>APIVersion</c> is <c>apiVersion</c>, <c>DNSPolicy</c> is <c>dnsPolicy</c>,
/// <c>HostIP</c> is <c>hostIP</c> and <c>UID</c> is <c>uid</c>.
/// </summary>
internal static class GoNames
{
    public static string ToJsonName(string goName)
    {
        if (goName.Length == 0 || !char.IsUpper(goName[0]))
        {
            return goName;
        }

        int run = 0;
        while (run < goName.Length && char.IsUpper(goName[run]))
        {
            run++;
        }

        if (run == goName.Length)
        {
            return goName.ToLowerInvariant();
        }

        // In "APIVersion" the last capital of the run starts the next word.
        int lower = run == 1 ? 1 : (char.IsLower(goName[run]) ? run - 1 : run);
        var builder = new StringBuilder(goName.Length);
        builder.Append(goName.AsSpan(0, lower).ToString().ToLowerInvariant());
        builder.Append(goName.AsSpan(lower));
        return builder.ToString();
    }
}
