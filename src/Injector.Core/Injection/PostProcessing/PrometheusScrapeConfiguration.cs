using System.Text;

using Injector.Core.Templating.Functions.Encoding;

namespace Injector.Core.Injection.PostProcessing;

/// <summary>
/// The application's own scrape settings, handed to the agent in ISTIO_PROMETHEUS_ANNOTATIONS so that it can
/// merge the application's metrics with Envoy's. Written as Istio's agent reads it:
/// <c>{"scrape":..,"path":..,"port":..,"targets":[{"port":..,"path":..}]}</c>, targets omitted when empty.
/// </summary>
internal sealed class PrometheusScrapeConfiguration
{
    public string Scrape { get; set; } = string.Empty;

    public string Path { get; set; } = string.Empty;

    public string Port { get; set; } = string.Empty;

    public List<(string Port, string Path)> Targets { get; set; } = [];

    /// <summary>The <c>port</c> or <c>port:path</c> entries of <c>prometheus.istio.io/scrape-targets</c>, comma separated.</summary>
    public static bool TryParseTargets(string raw, out List<(string Port, string Path)> targets)
    {
        targets = [];
        foreach (string item in raw.Split(','))
        {
            string entry = item.Trim();
            if (entry.Length == 0)
            {
                continue;
            }

            string[] parts = entry.Split(':', 2);
            string port = parts[0].Trim();
            if (port.Length == 0)
            {
                targets = [];
                return false;
            }

            string path = parts.Length == 2 && parts[1].Trim().Length > 0 ? parts[1].Trim() : "/metrics";
            targets.Add((port, path));
        }

        return true;
    }

    public bool IsEmpty => Scrape.Length == 0 && Path.Length == 0 && Port.Length == 0 && Targets.Count == 0;

    public string ToJson()
    {
        var builder = new StringBuilder();
        builder.Append("{\"scrape\":");
        GoJsonWriter.AppendString(builder, Scrape);
        builder.Append(",\"path\":");
        GoJsonWriter.AppendString(builder, Path);
        builder.Append(",\"port\":");
        GoJsonWriter.AppendString(builder, Port);
        if (Targets.Count > 0)
        {
            builder.Append(",\"targets\":[");
            for (int i = 0; i < Targets.Count; i++)
            {
                builder.Append(i > 0 ? ",{\"port\":" : "{\"port\":");
                GoJsonWriter.AppendString(builder, Targets[i].Port);
                builder.Append(",\"path\":");
                GoJsonWriter.AppendString(builder, Targets[i].Path);
                builder.Append('}');
            }

            builder.Append(']');
        }

        builder.Append('}');
        return builder.ToString();
    }
}
