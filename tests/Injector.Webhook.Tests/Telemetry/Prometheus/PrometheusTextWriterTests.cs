using Injector.Webhook.Telemetry.Prometheus;

namespace Injector.Webhook.Tests.Telemetry.Prometheus;

public class PrometheusTextWriterTests
{
    private static readonly KeyValuePair<string, string>[] NoLabels = [];

    [Fact]
    public void AddCounter_NameWithoutTotal_GetsTotalSuffixOnTypeAndSample()
    {
        var writer = new PrometheusTextWriter();
        writer.AddCounter("requests", "Requests seen.", NoLabels, 3);

        Assert.Equal("# HELP requests_total Requests seen.\n# TYPE requests_total counter\nrequests_total 3\n", writer.ToString());
    }

    [Fact]
    public void AddCounter_NameWithTotal_KeepsIt()
    {
        var writer = new PrometheusTextWriter();
        writer.AddCounter("sidecar_injection_requests_total", "Requests.", NoLabels, 1);

        Assert.Contains("\nsidecar_injection_requests_total 1\n", writer.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("_total_total", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddGauge_WritesHelpThenTypeThenSample()
    {
        var writer = new PrometheusTextWriter();
        writer.AddGauge("cert_expiry_seconds", "Seconds left.", NoLabels, 3600.5);

        Assert.Equal("# HELP cert_expiry_seconds Seconds left.\n# TYPE cert_expiry_seconds gauge\ncert_expiry_seconds 3600.5\n", writer.ToString());
    }

    [Fact]
    public void AddGauge_WithoutHelp_WritesOnlyTheTypeLine()
    {
        var writer = new PrometheusTextWriter();
        writer.AddGauge("g", null, NoLabels, 1);

        Assert.Equal("# TYPE g gauge\ng 1\n", writer.ToString());
    }

    [Fact]
    public void Help_BackslashAndNewline_AreEscapedAndQuotesAreNot()
    {
        var writer = new PrometheusTextWriter();
        writer.AddGauge("g", "a \\ b\nc \"d\"", NoLabels, 1);

        Assert.StartsWith("# HELP g a \\\\ b\\nc \"d\"\n", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void LabelValue_BackslashQuoteAndNewline_AreEscaped()
    {
        var writer = new PrometheusTextWriter();
        writer.AddCounter("c_total", null, [new("path", "C:\\dir \"x\"\nend")], 1);

        Assert.Contains("c_total{path=\"C:\\\\dir \\\"x\\\"\\nend\"} 1\n", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_AreWrittenInTheGivenOrderSeparatedByCommas()
    {
        var writer = new PrometheusTextWriter();
        writer.AddCounter("c_total", null, [new("b", "2"), new("a", "1")], 1);

        Assert.Contains("c_total{b=\"2\",a=\"1\"} 1\n", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SameName_SeveralLabelSets_FormOneFamilyWithOneHeader()
    {
        var writer = new PrometheusTextWriter();
        writer.AddCounter("skip_total", "Skips.", [new("reason", "A")], 1);
        writer.AddGauge("other", null, NoLabels, 5);
        writer.AddCounter("skip_total", "Skips.", [new("reason", "B")], 2);

        var text = writer.ToString();
        Assert.Equal(
            "# HELP skip_total Skips.\n# TYPE skip_total counter\nskip_total{reason=\"A\"} 1\nskip_total{reason=\"B\"} 2\n"
            + "# TYPE other gauge\nother 5\n",
            text);
    }

    [Fact]
    public void SameName_OtherType_IsDroppedAndReported()
    {
        var writer = new PrometheusTextWriter();
        Assert.True(writer.AddGauge("x", null, NoLabels, 1));
        Assert.False(writer.AddHistogram("x", null, NoLabels, [(1.0, 1L)], 0.5, 1));

        Assert.Equal("# TYPE x gauge\nx 1\n", writer.ToString());
    }

    [Fact]
    public void AddHistogram_WritesCumulativeBucketsInfSumAndCount()
    {
        var writer = new PrometheusTextWriter();
        writer.AddHistogram(
            "latency_seconds",
            "Latency.",
            [new("phase", "render")],
            [(0.001, 2L), (0.01, 3L), (double.PositiveInfinity, 1L)],
            sum: 0.25,
            count: 6);

        Assert.Equal(
            "# HELP latency_seconds Latency.\n# TYPE latency_seconds histogram\n"
            + "latency_seconds_bucket{phase=\"render\",le=\"0.001\"} 2\n"
            + "latency_seconds_bucket{phase=\"render\",le=\"0.01\"} 5\n"
            + "latency_seconds_bucket{phase=\"render\",le=\"+Inf\"} 6\n"
            + "latency_seconds_sum{phase=\"render\"} 0.25\n"
            + "latency_seconds_count{phase=\"render\"} 6\n",
            writer.ToString());
    }

    [Fact]
    public void AddHistogram_WithoutInfBucketAndUnsorted_SortsAndEndsWithInfEqualToCount()
    {
        var writer = new PrometheusTextWriter();
        writer.AddHistogram("h", null, NoLabels, [(5.0, 1L), (1.0, 1L)], sum: 7, count: 4);

        Assert.Equal(
            "# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"5\"} 2\nh_bucket{le=\"+Inf\"} 4\nh_sum 7\nh_count 4\n",
            writer.ToString());
    }

    [Fact]
    public void AddHistogram_CallersLeLabel_IsLeftOutSoBucketsStayUnambiguous()
    {
        var writer = new PrometheusTextWriter();
        writer.AddHistogram("h", null, [new("le", "x"), new("a", "b")], [], sum: 0, count: 0);

        Assert.Contains("h_bucket{a=\"b\",le=\"+Inf\"} 0\n", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("h_count{a=\"b\"} 0\n", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_AreSanitisedOnFamilyAndSamples()
    {
        var writer = new PrometheusTextWriter();
        writer.AddGauge("http.server-duration", null, [new("k8s.pod", "p")], 1);

        Assert.Equal("# TYPE http_server_duration gauge\nhttp_server_duration{k8s_pod=\"p\"} 1\n", writer.ToString());
    }

    [Fact]
    public void Values_SpecialFloats_AreSpelledAsPrometheusReadsThem()
    {
        var writer = new PrometheusTextWriter();
        writer.AddGauge("a", null, NoLabels, double.PositiveInfinity);
        writer.AddGauge("b", null, NoLabels, double.NegativeInfinity);
        writer.AddGauge("c", null, NoLabels, double.NaN);

        Assert.Equal("# TYPE a gauge\na +Inf\n# TYPE b gauge\nb -Inf\n# TYPE c gauge\nc NaN\n", writer.ToString());
    }
}
