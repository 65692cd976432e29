using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Injector.Core.Telemetry;

/// <summary>
/// The <c>sidecar_injection_phase_duration_seconds{phase}</c> histogram. The pipeline is static and shared by the
/// webhook and the CLI, so its meter is a process-wide one rather than one from a host's meter factory; while no
/// listener is attached a phase costs one flag check, not even a timestamp.
/// </summary>
public static class InjectionPhaseMetrics
{
    /// <summary>The instrument's name.</summary>
    public const string PhaseDurationName = "sidecar_injection_phase_duration_seconds";

    /// <summary>The process-wide meter the phase histogram belongs to (named <see cref="InjectorTelemetry.Name"/>).</summary>
    public static Meter Meter { get; } = new(InjectorTelemetry.Name);

    // Declared after the meter: static initialisers run in text order.
    private static readonly Histogram<double> PhaseDuration = Meter.CreateHistogram(
        PhaseDurationName,
        unit: "s",
        description: "Time taken by each phase of a sidecar injection (decode, render, merge, diff) in seconds.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = InjectorTelemetry.DurationBucketsSeconds });

    /// <summary>Starts timing <paramref name="phase"/> (one of <see cref="InjectionPhase"/>); disposing records it.</summary>
    /// <remarks>With no listener the timer is empty and its disposal does nothing: the clock is never read.</remarks>
    public static PhaseTimer Start(string phase) => PhaseDuration.Enabled ? new(phase, Stopwatch.GetTimestamp()) : default;

    /// <summary>Records a phase measured elsewhere.</summary>
    public static void Record(string phase, TimeSpan elapsed) =>
        PhaseDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("phase", phase));
}
