namespace Injector.Core.Tests.Templating;

/// <summary>Finds Istio's conformance kit (<c>shared/conformance/istio</c>) next to or above the repository.</summary>
internal static class IstioConformanceKit
{
    private static readonly string[] KitPath = ["shared", "conformance", "istio"];

    private static readonly Lazy<string> Location = new(Locate);

    public static string Root => Location.Value;

    private static string Locate()
    {
        // The kit lives beside the repository (../shared); walking up from the test binaries finds it from any
        // checkout or worktree below that common parent.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. KitPath]);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            if (File.Exists(Path.Combine(dir.FullName, "Injector.sln")))
            {
                var sibling = Path.GetFullPath(Path.Combine([dir.FullName, "..", .. KitPath]));
                if (Directory.Exists(sibling))
                {
                    return sibling;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"Istio conformance kit not found: no folder above {AppContext.BaseDirectory} contains shared/conformance/istio, "
            + "and there is no ../shared/conformance/istio beside the repository root.");
    }
}
