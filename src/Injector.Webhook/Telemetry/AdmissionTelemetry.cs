using System.Diagnostics;

namespace Injector.Webhook.Telemetry;

/// <summary>Starts the telemetry of each admission request: its span, its count and its clock.</summary>
internal sealed class AdmissionTelemetry(InjectorMetrics metrics, TimeProvider timeProvider)
{
    /// <summary>The W3C trace context header.</summary>
    public const string TraceParentHeader = "traceparent";

    /// <summary>The W3C vendor trace state header.</summary>
    public const string TraceStateHeader = "tracestate";

    /// <summary>Begins observing a request whose headers are <paramref name="headers"/>; dispose the result when the answer is written.</summary>
    public AdmissionObservation Begin(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var ambient = Activity.Current;
        var activity = InjectorActivitySource.StartAdmission(headers[TraceParentHeader], headers[TraceStateHeader]);
        metrics.RequestReceived();
        return new AdmissionObservation(metrics, timeProvider, activity, ambient);
    }
}
