using Injector.Testing;

namespace Injector.Webhook.Tests.Deploy;

/// <summary>
/// The self-signed overlay as a user runs it: certs/generate.sh into the overlay, then `kubectl kustomize`.
/// Works on a copy of the repository's deploy files so the checkout stays clean.
/// </summary>
public sealed class SelfSignedOverlayTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "injector-deploy-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_copy))
        {
            Directory.Delete(_copy, recursive: true);
        }
    }

    [Fact]
    public void Render_SelfSigned_WiresTheGeneratedCaIntoTheWebhookAndTheKeyIntoTheSecret()
    {
        foreach (var folder in new[] { "deploy", "injection-templates", "certs" })
        {
            CopyTree(RepositoryPaths.Combine(folder), Path.Combine(_copy, folder));
        }

        var generated = Path.Combine(_copy, "deploy", "overlays", "self-signed", "generated");
        if (Directory.Exists(generated))
        {
            Directory.Delete(generated, recursive: true);
        }

        // No OUT argument: the script's default is the overlay's generated/ folder.
        ExternalTool.Run("bash", [Path.Combine(_copy, "certs", "generate.sh"), "injector", "injector-system"]);
        var rendered = RenderedManifests.Render(Path.Combine(_copy, "deploy", "overlays", "self-signed"));

        var webhook = KustomizeOverlayTests.Webhook(rendered);
        var caBundle = (string)webhook["clientConfig"]!["caBundle"]!;
        Assert.Equal(File.ReadAllText(Path.Combine(generated, "ca.crt")), System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(caBundle)));
        Assert.Equal("Fail", (string?)webhook["failurePolicy"]);
        var deployment = rendered.Single("Deployment");
        var secretName = (string)deployment["spec"]!["template"]!["spec"]!["volumes"]!.AsArray()
            .Single(v => v!["secret"] is not null)!["secret"]!["secretName"]!;
        var secret = rendered.Single("Secret", secretName);
        Assert.Equal((string?)deployment["metadata"]!["namespace"], (string?)secret["metadata"]!["namespace"]);
        Assert.Equal(File.ReadAllText(Path.Combine(generated, "tls.key")), System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)secret["data"]!["tls.key"]!)));
        Assert.Empty(rendered.OfKind("Certificate"));
    }

    private static void CopyTree(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            CopyTree(directory, Path.Combine(destination, Path.GetFileName(directory)));
        }
    }
}
