using Injector.Webhook.Tests.TestSupport;

using Microsoft.Extensions.Options;

namespace Injector.Webhook.Tests.Options;

public class SettingsReloadTests
{
    private const string Config = "policy: enabled\ndefaultTemplates: [sidecar]\ntemplates:\n  sidecar: |\n    spec: {}\n";

    private static Dictionary<string, string> Files(string values) => new()
    {
        ["InjectConfigFile"] = Config,
        ["ValuesFile"] = values,
        ["MeshConfigFile"] = "defaultConfig:\n  discoveryAddress: istiod.istio-system.svc:15012\n",
    };

    [Fact]
    public async Task ValidChangeOnDisk_SwapsSnapshot()
    {
        await using var server = await WebhookServer.StartAsync(Files("""{"global":{"hub":"one"}}"""));
        var before = server.Settings.Current;

        await server.ReplaceFileAsync("ValuesFile", """{"global":{"hub":"two"}}""");
        await Eventually.True(() => server.Settings.Current != before, "the new values are loaded");

        Assert.Contains("two", server.Settings.Current.Source.Values, StringComparison.Ordinal);
        Assert.Equal(Config, server.Settings.Current.Source.Config);
        Assert.Null(server.Settings.LastReloadError);
    }

    [Fact]
    public async Task InvalidChangeOnDisk_KeepsLastGoodSnapshotUntilFixed()
    {
        await using var server = await WebhookServer.StartAsync(Files("""{"global":{"hub":"one"}}"""));
        var good = server.Settings.Current;

        await server.ReplaceFileAsync("ValuesFile", """{"global": {"hub": """);
        await Eventually.True(() => server.Settings.LastReloadError is not null, "the bad values are rejected");

        Assert.Same(good, server.Settings.Current);
        Assert.Contains(server.PathOf("ValuesFile"), server.Settings.LastReloadError, StringComparison.Ordinal);
        using (var ready = await server.Client.GetAsync("/readyz"))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        }

        await server.ReplaceFileAsync("ValuesFile", """{"global":{"hub":"three"}}""");
        await Eventually.True(() => server.Settings.Current != good, "the fixed values are loaded");
        Assert.Contains("three", server.Settings.Current.Source.Values, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigMapSymlinkSwap_IsSeen()
    {
        // The layout kubelet gives a ConfigMap volume: files are symlinks through "..data" to a timestamped folder.
        var directory = Directory.CreateTempSubdirectory("injector-configmap-").FullName;
        try
        {
            var first = Directory.CreateDirectory(Path.Combine(directory, "..2024_01_01")).FullName;
            await File.WriteAllTextAsync(Path.Combine(first, "config"), Config);
            await File.WriteAllTextAsync(Path.Combine(first, "values"), """{"global":{"hub":"first"}}""");
            File.CreateSymbolicLink(Path.Combine(directory, "..data"), "..2024_01_01");
            File.CreateSymbolicLink(Path.Combine(directory, "config"), "..data/config");
            File.CreateSymbolicLink(Path.Combine(directory, "values"), "..data/values");
            await using var server = await WebhookServer.StartAsync(settings: new Dictionary<string, string>
            {
                ["InjectConfigFile"] = Path.Combine(directory, "config"),
                ["ValuesFile"] = Path.Combine(directory, "values"),
            });

            var second = Directory.CreateDirectory(Path.Combine(directory, "..2024_01_02")).FullName;
            await File.WriteAllTextAsync(Path.Combine(second, "config"), Config);
            await File.WriteAllTextAsync(Path.Combine(second, "values"), """{"global":{"hub":"second"}}""");
            File.CreateSymbolicLink(Path.Combine(directory, "..data_tmp"), "..2024_01_02");
            // rename(2) over the old link, as kubelet does; File.Move does not move a link to a directory.
            using (var mv = System.Diagnostics.Process.Start("mv", ["-T", Path.Combine(directory, "..data_tmp"), Path.Combine(directory, "..data")]))
            {
                await mv.WaitForExitAsync();
                Assert.Equal(0, mv.ExitCode);
            }

            await Eventually.True(() => server.Settings.Current.Source.Values?.Contains("second", StringComparison.Ordinal) == true, "the swapped values are loaded");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task InvalidValuesAtStartUp_FailsStartUpNamingTheFile()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => WebhookServer.StartAsync(Files("not json")));

        Assert.Contains("ValuesFile", error.Message, StringComparison.Ordinal);
        Assert.Contains("start-up", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingConfigFileAtStartUp_FailsValidationNamingTheKey()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => WebhookServer.StartAsync(settings: new Dictionary<string, string>
        {
            ["InjectConfigFile"] = "/nonexistent/config",
        }));

        Assert.Contains("Injector:InjectConfigFile", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NativeSidecars", "sometimes", "Injector:NativeSidecars")]
    [InlineData("Port", "70000", "Injector:Port")]
    [InlineData("ListenAddress", "localhost:1", "Injector:ListenAddress")]
    public async Task InvalidOption_FailsValidationNamingTheKey(string key, string value, string expected)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => WebhookServer.StartAsync(settings: new Dictionary<string, string> { [key] = value }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
