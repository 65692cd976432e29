namespace Injector.Tests.Shared;

/// <summary>Finds files of the repository from a test's output directory.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding Injector.sln.</summary>
    public static string Root => RootPath.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Injector.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Injector.sln above {AppContext.BaseDirectory}");
    }
}
