using System.Text;

using Injector.Core.Templating.Functions;

namespace Injector.Core.Injection.PostProcessing;

/// <summary>
/// Recognizes prometheus annotations the way Prometheus does: names are compared after turning every character
/// outside [a-zA-Z0-9_] into '_', so <c>prometheus.io/scrape</c>, <c>prometheus.io.scrape</c> and
/// <c>prometheus-io/scrape</c> are one annotation.
/// </summary>
internal static class PrometheusAnnotations
{
    public const string Scrape = "prometheus_io_scrape";
    public const string Port = "prometheus_io_port";
    public const string Path = "prometheus_io_path";
    public const string ScrapeTargets = "prometheus_istio_io_scrape_targets";
    public const string SecurePort = "prometheus_istio_io_secure_port";

    public static string SanitizeLabelName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="name"/> sanitizes to <paramref name="sanitized"/>, without building the sanitized name.</summary>
    public static bool IsNamed(string name, string sanitized)
    {
        if (name.Length != sanitized.Length)
        {
            return false;
        }

        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if ((char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_') != sanitized[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether scraping is wanted: the first scrape annotation that parses as a Go bool decides; default yes.</summary>
    public static bool IsScrapeEnabled(IEnumerable<KeyValuePair<string, string>> annotations)
    {
        foreach (var (name, value) in annotations)
        {
            if (IsNamed(name, Scrape) && GoStrconv.TryParseBool(value, out bool scrape))
            {
                return scrape;
            }
        }

        return true;
    }

    public static string? FindPort(IEnumerable<KeyValuePair<string, string>> annotations)
    {
        foreach (var (name, value) in annotations)
        {
            if (IsNamed(name, Port))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Names of the scrape, port, path and scrape-targets annotations in any spelling.</summary>
    public static bool IsMergedAnnotation(string name)
    {
        return IsNamed(name, Scrape) || IsNamed(name, Port) || IsNamed(name, Path) || IsNamed(name, ScrapeTargets);
    }
}
