using System.Diagnostics.Metrics;

using Injector.Core.Telemetry;

namespace Injector.Webhook.Telemetry;

/// <summary>
/// The webhook's instruments, on a <see cref="Meter"/> named <see cref="InjectorTelemetry.Name"/> from the host's meter
/// factory, named as Istio names them where Istio has one. Every admission request is counted once in
/// <c>sidecar_injection_requests_total</c> and once in exactly one of success (a patch was returned), skip (admitted
/// untouched) or failure (refused, or bad input), so the three add up to the requests; Istio also counts skipped
/// requests as successes, which makes its success rate say nothing about injection.
/// </summary>
internal sealed class InjectorMetrics
{
    /// <summary>Admission requests received.</summary>
    public const string RequestsName = "sidecar_injection_requests_total";

    /// <summary>Admission requests answered with an injection patch.</summary>
    public const string SuccessName = "sidecar_injection_success_total";

    /// <summary>Admission requests admitted without injection, by <c>reason</c>.</summary>
    public const string SkipName = "sidecar_injection_skip_total";

    /// <summary>Admission requests refused or unreadable, by <c>reason</c>.</summary>
    public const string FailureName = "sidecar_injection_failure_total";

    /// <summary>Time from receiving an admission request to having its answer, in seconds.</summary>
    public const string DurationName = "sidecar_injection_time_seconds";

    /// <summary>Reloads of the injection settings after a file change, by <c>result</c> (ok or failed).</summary>
    public const string ConfigReloadsName = "sidecar_injection_config_reloads_total";

    /// <summary>Seconds until the serving certificate expires (negative once it has).</summary>
    public const string CertificateExpiryName = "sidecar_injection_cert_expiry_seconds";

    private readonly TimeProvider timeProvider;
    private readonly Counter<long> requests;
    private readonly Counter<long> success;
    private readonly Counter<long> skip;
    private readonly Counter<long> failure;
    private readonly Counter<long> configReloads;
    private readonly Histogram<double> duration;
    private Func<DateTimeOffset?>? certificateNotAfter;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>, so each host has its own.</summary>
    public InjectorMetrics(IMeterFactory meterFactory, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.timeProvider = timeProvider;
        Meter = meterFactory.Create(InjectorTelemetry.Name);
        requests = Meter.CreateCounter<long>(RequestsName, description: "Total number of sidecar injection requests.");
        success = Meter.CreateCounter<long>(SuccessName, description: "Total number of sidecar injection requests answered with an injection patch.");
        skip = Meter.CreateCounter<long>(SkipName, description: "Total number of sidecar injection requests admitted without injection.");
        failure = Meter.CreateCounter<long>(FailureName, description: "Total number of failed sidecar injection requests.");
        configReloads = Meter.CreateCounter<long>(ConfigReloadsName, description: "Total number of injection settings reloads after a file change.");
        duration = Meter.CreateHistogram(
            DurationName,
            unit: "s",
            description: "Total time taken for injection in seconds.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = InjectorTelemetry.DurationBucketsSeconds });
        Meter.CreateObservableGauge(
            CertificateExpiryName,
            ObserveCertificateExpiry,
            unit: "s",
            description: "Seconds until the serving certificate expires.");
    }

    /// <summary>The meter the instruments belong to, scoped to the host's meter factory.</summary>
    public Meter Meter { get; }

    /// <summary>Counts an admission request as it arrives.</summary>
    public void RequestReceived() => requests.Add(1);

    /// <summary>Counts a request answered with an injection patch.</summary>
    public void Injected() => success.Add(1);

    /// <summary>Counts a request admitted without injection.</summary>
    public void Skipped(string reason) => skip.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>Counts a request refused or that could not be read.</summary>
    public void Failed(string reason) => failure.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>Records how long an admission request took.</summary>
    public void RecordDuration(TimeSpan elapsed) => duration.Record(elapsed.TotalSeconds);

    /// <summary>Counts a reload of the injection settings.</summary>
    public void ConfigReloaded(bool succeeded) =>
        configReloads.Add(1, new KeyValuePair<string, object?>("result", succeeded ? "ok" : "failed"));

    /// <summary>
    /// Feeds the certificate expiry gauge: <paramref name="notAfter"/> is asked on each collection for the serving
    /// certificate's end of validity (null while none is loaded, and the gauge then reports nothing).
    /// </summary>
    public void TrackCertificate(Func<DateTimeOffset?> notAfter) => Volatile.Write(ref certificateNotAfter, notAfter);

    private IEnumerable<Measurement<double>> ObserveCertificateExpiry()
    {
        if (Volatile.Read(ref certificateNotAfter)?.Invoke() is not { } notAfter)
        {
            return [];
        }

        return [new Measurement<double>((notAfter - timeProvider.GetUtcNow()).TotalSeconds)];
    }
}
