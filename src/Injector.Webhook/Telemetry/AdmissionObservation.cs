using System.Diagnostics;

using Injector.Core.Admission;
using Injector.Core.Injection;

namespace Injector.Webhook.Telemetry;

/// <summary>
/// One admission request as telemetry sees it. Exactly one outcome is recorded (the first reported); disposing records
/// the duration and ends the span, and a request disposed without an outcome counts as an internal failure, so that
/// success, skip and failure always add up to the requests.
/// </summary>
internal sealed class AdmissionObservation : IDisposable
{
    /// <summary>The skip reason of requests that are not a pod being created, which the handler admits untouched.</summary>
    public const string NotPodCreateReason = "NotPodCreate";

    private readonly InjectorMetrics metrics;
    private readonly TimeProvider timeProvider;
    private readonly Activity? ambient;
    private readonly long started;
    private bool outcomeRecorded;
    private bool disposed;

    public AdmissionObservation(InjectorMetrics metrics, TimeProvider timeProvider, Activity? activity, Activity? ambient)
    {
        this.metrics = metrics;
        this.timeProvider = timeProvider;
        started = timeProvider.GetTimestamp();
        this.ambient = ambient;
        Activity = activity;
    }

    /// <summary>The request's span; null when nothing listens.</summary>
    public Activity? Activity { get; }

    /// <summary>Time since the request was received.</summary>
    public TimeSpan Elapsed => timeProvider.GetElapsedTime(started);

    /// <summary>Records the handler's answer: the decision's kind picks the counter, its pipeline result the reason.</summary>
    public void Completed(AdmissionDecision decision, string uid, string @namespace)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var injection = decision.Injection;
        switch (decision.Kind)
        {
            case AdmissionDecisionKind.Injected:
                Injected(uid, @namespace, decision.PodName, injection?.Reason.ToString() ?? string.Empty, injection?.Templates ?? []);
                break;
            case AdmissionDecisionKind.Skipped:
                Skipped(uid, @namespace, decision.PodName, "skipped", injection?.Reason.ToString() ?? string.Empty);
                break;
            case AdmissionDecisionKind.Ignored:
                Skipped(uid, @namespace, decision.PodName, "ignored", NotPodCreateReason);
                break;
            default:
                // Without a pipeline result the handler refused on its own: a request without a pod (400) or an exception (500).
                var reason = injection?.Reason.ToString()
                    ?? (decision.Response.Status?.Code >= 500 ? RejectionReasons.InternalError : nameof(InjectionReason.InvalidPod));
                Failed(uid, @namespace, decision.PodName, reason, decision.Response.Status?.Message ?? reason);
                break;
        }
    }

    /// <summary>The request could not be read as an AdmissionReview (wrong content type, empty, too large, malformed).</summary>
    public void Rejected(string reason, string message)
    {
        if (TryRecordOutcome())
        {
            metrics.Failed(reason);
            Tag("failed", reason);
            Activity?.SetStatus(ActivityStatusCode.Error, message);
        }
    }

    /// <summary>The pod was injected and the answer carries a patch.</summary>
    public void Injected(string uid, string @namespace, string pod, string reason, IReadOnlyList<string> templates)
    {
        if (TryRecordOutcome())
        {
            metrics.Injected();
            Tag(uid, @namespace, pod, "injected", reason);
            Activity?.SetTag(InjectorActivitySource.TemplatesAttribute, templates.ToArray());
        }
    }

    /// <summary>The request was admitted untouched; <paramref name="decision"/> says which way (skipped, ignored).</summary>
    public void Skipped(string uid, string @namespace, string pod, string decision, string reason)
    {
        if (TryRecordOutcome())
        {
            metrics.Skipped(reason);
            Tag(uid, @namespace, pod, decision, reason);
        }
    }

    /// <summary>The pod should have been injected but could not be; it is refused.</summary>
    public void Failed(string uid, string @namespace, string pod, string reason, string message)
    {
        if (TryRecordOutcome())
        {
            metrics.Failed(reason);
            Tag(uid, @namespace, pod, "failed", reason);
            Activity?.SetStatus(ActivityStatusCode.Error, message);
        }
    }

    /// <summary>Records the duration, ends the span and restores the activity that was current before it.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (TryRecordOutcome())
        {
            metrics.Failed(RejectionReasons.InternalError);
            Tag("failed", RejectionReasons.InternalError);
            Activity?.SetStatus(ActivityStatusCode.Error, "the request ended without an answer");
        }

        metrics.RecordDuration(Elapsed);
        if (Activity is not null)
        {
            Activity.Stop();
            Activity.Current = ambient;
        }
    }

    private bool TryRecordOutcome()
    {
        if (outcomeRecorded)
        {
            return false;
        }

        outcomeRecorded = true;
        return true;
    }

    private void Tag(string uid, string @namespace, string pod, string decision, string reason)
    {
        Activity?.SetTag(InjectorActivitySource.UidAttribute, uid);
        Activity?.SetTag(InjectorActivitySource.NamespaceAttribute, @namespace);
        Activity?.SetTag(InjectorActivitySource.PodAttribute, pod);
        Tag(decision, reason);
    }

    private void Tag(string decision, string reason)
    {
        Activity?.SetTag(InjectorActivitySource.DecisionAttribute, decision);
        Activity?.SetTag(InjectorActivitySource.ReasonAttribute, reason);
    }
}
