namespace Injector.Webhook.Tests.Deploy;

/// <summary>A temporary directory holding what certs/generate.sh wrote; deleted on dispose.</summary>
internal sealed class GeneratedCertificates : IDisposable
{
    private GeneratedCertificates(string directory) => Directory = directory;

    public string Directory { get; }

    public static GeneratedCertificates Create(string service, string ns, string? outputDirectory = null, string? script = null)
    {
        var directory = outputDirectory ?? Path.Combine(Path.GetTempPath(), "injector-certs-" + Guid.NewGuid().ToString("N"));
        ExternalTool.Run("bash", [script ?? Injector.Testing.RepositoryPaths.Combine("certs", "generate.sh"), service, ns, directory]);
        return new GeneratedCertificates(directory);
    }

    public string PathOf(string file) => Path.Combine(Directory, file);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
