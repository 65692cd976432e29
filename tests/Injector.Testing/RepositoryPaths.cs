namespace Injector.Testing;

/// <summary>Finds files of the repository from a test's output directory.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding <c>Injector.sln</c>, the nearest one above the test binaries.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path below the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Injector.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no Injector.sln above {AppContext.BaseDirectory}");
    }
}
