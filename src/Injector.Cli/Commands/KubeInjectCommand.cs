using System.CommandLine;

using Injector.Core.Config;
using Injector.Core.Injection;

namespace Injector.Cli.Commands;

/// <summary>
/// <c>injector kube-inject</c>: injects the sidecar into every workload of a manifest offline, with the flags of
/// <c>istioctl kube-inject</c>. Settings not given come from the embedded defaults. The output is written only when
/// every document succeeded.
/// </summary>
internal static class KubeInjectCommand
{
    /// <summary>Builds the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var manifest = new ManifestOptions();
        var output = new Option<string?>("--output", "-o") { Description = "Modified output Kubernetes resource filename (default: standard output)." };
        var revision = new Option<string?>("--revision", "-r") { Description = "Control plane revision." };
        var nativeSidecars = new Option<bool>("--native-sidecars") { Description = "Inject the proxy as a native sidecar (an init container with restartPolicy Always)." };
        var platform = new Option<string?>("--platform") { Description = "Platform the workloads run on, e.g. openshift." };
        var compliancePolicy = new Option<string?>("--compliance-policy") { Description = "Compliance policy for the proxy, e.g. fips-140-3." };

        var command = new Command("kube-inject", "Inject the Istio sidecar into Kubernetes workload manifests.")
        {
            manifest.Filename, output, manifest.InjectConfigFile, manifest.ValuesFile, manifest.MeshConfigFile, revision, nativeSidecars, platform, compliancePolicy,
        };

        command.SetAction(parse =>
        {
            try
            {
                string text = manifest.ReadManifest(parse, console);
                InjectionSettingsSource source = manifest.LoadSettings(parse) with
                {
                    Revision = parse.GetValue(revision) ?? string.Empty,
                    NativeSidecars = parse.GetValue(nativeSidecars),
                    Platform = parse.GetValue(platform) ?? string.Empty,
                    CompliancePolicy = parse.GetValue(compliancePolicy) ?? string.Empty,
                };

                KubeInjectionOutput result = KubeInjector.Inject(text, InjectionSettings.Load(source));
                foreach (string warning in result.Warnings)
                {
                    console.Error.WriteLine(warning.TrimEnd('\n'));
                }

                string? outputPath = parse.GetValue(output);
                if (outputPath is null)
                {
                    console.Out.Write(result.Manifest);
                }
                else
                {
                    File.WriteAllText(outputPath, result.Manifest);
                }

                return 0;
            }
            catch (Exception e) when (CommandErrors.IsUserError(e))
            {
                return CommandErrors.Report(console, e);
            }
        });
        return command;
    }
}
