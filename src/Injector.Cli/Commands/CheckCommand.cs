using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection;

namespace Injector.Cli.Commands;

/// <summary>
/// <c>injector check</c>: audits a manifest against the admission webhook without a cluster. For each workload it says
/// whether the webhook would inject its pods and why, the templates it would use and whether rendering succeeds
/// (see <see cref="InjectionAudit"/>). The findings are the output, so the exit code is 0 whatever they are; 1 only
/// when the manifest or the settings cannot be read.
/// </summary>
internal static class CheckCommand
{
    // A report for people and scripts, not HTML: quotes and apostrophes in messages stay as they are.
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var manifest = new ManifestOptions();
        var namespaceLabels = new Option<string?>("--namespace-labels")
        {
            Description = "Labels of the workloads' namespaces, as k=v,k=v (e.g. istio-injection=enabled); a Namespace in the manifest brings its own.",
        };
        var revision = new Option<string?>("--revision", "-r") { Description = "Control plane revision the webhook serves." };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Output format: table or json.",
            DefaultValueFactory = _ => "table",
        };
        output.AcceptOnlyFromAmong("table", "json");

        var command = new Command("check", "Report, for every workload of a manifest, whether the webhook would inject its pods and why.")
        {
            manifest.Filename, namespaceLabels, manifest.InjectConfigFile, manifest.ValuesFile, manifest.MeshConfigFile, revision, output,
        };

        command.SetAction(parse =>
        {
            IReadOnlyList<WorkloadAudit> audits;
            try
            {
                string text = manifest.ReadManifest(parse, console);
                IReadOnlyDictionary<string, string> labels = ParseLabels(parse.GetValue(namespaceLabels));
                InjectionSettingsSource source = manifest.LoadSettings(parse) with { Revision = parse.GetValue(revision) ?? string.Empty };
                audits = InjectionAudit.Run(text, InjectionSettings.Load(source), labels);
            }
            catch (Exception e) when (CommandErrors.IsUserError(e))
            {
                return CommandErrors.Report(console, e);
            }

            if (parse.GetValue(output) == "json")
            {
                console.Out.WriteLine(ToJson(audits).ToJsonString(s_indented));
            }
            else
            {
                WriteTable(console, audits);
            }

            return 0;
        });
        return command;
    }

    private static IReadOnlyDictionary<string, string> ParseLabels(string? text)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"--namespace-labels: \"{pair}\" is not key=value");
            }

            labels[pair[..equals]] = pair[(equals + 1)..];
        }

        return labels;
    }

    private static JsonArray ToJson(IReadOnlyList<WorkloadAudit> audits)
    {
        var array = new JsonArray();
        foreach (WorkloadAudit audit in audits)
        {
            array.Add(new JsonObject
            {
                ["kind"] = audit.Kind,
                ["name"] = audit.Name,
                ["namespace"] = audit.Namespace,
                ["inject"] = audit.Inject,
                ["outcome"] = audit.Outcome.ToString(),
                ["reason"] = audit.Reason.ToString(),
                ["message"] = audit.Message,
                ["templates"] = new JsonArray([.. audit.Templates.Select(t => JsonValue.Create(t))]),
                ["warnings"] = new JsonArray([.. audit.Warnings.Select(w => JsonValue.Create(w))]),
            });
        }

        return array;
    }

    // Columns as kubectl aligns them; warnings go to standard error so the table stays one row per workload.
    private static void WriteTable(CliConsole console, IReadOnlyList<WorkloadAudit> audits)
    {
        var rows = new List<string[]> { new[] { "KIND", "NAME", "NAMESPACE", "INJECT", "REASON", "TEMPLATES" } };
        rows.AddRange(audits.Select(a => new[]
        {
            a.Kind,
            a.Name,
            a.Namespace,
            a.Outcome switch
            {
                InjectionOutcome.Injected => "yes",
                InjectionOutcome.Skipped => "no",
                _ => "fail",
            },
            a.Message,
            a.Templates.Count > 0 ? string.Join(',', a.Templates) : "-",
        }));

        int[] widths = Enumerable.Range(0, rows[0].Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (string[] row in rows)
        {
            string line = string.Join("   ", row.Select((cell, column) => cell.PadRight(widths[column])));
            console.Out.WriteLine(line.TrimEnd());
        }

        foreach (WorkloadAudit audit in audits)
        {
            foreach (string warning in audit.Warnings)
            {
                console.Error.WriteLine($"Warning: {audit.Kind} {audit.Namespace}/{audit.Name}: {warning}");
            }
        }
    }
}
