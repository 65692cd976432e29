using System.Diagnostics;

using Injector.Webhook.Telemetry;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Injector.Webhook.Tests.Telemetry;

public sealed class AdmissionTelemetryTests : IDisposable
{
    private readonly ServiceProvider services = Build();

    private InjectorMetrics Metrics => services.GetRequiredService<InjectorMetrics>();

    private AdmissionTelemetry Telemetry => services.GetRequiredService<AdmissionTelemetry>();

    public void Dispose() => services.Dispose();

    [Fact]
    public void Outcomes_CountOnceEachAndAddUpToTheRequests()
    {
        using (var observation = Telemetry.Begin(new HeaderDictionary()))
        {
            observation.Injected("u1", "ns", "web", "PolicyEnabled", ["sidecar"]);
        }

        using (var observation = Telemetry.Begin(new HeaderDictionary()))
        {
            observation.Skipped("u2", "ns", "web", "skipped", "LabelDisabled");

            // A second report is ignored: one request, one outcome.
            observation.Failed("u2", "ns", "web", "TemplateError", "late");
        }

        using (var observation = Telemetry.Begin(new HeaderDictionary()))
        {
            observation.Rejected(RejectionReasons.EmptyBody, "no body found");
        }

        var samples = Scrape();
        Assert.Equal(3, samples[$"{InjectorMetrics.RequestsName}"]);
        Assert.Equal(1, samples[$"{InjectorMetrics.SuccessName}"]);
        Assert.Equal(1, samples[$"{InjectorMetrics.SkipName}{{reason=\"LabelDisabled\"}}"]);
        Assert.Equal(1, samples[$"{InjectorMetrics.FailureName}{{reason=\"EmptyBody\"}}"]);
        Assert.False(samples.ContainsKey($"{InjectorMetrics.FailureName}{{reason=\"TemplateError\"}}"));
        Assert.Equal(3, samples[$"{InjectorMetrics.DurationName}_count"]);
        Assert.Equal(3, samples[$"{InjectorMetrics.DurationName}_bucket{{le=\"+Inf\"}}"]);
    }

    [Fact]
    public void Observation_DisposedWithoutOutcome_CountsAnInternalError()
    {
        Telemetry.Begin(new HeaderDictionary()).Dispose();

        Assert.Equal(1, Scrape()[$"{InjectorMetrics.FailureName}{{reason=\"InternalError\"}}"]);
    }

    [Fact]
    public void Scrape_OtherHostInTheSameProcess_DoesNotCountIntoThisOne()
    {
        using var other = Build();
        using (var observation = other.GetRequiredService<AdmissionTelemetry>().Begin(new HeaderDictionary()))
        {
            observation.Injected("u", "ns", "web", "PolicyEnabled", []);
        }

        Assert.Equal(0, Scrape().ValueOrZero(InjectorMetrics.SuccessName));
        Assert.Equal(1, PrometheusSamples.Parse(other.GetRequiredService<TelemetryPipeline>().Prometheus.Scrape())[InjectorMetrics.SuccessName]);
    }

    [Fact]
    public void ConfigReloaded_CountsByResult()
    {
        Metrics.ConfigReloaded(succeeded: true);
        Metrics.ConfigReloaded(succeeded: true);
        Metrics.ConfigReloaded(succeeded: false);

        var samples = Scrape();
        Assert.Equal(2, samples[$"{InjectorMetrics.ConfigReloadsName}{{result=\"ok\"}}"]);
        Assert.Equal(1, samples[$"{InjectorMetrics.ConfigReloadsName}{{result=\"failed\"}}"]);
    }

