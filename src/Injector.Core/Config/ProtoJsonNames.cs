using System.Text;

namespace Injector.Core.Config;

/// <summary>
/// Protobuf-JSON accepts a field by its proto name (<c>drain_duration</c>) or its JSON name (<c>drainDuration</c>);
/// configs are normalized to JSON names so later lookups need only one spelling.
/// </summary>
internal static class ProtoJsonNames
{
    /// <summary><c>drain_duration</c> to <c>drainDuration</c>; a name without '_' is returned as it is.</summary>
    public static string ToJsonName(string name)
    {
        if (!name.Contains('_', StringComparison.Ordinal))
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        bool upper = false;
        foreach (char c in name)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }
}
