using System.CommandLine;

using Injector.Core.Config;

namespace Injector.Cli;

/// <summary>
/// The options of the commands that read a manifest and the injector's settings, spelled as istioctl spells them:
/// the manifest (<c>--filename</c>) and the three settings files, each falling back to the embedded default.
/// </summary>
internal sealed class ManifestOptions
{
    public Option<string> Filename { get; } = new Option<string>("--filename", "-f")
    {
        Description = "Input Kubernetes resource filename, or - for standard input.",
        Required = true,
    }.RequireFileName();

    public Option<string?> InjectConfigFile { get; } = new("--injectConfigFile")
    {
        Description = "Injection configuration filename (the config key of istio-sidecar-injector, or a bare sidecar template).",
    };

    public Option<string?> ValuesFile { get; } = new("--valuesFile") { Description = "Injection values configuration filename (JSON or YAML)." };

    public Option<string?> MeshConfigFile { get; } = new("--meshConfigFile") { Description = "Mesh configuration filename." };

    /// <summary>The manifest's text: the named file, or standard input for <c>-</c>.</summary>
    public string ReadManifest(ParseResult parse, CliConsole console)
    {
        string input = parse.GetRequiredValue(Filename);
        return input == "-" ? console.In.ReadToEnd() : File.ReadAllText(input);
    }

    /// <summary>The settings files named on the command line, read; revision and flags are left to the command.</summary>
    public InjectionSettingsSource LoadSettings(ParseResult parse) =>
        new SettingsFiles(parse.GetValue(InjectConfigFile), parse.GetValue(ValuesFile), parse.GetValue(MeshConfigFile)).Load();
}