    [Fact]
    public void CertificateExpiryGauge_ReportsSecondsUntilNotAfterOnlyOnceTracked()
    {
        var now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var clocked = Build(new FixedTimeProvider(now));
        var scrape = () => PrometheusSamples.Parse(clocked.GetRequiredService<TelemetryPipeline>().Prometheus.Scrape());
        Assert.False(scrape().ContainsKey(InjectorMetrics.CertificateExpiryName));

        DateTimeOffset? notAfter = now.AddHours(2);
        clocked.GetRequiredService<InjectorMetrics>().TrackCertificate(() => notAfter);
        Assert.Equal(7200, scrape()[InjectorMetrics.CertificateExpiryName]);

        notAfter = now.AddSeconds(-30);
        Assert.Equal(-30, scrape()[InjectorMetrics.CertificateExpiryName]);
    }

    [Fact]
    public void Begin_WithTraceparent_StartsAServerSpanParentedOnTheHeader()
    {
        using var recorder = new ActivityRecorder();
        var traceId = ActivityTraceId.CreateRandom();
        var parentSpanId = ActivitySpanId.CreateRandom();
        var headers = new HeaderDictionary
        {
            [AdmissionTelemetry.TraceParentHeader] = $"00-{traceId}-{parentSpanId}-01",
            [AdmissionTelemetry.TraceStateHeader] = "vendor=value",
        };

        using (var observation = Telemetry.Begin(headers))
        {
            observation.Injected("u1", "team-a", "web-", "PolicyEnabled", ["sidecar", "spire"]);
        }

        var span = Assert.Single(recorder.InTrace(traceId));
        Assert.Equal(parentSpanId, span.ParentSpanId);
        Assert.Equal(ActivityKind.Server, span.Kind);
        Assert.Equal("vendor=value", span.TraceStateString);
        Assert.Equal("team-a", span.GetTagItem(InjectorActivitySource.NamespaceAttribute));
        Assert.Equal("web-", span.GetTagItem(InjectorActivitySource.PodAttribute));
        Assert.Equal("injected", span.GetTagItem(InjectorActivitySource.DecisionAttribute));
        Assert.Equal("PolicyEnabled", span.GetTagItem(InjectorActivitySource.ReasonAttribute));
        Assert.Equal(new[] { "sidecar", "spire" }, span.GetTagItem(InjectorActivitySource.TemplatesAttribute));
    }

    [Fact]
    public void Begin_WithoutTraceparent_StartsANewTraceEvenInsideAnotherActivityAndRestoresIt()
    {
        using var recorder = new ActivityRecorder();
        using var ambient = new Activity("ambient").Start();

        Activity? span;
        using (var observation = Telemetry.Begin(new HeaderDictionary()))
        {
            span = observation.Activity;
            observation.Failed("u", "ns", "web", "TemplateError", "template failed");
        }

        Assert.NotNull(span);
        Assert.NotEqual(ambient.TraceId, span.TraceId);
        Assert.Equal(default, span.ParentSpanId);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("template failed", span.StatusDescription);
        Assert.Same(ambient, Activity.Current);
    }

    [Fact]
    public void Begin_WithMalformedTraceparent_StartsANewTrace()
    {
        using var recorder = new ActivityRecorder();
        using var observation = Telemetry.Begin(new HeaderDictionary { [AdmissionTelemetry.TraceParentHeader] = "00-not-a-trace-01" });

        Assert.NotNull(observation.Activity);
        Assert.Equal(default, observation.Activity.ParentSpanId);
    }

    [Fact]
    public void LogFormatJson_SelectsTheJsonConsoleFormatter()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(TelemetryServiceCollectionExtensions.LogFormatKey, "json")]).Build();
        using var provider = new ServiceCollection().AddLogging().AddInjectorTelemetry(configuration).BuildServiceProvider();

        Assert.Equal(ConsoleFormatterNames.Json, provider.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName);
    }

    private Dictionary<string, double> Scrape() => PrometheusSamples.Parse(services.GetRequiredService<TelemetryPipeline>().Prometheus.Scrape());

    private static ServiceProvider Build(TimeProvider? timeProvider = null)
    {
        var collection = new ServiceCollection().AddLogging();
        if (timeProvider is not null)
        {
            collection.AddSingleton(timeProvider);
        }

        return collection.AddInjectorTelemetry(new ConfigurationBuilder().Build()).BuildServiceProvider();
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
