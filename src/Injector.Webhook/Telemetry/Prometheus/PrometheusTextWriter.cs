using System.Text;

namespace Injector.Webhook.Telemetry.Prometheus;

/// <summary>
/// Builds one scrape in the Prometheus text exposition format. Samples are grouped into families by their sanitised
/// name, so each name gets one <c># HELP</c>/<c># TYPE</c> header however many label sets or sources it has; a sample
/// whose name is already taken by a family of another type is dropped rather than producing an unparsable scrape.
/// </summary>
internal sealed class PrometheusTextWriter
{
    private const string TotalSuffix = "_total";

    private readonly Dictionary<string, Family> _families = new(StringComparer.Ordinal);
    private readonly List<Family> _order = [];

    /// <summary>Adds a counter sample; the name gets the <c>_total</c> suffix counters carry unless it has it already.</summary>
    /// <returns>False when the name belongs to a family of another type.</returns>
    public bool AddCounter(string name, string? help, IReadOnlyList<KeyValuePair<string, string>> labels, double value)
    {
        var familyName = PrometheusText.SanitizeMetricName(name);
        if (!familyName.EndsWith(TotalSuffix, StringComparison.Ordinal))
        {
            familyName += TotalSuffix;
        }

        if (GetFamily(familyName, PrometheusMetricType.Counter, help) is not { } family)
        {
            return false;
        }

        WriteSample(family.Samples, familyName, labels, null, value);
        return true;
    }

    /// <summary>Adds a gauge sample.</summary>
    /// <returns>False when the name belongs to a family of another type.</returns>
    public bool AddGauge(string name, string? help, IReadOnlyList<KeyValuePair<string, string>> labels, double value)
    {
        var familyName = PrometheusText.SanitizeMetricName(name);
        if (GetFamily(familyName, PrometheusMetricType.Gauge, help) is not { } family)
        {
            return false;
        }

        WriteSample(family.Samples, familyName, labels, null, value);
        return true;
    }

    /// <summary>
    /// Adds one histogram series. <paramref name="buckets"/> are per-bucket (not cumulative) counts keyed by their upper
    /// bound, as OpenTelemetry reports them; they are written cumulatively, ending with <c>le="+Inf"</c> equal to
    /// <paramref name="count"/>.
    /// </summary>
    /// <returns>False when the name belongs to a family of another type.</returns>
    public bool AddHistogram(
        string name,
        string? help,
        IReadOnlyList<KeyValuePair<string, string>> labels,
        IEnumerable<(double UpperBound, long Count)> buckets,
        double sum,
        long count)
    {
        var familyName = PrometheusText.SanitizeMetricName(name);
        if (GetFamily(familyName, PrometheusMetricType.Histogram, help) is not { } family)
        {
            return false;
        }

        // "le" is the bucket label; a caller's own "le" would make the series ambiguous.
        var seriesLabels = labels.Where(l => PrometheusText.SanitizeLabelName(l.Key) != "le").ToList();
        var bucketName = familyName + "_bucket";
        long cumulative = 0;
        foreach (var (upperBound, bucketCount) in buckets.Where(b => !double.IsPositiveInfinity(b.UpperBound)).OrderBy(b => b.UpperBound))
        {
            cumulative += bucketCount;
            WriteSample(family.Samples, bucketName, seriesLabels, PrometheusText.FormatValue(upperBound), cumulative);
        }

        WriteSample(family.Samples, bucketName, seriesLabels, "+Inf", count);
        WriteSample(family.Samples, familyName + "_sum", seriesLabels, null, sum);
        WriteSample(family.Samples, familyName + "_count", seriesLabels, null, count);
        return true;
    }

    /// <summary>Writes every family, in the order their names were first seen.</summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var family in _order)
        {
            if (!string.IsNullOrEmpty(family.Help))
            {
                writer.Write("# HELP ");
                writer.Write(family.Name);
                writer.Write(' ');
                writer.Write(PrometheusText.EscapeHelp(family.Help));
                writer.Write('\n');
            }

            writer.Write("# TYPE ");
            writer.Write(family.Name);
            writer.Write(' ');
            writer.Write(TypeName(family.Type));
            writer.Write('\n');
            writer.Write(family.Samples);
        }
    }

    /// <summary>The whole scrape as text.</summary>
    public override string ToString()
    {
        using var writer = new StringWriter();
        WriteTo(writer);
        return writer.ToString();
    }

    private Family? GetFamily(string name, PrometheusMetricType type, string? help)
    {
        if (_families.TryGetValue(name, out var existing))
        {
            return existing.Type == type ? existing : null;
        }

        var family = new Family(name, type, help ?? string.Empty);
        _families.Add(name, family);
        _order.Add(family);
        return family;
    }

    private static void WriteSample(StringBuilder output, string name, IReadOnlyList<KeyValuePair<string, string>> labels, string? le, double value)
    {
        output.Append(name);
        if (labels.Count > 0 || le is not null)
        {
            output.Append('{');
            var first = true;
            foreach (var (key, labelValue) in labels)
            {
                if (!first)
                {
                    output.Append(',');
                }

                first = false;
                output.Append(PrometheusText.SanitizeLabelName(key)).Append("=\"").Append(PrometheusText.EscapeLabelValue(labelValue)).Append('"');
            }

            if (le is not null)
            {
                output.Append(first ? string.Empty : ",").Append("le=\"").Append(le).Append('"');
            }

            output.Append('}');
        }

        output.Append(' ').Append(PrometheusText.FormatValue(value)).Append('\n');
    }

    private static string TypeName(PrometheusMetricType type) => type switch
    {
        PrometheusMetricType.Counter => "counter",
        PrometheusMetricType.Gauge => "gauge",
        _ => "histogram",
    };

    private sealed record Family(string Name, PrometheusMetricType Type, string Help)
    {
        public StringBuilder Samples { get; } = new();
    }
}
