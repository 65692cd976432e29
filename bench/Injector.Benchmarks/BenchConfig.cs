using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Injector.Benchmarks;

/// <summary>
/// A short job sized for a small shared machine (2 cores): one process, a few warm-ups and ten measured iterations,
/// so the whole suite runs in a few minutes; allocations are always reported.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    /// <summary>Builds the default configuration with the short job.</summary>
    public BenchConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithId("Short2Core"));
        AddDiagnoser(MemoryDiagnoser.Default);

        // On a shared machine the mean carries other processes' load; median and minimum show the code's own cost.
        AddColumn(StatisticColumn.Median, StatisticColumn.Min);
    }
}
