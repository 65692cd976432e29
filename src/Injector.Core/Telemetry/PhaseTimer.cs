using System.Diagnostics;

namespace Injector.Core.Telemetry;

/// <summary>Times one phase from its creation to its disposal; see <see cref="InjectionPhaseMetrics.Start"/>.</summary>
public readonly struct PhaseTimer : IDisposable
{
    private readonly string phase;
    private readonly long started;

    internal PhaseTimer(string phase, long started)
    {
        this.phase = phase;
        this.started = started;
    }

    /// <summary>Records the time since the timer started.</summary>
    public void Dispose()
    {
        if (phase is not null)
        {
            InjectionPhaseMetrics.Record(phase, Stopwatch.GetElapsedTime(started));
        }
    }
}
