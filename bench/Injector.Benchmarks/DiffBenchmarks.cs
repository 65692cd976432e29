using System.Text.Json.Nodes;

using BenchmarkDotNet.Attributes;

using Injector.Core.Injection;
using Injector.Core.Patching;

namespace Injector.Benchmarks;

/// <summary>The RFC 6902 diff from a submitted pod to its injected form (its cost must not explode with pod size).</summary>
[MemoryDiagnoser]
public class DiffBenchmarks
{
    private JsonObject _typical = null!;
    private JsonNode _typicalInjected = null!;
    private JsonObject _largeEnv = null!;
    private JsonNode _largeEnvInjected = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_typical, _typicalInjected) = Inject(BenchData.TypicalPod());
        (_largeEnv, _largeEnvInjected) = Inject(BenchData.LargeEnvPod());
    }

    [Benchmark]
    public JsonArray DiffTypical() => JsonPatchDiff.Create(_typical, _typicalInjected);

    [Benchmark]
    public JsonArray DiffLargeEnv() => JsonPatchDiff.Create(_largeEnv, _largeEnvInjected);

    private static (JsonObject Pod, JsonNode Injected) Inject(JsonObject pod)
    {
        InjectionResult result = InjectionPipeline.Inject(BenchData.Settings, BenchData.WebhookRequest(pod));
        return (pod, result.Pod ?? throw new InvalidOperationException($"the bench pod was not injected: {result.Message}"));
    }
}
