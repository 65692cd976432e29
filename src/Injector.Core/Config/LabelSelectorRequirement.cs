namespace Injector.Core.Config;

/// <summary>One <c>matchExpressions</c> entry of a Kubernetes label selector.</summary>
/// <param name="Key">The label key.</param>
/// <param name="Operator"><c>In</c>, <c>NotIn</c>, <c>Exists</c> or <c>DoesNotExist</c>.</param>
/// <param name="Values">The values for <c>In</c>/<c>NotIn</c>.</param>
public sealed record LabelSelectorRequirement(string Key, string Operator, IReadOnlyList<string> Values)
{
    /// <summary>Whether the requirement is well formed, as Kubernetes validates it.</summary>
    public bool IsValid => Operator switch
    {
        "In" or "NotIn" => Values.Count > 0,
        "Exists" or "DoesNotExist" => Values.Count == 0,
        _ => false,
    };

    /// <summary>Whether <paramref name="labels"/> satisfy the requirement.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        bool present = labels.TryGetValue(Key, out string? value);
        return Operator switch
        {
            "In" => present && Values.Contains(value!),
            "NotIn" => !present || !Values.Contains(value!),
            "Exists" => present,
            "DoesNotExist" => !present,
            _ => false,
        };
    }
}
