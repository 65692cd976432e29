namespace Injector.Core.Telemetry;

/// <summary>Names shared by every instrument, activity source and bucket layout the injector reports with.</summary>
public static class InjectorTelemetry
{
    /// <summary>The name of the injector's <see cref="System.Diagnostics.Metrics.Meter"/> and <see cref="System.Diagnostics.ActivitySource"/>.</summary>
    public const string Name = "Injector";

    /// <summary>
    /// Histogram bounds in seconds for admission and phase durations. Istio's start at 100 ms, above a whole admission
    /// here; these resolve tenths of a millisecond and still reach the API server's 10 s webhook timeout.
    /// </summary>
    public static IReadOnlyList<double> DurationBucketsSeconds { get; } =
        [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
}
