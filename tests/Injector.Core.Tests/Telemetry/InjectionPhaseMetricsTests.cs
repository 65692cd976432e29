using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;

using Injector.Core.Config;
using Injector.Core.Injection;
using Injector.Core.Telemetry;

namespace Injector.Core.Tests.Telemetry;

public class InjectionPhaseMetricsTests
{
    private static readonly InjectionSettings s_settings = InjectionSettings.Load(new InjectionSettingsSource
    {
        Config = """
            policy: enabled
            templates:
              sidecar: |
                spec:
                  containers:
                  - name: istio-proxy
                    image: proxy
            """,
    });

    [Fact]
    public void Inject_WithAListener_RecordsTheRenderAndMergePhases()
    {
        var phases = new ConcurrentBag<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == InjectionPhaseMetrics.Meter && instrument.Name == InjectionPhaseMetrics.PhaseDurationName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, seconds, tags, _) =>
        {
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                if (tag.Key == "phase" && seconds >= 0)
                {
                    phases.Add((string)tag.Value!);
                }
            }
        });
        listener.Start();

        InjectionResult result = InjectionPipeline.Inject(s_settings, new InjectionRequest
        {
            Pod = (JsonObject)JsonNode.Parse("""{"metadata": {"name": "p"}, "spec": {"containers": [{"name": "app"}]}}""")!,
            Namespace = "apps",
        });

        Assert.Equal(InjectionOutcome.Injected, result.Outcome);
        Assert.Contains(InjectionPhase.Render, phases);
        Assert.Contains(InjectionPhase.Merge, phases);
    }
}
