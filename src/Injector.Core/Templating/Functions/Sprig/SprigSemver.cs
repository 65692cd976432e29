using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>Sprig's semver and semverCompare.</summary>
internal static class SprigSemver
{
    public static void Register(TemplateFunctionMap map)
    {
        map.Set("semver", static a =>
        {
            Exactly(a, 1, "semver");
            return SemanticVersion.Parse(String(a, 0));
        });
        map.Set("semverCompare", static a =>
        {
            Exactly(a, 2, "semverCompare");
            string constraint = String(a, 0);
            var version = SemanticVersion.Parse(String(a, 1));
            return SemverConstraint.Check(constraint, version);
        });
    }
}
