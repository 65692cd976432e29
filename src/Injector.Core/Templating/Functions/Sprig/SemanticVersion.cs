using System.Globalization;
using System.Text.RegularExpressions;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>A Masterminds/semver v3 version as templates see it (<c>.Major</c>, <c>.Prerelease</c>, printed as its String).</summary>
internal sealed partial class SemanticVersion : ITemplateObject, IGoStringer, IComparable<SemanticVersion>
{
    private SemanticVersion(long major, long minor, long patch, string prerelease, string metadata, string original)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        Prerelease = prerelease;
        Metadata = metadata;
        Original = original;
    }

    public long Major { get; }

    public long Minor { get; }

    public long Patch { get; }

    public string Prerelease { get; }

    public string Metadata { get; }

    public string Original { get; }

    public string TypeName => "*semver.Version";

    /// <summary>semver.NewVersion: an optional v, one to three numbers, a prerelease and build metadata.</summary>
    public static SemanticVersion Parse(string text)
    {
        var m = VersionPattern().Match(text);
        if (!m.Success)
        {
            throw new TemplateFunctionException("Invalid Semantic Version");
        }

        static long Number(Group g) => g.Success ? long.Parse(g.Value.TrimStart('.'), CultureInfo.InvariantCulture) : 0;
        return new SemanticVersion(Number(m.Groups[1]), Number(m.Groups[2]), Number(m.Groups[3]), m.Groups[5].Value, m.Groups[8].Value, text);
    }

    public bool TryGetMember(string name, out object? value)
    {
        value = name switch
        {
            "Major" => Major,
            "Minor" => Minor,
            "Patch" => Patch,
            "Prerelease" => Prerelease,
            "Metadata" => Metadata,
            "Original" => Original,
            "String" => GoString(),
            _ => null,
        };
        return value is not null;
    }

    public string GoString()
    {
        string s = $"{Major}.{Minor}.{Patch}";
        if (Prerelease.Length > 0)
        {
            s += "-" + Prerelease;
        }

        if (Metadata.Length > 0)
        {
            s += "+" + Metadata;
        }

        return s;
    }

    public int CompareTo(SemanticVersion? other)
    {
        ArgumentNullException.ThrowIfNull(other);
        int c = Major.CompareTo(other.Major);
        c = c != 0 ? c : Minor.CompareTo(other.Minor);
        c = c != 0 ? c : Patch.CompareTo(other.Patch);
        return c != 0 ? c : ComparePrerelease(Prerelease, other.Prerelease);
    }

    // No prerelease ranks above any prerelease; parts compare numerically when numeric, numbers before words.
    private static int ComparePrerelease(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        if (a.Length == 0)
        {
            return 1;
        }

        if (b.Length == 0)
        {
            return -1;
        }

        string[] pa = a.Split('.');
        string[] pb = b.Split('.');
        for (int i = 0; i < Math.Min(pa.Length, pb.Length); i++)
        {
            bool na = long.TryParse(pa[i], NumberStyles.None, CultureInfo.InvariantCulture, out long ia);
            bool nb = long.TryParse(pb[i], NumberStyles.None, CultureInfo.InvariantCulture, out long ib);
            int c = na && nb ? ia.CompareTo(ib) : na ? -1 : nb ? 1 : string.CompareOrdinal(pa[i], pb[i]);
            if (c != 0)
            {
                return Math.Sign(c);
            }
        }

        return pa.Length.CompareTo(pb.Length);
    }

    [GeneratedRegex(@"^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?$")]
    private static partial Regex VersionPattern();
}
