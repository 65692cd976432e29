using System.Collections.Concurrent;
using System.Diagnostics;

using Injector.Core.Telemetry;

namespace Injector.Webhook.Tests.Telemetry;

/// <summary>Records every finished span of the injector's activity source while it lives.</summary>
internal sealed class ActivityRecorder : IDisposable
{
    private readonly ActivityListener listener;
    private readonly ConcurrentQueue<Activity> stopped = new();

    public ActivityRecorder()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == InjectorTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>Spans of one trace; other tests may be tracing in parallel.</summary>
    public IReadOnlyList<Activity> InTrace(ActivityTraceId traceId) => stopped.Where(a => a.TraceId == traceId).ToList();

    public void Dispose() => listener.Dispose();
}
