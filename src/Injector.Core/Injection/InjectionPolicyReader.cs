using System.Text.Json.Nodes;

using Injector.Core.Injection.Policy;

namespace Injector.Core.Injection;

/// <summary>Reads a pod's labels and annotations as string maps.</summary>
internal static class InjectionPolicyReader
{
    public static IReadOnlyDictionary<string, string> Labels(JsonObject pod) => Map(pod["metadata"]?["labels"]);

    public static IReadOnlyDictionary<string, string> Annotations(JsonObject pod) => Map(pod["metadata"]?["annotations"]);

    public static IReadOnlyDictionary<string, string> Map(JsonNode? node) => InjectionPolicyEvaluator.ReadMap(node);
}
