using System.Text.Json;
using System.Text.Json.Nodes;

using BenchmarkDotNet.Attributes;

using Injector.Core.Admission;
using Injector.Core.Config;

namespace Injector.Benchmarks;

/// <summary>
/// One admission as the webhook serves it, minus HTTP: AdmissionReview bytes in, decode, inject, diff, and the
/// answering AdmissionReview's bytes out.
/// </summary>
[MemoryDiagnoser]
public class AdmissionBenchmarks
{
    private static readonly IReadOnlyDictionary<string, string> NoProxyEnvironment = new Dictionary<string, string>();

    private InjectionSettings _settings = null!;
    private byte[] _typicalReview = [];

    [GlobalSetup]
    public void Setup()
    {
        _settings = BenchData.Settings;
        var review = new JsonObject
        {
            ["apiVersion"] = "admission.k8s.io/v1",
            ["kind"] = "AdmissionReview",
            ["request"] = new JsonObject
            {
                ["uid"] = "705ab4f5-6393-11e8-b7cc-42010a800002",
                ["kind"] = new JsonObject { ["group"] = string.Empty, ["version"] = "v1", ["kind"] = "Pod" },
                ["resource"] = new JsonObject { ["group"] = string.Empty, ["version"] = "v1", ["resource"] = "pods" },
                ["namespace"] = "bookinfo",
                ["operation"] = "CREATE",
                ["userInfo"] = new JsonObject { ["username"] = "system:serviceaccount:kube-system:replicaset-controller" },
                ["object"] = BenchData.TypicalPod(),
            },
        };
        _typicalReview = JsonSerializer.SerializeToUtf8Bytes(review);
        byte[] answer = AdmitTypical();
        if (JsonNode.Parse(answer)?["response"]?["patch"] is null)
        {
            throw new InvalidOperationException($"the bench review got no patch: {System.Text.Encoding.UTF8.GetString(answer)}");
        }
    }

    [Benchmark]
    public byte[] AdmitTypical()
    {
        AdmissionReview review = JsonSerializer.Deserialize(_typicalReview, AdmissionJsonContext.Default.AdmissionReview)!;
        AdmissionRequest request = review.Request!;
        AdmissionDecision decision = AdmissionHandler.Handle(_settings, request, NoProxyEnvironment);
        AdmissionReview answer = AdmissionReview.Answer(review.ApiVersion!, decision.Response);
        return JsonSerializer.SerializeToUtf8Bytes(answer, AdmissionJsonContext.Default.AdmissionReview);
    }
}
