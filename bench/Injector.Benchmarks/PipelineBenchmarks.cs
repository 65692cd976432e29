using BenchmarkDotNet.Attributes;

using Injector.Core.Config;
using Injector.Core.Injection;

namespace Injector.Benchmarks;

/// <summary>The whole injection (policy, template data, render, merge, post-process) for one pod.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private InjectionSettings _settings = null!;
    private InjectionRequest _typical = null!;
    private InjectionRequest _largeEnv = null!;

    [GlobalSetup]
    public void Setup()
    {
        _settings = BenchData.Settings;
        _typical = BenchData.WebhookRequest(BenchData.TypicalPod());
        _largeEnv = BenchData.WebhookRequest(BenchData.LargeEnvPod());
        foreach (InjectionRequest request in (InjectionRequest[])[_typical, _largeEnv])
        {
            InjectionResult result = InjectionPipeline.Inject(_settings, request);
            if (result.Outcome != InjectionOutcome.Injected)
            {
                throw new InvalidOperationException($"the bench pod was not injected: {result.Message}");
            }
        }
    }

    [Benchmark]
    public InjectionResult InjectTypical() => InjectionPipeline.Inject(_settings, _typical);

    [Benchmark]
    public InjectionResult InjectLargeEnv() => InjectionPipeline.Inject(_settings, _largeEnv);
}
