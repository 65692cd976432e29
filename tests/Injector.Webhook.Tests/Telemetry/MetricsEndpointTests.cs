using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

using Injector.Core.Telemetry;
using Injector.Webhook.Telemetry;
using Injector.Webhook.Tests.TestSupport;

using Microsoft.Extensions.DependencyInjection;

namespace Injector.Webhook.Tests.Telemetry;

public sealed class MetricsEndpointTests : IAsyncLifetime
{
    private WebhookServer server = null!;

    public async Task InitializeAsync() => server = await WebhookServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Metrics_IsServedOverHttpsInTheTextFormat()
    {
        using var response = await server.Client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains($"# TYPE {InjectorMetrics.CertificateExpiryName} gauge\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_SwitchedOff_IsNotFoundAndAdmissionsStillAnswer()
    {
        await using var quiet = await WebhookServer.StartAsync(settings: new Dictionary<string, string> { ["Telemetry:Metrics"] = "false" });

        var review = await quiet.ReviewAsync(Reviews.For(new JsonObject { ["kind"] = "Service" }, kind: "Service"));
        using var response = await quiet.Client.GetAsync("/metrics");

        Assert.True(review.Response!.Allowed);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(quiet.Services.GetRequiredService<TelemetryPipeline>().CollectsMetrics);
    }

    [Fact]
    public async Task CertificateExpiryGauge_ReportsTheServingCertificatesRemainingLifetime()
    {
        var samples = await ScrapeAsync();

        var expected = (server.Certificate.Current!.NotAfter.ToUniversalTime() - DateTime.UtcNow).TotalSeconds;
        Assert.InRange(samples[InjectorMetrics.CertificateExpiryName], expected - 3600, expected + 3600);
        Assert.True(samples[InjectorMetrics.CertificateExpiryName] > 0);
    }

    [Fact]
    public async Task Admissions_OverHttps_MoveTheCountersAndTheDurationHistogram()
    {
        var before = await ScrapeAsync();

        // Admitted untouched: a Service is not a pod.
        await server.ReviewAsync(Reviews.For(new JsonObject { ["kind"] = "Service" }, kind: "Service"));

        // Bad input: never reaches the pipeline.
        using (var wrongType = await server.PostAsync("/inject", Reviews.For(Reviews.Pod()).ToJsonString(), "text/plain"))
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        }

        using (var empty = await server.PostAsync("/inject", string.Empty))
        {
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        }

        // A pod: whichever way the pipeline decides, exactly the matching counter moves.
        var pod = await server.ReviewAsync(Reviews.For(Reviews.Pod()));
        var podCounter = pod.Response!.Patch is not null ? InjectorMetrics.SuccessName
            : pod.Response.Allowed ? InjectorMetrics.SkipName
            : InjectorMetrics.FailureName;

        var after = await ScrapeAsync();
        Assert.Equal(4, Delta(before, after, InjectorMetrics.RequestsName));
        Assert.Equal(1, Delta(before, after, $"{InjectorMetrics.SkipName}{{reason=\"NotPodCreate\"}}"));
        Assert.Equal(1, Delta(before, after, $"{InjectorMetrics.FailureName}{{reason=\"UnsupportedMediaType\"}}"));
        Assert.Equal(1, Delta(before, after, $"{InjectorMetrics.FailureName}{{reason=\"EmptyBody\"}}"));
        Assert.Equal(podCounter == InjectorMetrics.SuccessName ? 1 : 0, SumDelta(before, after, InjectorMetrics.SuccessName));
        Assert.Equal(podCounter == InjectorMetrics.SkipName ? 2 : 1, SumDelta(before, after, InjectorMetrics.SkipName));
        Assert.Equal(podCounter == InjectorMetrics.FailureName ? 3 : 2, SumDelta(before, after, InjectorMetrics.FailureName));
        Assert.True(Delta(before, after, $"{InjectionPhaseMetrics.PhaseDurationName}_count{{phase=\"decode\"}}") >= 2);

        // The duration is recorded once the answer is written, just after the client has it.
        await EventuallyScrapeAsync(samples => Delta(before, samples, $"{InjectorMetrics.DurationName}_count") == 4, "four admissions are timed");
        after = await ScrapeAsync();
        Assert.Equal(4, Delta(before, after, $"{InjectorMetrics.DurationName}_bucket{{le=\"+Inf\"}}"));
        Assert.True(after[$"{InjectorMetrics.DurationName}_sum"] > before.ValueOrZero($"{InjectorMetrics.DurationName}_sum"));
        Assert.True(Delta(before, after, $"{InjectorMetrics.DurationName}_bucket{{le=\"10\"}}") == 4, "every admission took under 10 s");
    }

    [Fact]
    public async Task Admission_WithTraceparent_YieldsAChildSpanOfTheApiServersSpan()
    {
        using var recorder = new ActivityRecorder();
        var traceId = ActivityTraceId.CreateRandom();
        var parentSpanId = ActivitySpanId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/inject")
        {
            Content = new StringContent(Reviews.For(Reviews.Pod("traced"), uid: "trace-1", ns: "team-a").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-{parentSpanId}-01");

        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await Eventually.True(() => recorder.InTrace(traceId).Count > 0, "the admission span ends");
        var span = Assert.Single(recorder.InTrace(traceId));
        Assert.Equal(parentSpanId, span.ParentSpanId);
        Assert.Equal(InjectorActivitySource.AdmissionActivityName, span.OperationName);
        Assert.Equal("team-a", span.GetTagItem(InjectorActivitySource.NamespaceAttribute));
        Assert.Equal("traced", span.GetTagItem(InjectorActivitySource.PodAttribute));
        Assert.Equal("trace-1", span.GetTagItem(InjectorActivitySource.UidAttribute));
        Assert.NotNull(span.GetTagItem(InjectorActivitySource.DecisionAttribute));
    }

    [Fact]
    public async Task SettingsReload_CountsOkAndFailed()
    {
        await using var files = await WebhookServer.StartAsync(new Dictionary<string, string>
        {
            ["InjectConfigFile"] = "policy: enabled\ndefaultTemplates: [sidecar]\ntemplates:\n  sidecar: |\n    spec: {}\n",
            ["ValuesFile"] = """{"global":{"hub":"one"}}""",
        });
        var reloads = $"{InjectorMetrics.ConfigReloadsName}{{result=\"ok\"}}";
        var failures = $"{InjectorMetrics.ConfigReloadsName}{{result=\"failed\"}}";

        await files.ReplaceFileAsync("ValuesFile", """{"global":{"hub":"two"}}""");
        await EventuallyScrapeAsync(s => s.ValueOrZero(reloads) == 1, "a good change counts as ok", files);
        await files.ReplaceFileAsync("ValuesFile", """{"global": """);
        await EventuallyScrapeAsync(s => s.ValueOrZero(failures) == 1, "a bad change counts as failed", files);

        Assert.Equal(1, (await ScrapeAsync(files))[reloads]);
    }

    private Task<Dictionary<string, double>> ScrapeAsync() => ScrapeAsync(server);

    private static async Task<Dictionary<string, double>> ScrapeAsync(WebhookServer target)
    {
        using var response = await target.Client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PrometheusSamples.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task EventuallyScrapeAsync(Func<Dictionary<string, double>, bool> condition, string what, WebhookServer? target = null)
    {
        Dictionary<string, double> samples = [];
        await Eventually.True(
            () =>
            {
                samples = ScrapeAsync(target ?? server).GetAwaiter().GetResult();
                return condition(samples);
            },
            what);
    }

    private static double Delta(Dictionary<string, double> before, Dictionary<string, double> after, string series) =>
        after.ValueOrZero(series) - before.ValueOrZero(series);

    /// <summary>The change of a counter summed over all its label sets.</summary>
    private static double SumDelta(Dictionary<string, double> before, Dictionary<string, double> after, string name) =>
        after.Where(s => IsSeriesOf(s.Key, name)).Sum(s => s.Value) - before.Where(s => IsSeriesOf(s.Key, name)).Sum(s => s.Value);

    private static bool IsSeriesOf(string series, string name) => series == name || series.StartsWith(name + "{", StringComparison.Ordinal);
}
