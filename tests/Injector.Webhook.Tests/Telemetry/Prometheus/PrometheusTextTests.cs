using Injector.Webhook.Telemetry.Prometheus;

namespace Injector.Webhook.Tests.Telemetry.Prometheus;

public class PrometheusTextTests
{
    [Theory]
    [InlineData("sidecar_injection_requests_total", "sidecar_injection_requests_total")]
    [InlineData("http.server.request.duration", "http_server_request_duration")]
    [InlineData("job:rate5m", "job:rate5m")]
    [InlineData("1xx_responses", "_1xx_responses")]
    [InlineData("a-b c", "a_b_c")]
    [InlineData("caf\u00e9", "caf_")]
    [InlineData("", "_")]
    public void SanitizeMetricName_ReplacesWhatTheFormatForbids(string name, string expected) =>
        Assert.Equal(expected, PrometheusText.SanitizeMetricName(name));

    [Theory]
    [InlineData("reason", "reason")]
    [InlineData("job:x", "job_x")]
    [InlineData("k8s.namespace.name", "k8s_namespace_name")]
    [InlineData("0day", "_0day")]
    public void SanitizeLabelName_AlsoForbidsColons(string name, string expected) =>
        Assert.Equal(expected, PrometheusText.SanitizeLabelName(name));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("say \"hi\"", "say \\\"hi\\\"")]
    [InlineData("two\nlines", "two\\nlines")]
    public void EscapeLabelValue_EscapesBackslashQuoteAndNewline(string value, string expected) =>
        Assert.Equal(expected, PrometheusText.EscapeLabelValue(value));

    [Theory]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(0.0005, "0.0005")]
    [InlineData(3.0, "3")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e21, "1E+21")]
    public void FormatValue_SpellsValuesAsPrometheusParsesThem(double value, string expected) =>
        Assert.Equal(expected, PrometheusText.FormatValue(value));

    [Fact]
    public void ContentType_IsTheTextFormatVersion004InUtf8() =>
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", PrometheusText.ContentType);
}
