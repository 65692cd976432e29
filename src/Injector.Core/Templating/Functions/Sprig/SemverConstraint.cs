using System.Globalization;
using System.Text.RegularExpressions;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>
/// Masterminds/semver v3 constraints: <c>||</c> between alternatives, commas or spaces between conditions that must
/// all hold; operators = != &gt; &lt; &gt;= &lt;= ~ ~&gt; ^, wildcards (x, X, *) and hyphen ranges (<c>1.2 - 1.4</c>). A
/// prerelease version only satisfies conditions that themselves name a prerelease.
/// </summary>
internal static partial class SemverConstraint
{
    public static bool Check(string constraint, SemanticVersion version)
    {
        bool any = false;
        foreach (string alternative in constraint.Split("||"))
        {
            string text = HyphenRange().Replace(alternative, ">= $1, <= $2");
            var matches = Condition().Matches(text);
            if (matches.Count == 0 || !Valid().IsMatch(text))
            {
                throw new TemplateFunctionException($"improper constraint: {alternative.Trim()}");
            }

            bool all = true;
            foreach (Match m in matches)
            {
                all &= Holds(m.Groups[1].Value, m.Groups[2].Value, version);
            }

            any |= all;
        }

        return any;
    }

    private static bool Holds(string op, string text, SemanticVersion v)
    {
        string[] parts = text.TrimStart('v').Split('-', '+')[0].Split('.');
        string prerelease = text.Contains('-', StringComparison.Ordinal) ? text[(text.IndexOf('-', StringComparison.Ordinal) + 1)..].Split('+')[0] : string.Empty;
        int known = 0;
        long[] n = new long[3];
        for (int i = 0; i < parts.Length && i < 3; i++)
        {
            if (parts[i] is "x" or "X" or "*")
            {
                break;
            }

            n[i] = long.Parse(parts[i], CultureInfo.InvariantCulture);
            known++;
        }

        if (v.Prerelease.Length > 0 && prerelease.Length == 0)
        {
            return false;
        }

        bool dirty = known < 3;
        var c = SemanticVersion.Parse($"{n[0]}.{n[1]}.{n[2]}" + (prerelease.Length > 0 ? "-" + prerelease : string.Empty));
        int cmp = v.CompareTo(c);
        switch (op)
        {
            case "" or "=":
                return dirty ? InRange(v, n, known) : cmp == 0;
            case "!=":
                return dirty ? !InRange(v, n, known) : cmp != 0;
            case ">":
                return dirty ? known == 0 ? false : Upper(v, n, known) : cmp > 0;
            case ">=" or "=>":
                return cmp >= 0;
            case "<":
                return cmp < 0;
            case "<=" or "=<":
                return dirty ? cmp < 0 || InRange(v, n, known) : cmp <= 0;
            case "~" or "~>":
                return cmp >= 0 && (known <= 1 ? v.Major == n[0] || known == 0 : v.Major == n[0] && v.Minor == n[1]);
            case "^":
                if (cmp < 0)
                {
                    return false;
                }

                return n[0] > 0 || known == 1 ? v.Major == n[0]
                    : n[1] > 0 || known == 2 ? v.Major == 0 && v.Minor == n[1]
                    : v.Major == 0 && v.Minor == 0 && v.Patch == n[2];
            default:
                return false;
        }
    }

    private static bool InRange(SemanticVersion v, long[] n, int known) =>
        (known < 1 || v.Major == n[0]) && (known < 2 || v.Minor == n[1]);

    private static bool Upper(SemanticVersion v, long[] n, int known) =>
        known == 1 ? v.Major > n[0] : v.Major > n[0] || (v.Major == n[0] && v.Minor > n[1]);

    private const string Version = @"v?[0-9xX*]+(?:\.[0-9xX*]+)?(?:\.[0-9xX*]+)?(?:-[0-9A-Za-z\-]+(?:\.[0-9A-Za-z\-]+)*)?(?:\+[0-9A-Za-z\-]+(?:\.[0-9A-Za-z\-]+)*)?";
    private const string Operator = @"=>|=<|~>|!=|>=|<=|=|>|<|~|\^|";

    [GeneratedRegex(@"(" + Operator + @")\s*(" + Version + ")")]
    private static partial Regex Condition();

    [GeneratedRegex(@"^\s*(?:" + Operator + @")\s*" + Version + @"\s*(?:(?:\s+|,\s*)(?:" + Operator + @")\s*" + Version + @"\s*)*$")]
    private static partial Regex Valid();

    [GeneratedRegex(@"\s*(" + Version + @")\s+-\s+(" + Version + @")\s*")]
    private static partial Regex HyphenRange();
}
