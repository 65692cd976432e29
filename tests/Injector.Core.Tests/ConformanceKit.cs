namespace Injector.Core.Tests;

/// <summary>Finds Istio's conformance kit (shared/conformance/istio) above the test binaries.</summary>
internal static class ConformanceKit
{
    private static readonly Lazy<string> s_root = new(Locate);

    public static string Root => s_root.Value;

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "conformance", "istio");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            candidate = Path.Combine(dir.FullName, "..", "shared", "conformance", "istio");
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new DirectoryNotFoundException("shared/conformance/istio was not found above " + AppContext.BaseDirectory);
    }
}
