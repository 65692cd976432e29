using System.Globalization;
using System.Text;

namespace Injector.Webhook.Telemetry.Prometheus;

/// <summary>
/// The lexical rules of the Prometheus text exposition format (version 0.0.4): which characters names may hold,
/// how label values and help text are escaped, and how sample values are spelled.
/// </summary>
internal static class PrometheusText
{
    /// <summary>The content type a scrape answers with.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>
    /// A valid metric name: characters outside <c>[a-zA-Z0-9_:]</c> become <c>_</c>, and a leading digit gets a
    /// <c>_</c> in front, so OpenTelemetry names such as <c>http.server.duration</c> still scrape.
    /// </summary>
    public static string SanitizeMetricName(string name) => Sanitize(name, allowColon: true);

    /// <summary>A valid label name: as a metric name, without <c>:</c>.</summary>
    public static string SanitizeLabelName(string name) => Sanitize(name, allowColon: false);

    /// <summary>Escapes a label value: backslash, double quote and line feed.</summary>
    public static string EscapeLabelValue(string value) => Escape(value, escapeQuote: true);

    /// <summary>Escapes help text: backslash and line feed (quotes stay as they are).</summary>
    public static string EscapeHelp(string help) => Escape(help, escapeQuote: false);

    /// <summary>Spells a sample value or bucket bound: <c>+Inf</c>, <c>-Inf</c>, <c>NaN</c>, else the shortest round-trip form.</summary>
    public static string FormatValue(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "+Inf"
        : double.IsNegativeInfinity(value) ? "-Inf"
        : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Sanitize(string name, bool allowColon)
    {
        if (name.Length == 0)
        {
            return "_";
        }

        StringBuilder? builder = null;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var valid = char.IsAsciiLetter(c) || c == '_' || (allowColon && c == ':') || (i > 0 && char.IsAsciiDigit(c));
            if (valid && builder is null)
            {
                continue;
            }

            builder ??= new StringBuilder(name.Length + 1).Append(name, 0, i);
            if (valid)
            {
                builder.Append(c);
            }
            else if (i == 0 && char.IsAsciiDigit(c))
            {
                builder.Append('_').Append(c);
            }
            else
            {
                builder.Append('_');
            }
        }

        return builder?.ToString() ?? name;
    }

    private static string Escape(string value, bool escapeQuote)
    {
        if (value.AsSpan().IndexOfAny(escapeQuote ? "\\\"\n" : "\\\n") < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '"' when escapeQuote:
                    builder.Append("\\\"");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
