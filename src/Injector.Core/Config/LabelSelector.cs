using System.Text.Json.Nodes;

namespace Injector.Core.Config;

/// <summary>A Kubernetes label selector (<c>matchLabels</c> and <c>matchExpressions</c>, all of which must hold).</summary>
public sealed class LabelSelector
{
    /// <summary>Creates a selector.</summary>
    public LabelSelector(IReadOnlyDictionary<string, string> matchLabels, IReadOnlyList<LabelSelectorRequirement> matchExpressions)
    {
        MatchLabels = matchLabels;
        MatchExpressions = matchExpressions;
    }

    /// <summary>Labels that must be present with these values.</summary>
    public IReadOnlyDictionary<string, string> MatchLabels { get; }

    /// <summary>Expressions that must all hold.</summary>
    public IReadOnlyList<LabelSelectorRequirement> MatchExpressions { get; }

    /// <summary>An empty selector selects nothing here: Istio skips it rather than matching every pod.</summary>
    public bool IsEmpty => MatchLabels.Count == 0 && MatchExpressions.Count == 0;

    /// <summary>False when an expression is malformed; Istio logs such a selector and ignores it.</summary>
    public bool IsValid => MatchExpressions.All(e => e.IsValid);

    /// <summary>Whether the selector is usable and matches <paramref name="labels"/>.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (IsEmpty || !IsValid)
        {
            return false;
        }

        foreach (var (key, value) in MatchLabels)
        {
            if (!labels.TryGetValue(key, out string? actual) || actual != value)
            {
                return false;
            }
        }

        return MatchExpressions.All(e => e.Matches(labels));
    }

    /// <summary>Reads a selector from its JSON form; throws <see cref="InvalidDataException"/> when it is not one.</summary>
    public static LabelSelector FromJson(JsonNode? node)
    {
        if (node is null)
        {
            return new LabelSelector(new Dictionary<string, string>(), []);
        }

        if (node is not JsonObject obj)
        {
            throw new InvalidDataException("a label selector must be a mapping");
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (obj["matchLabels"] is JsonObject matchLabels)
        {
            foreach (var (key, value) in matchLabels)
            {
                labels[key] = JsonScalar.ToText(value);
            }
        }

        var expressions = new List<LabelSelectorRequirement>();
        if (obj["matchExpressions"] is JsonArray matchExpressions)
        {
            foreach (JsonNode? item in matchExpressions)
            {
                if (item is not JsonObject expression)
                {
                    throw new InvalidDataException("a matchExpressions entry must be a mapping");
                }

                var values = expression["values"] is JsonArray array ? array.Select(JsonScalar.ToText).ToList() : [];
                expressions.Add(new LabelSelectorRequirement(
                    JsonScalar.ToText(expression["key"]),
                    JsonScalar.ToText(expression["operator"]),
                    values));
            }
        }

        return new LabelSelector(labels, expressions);
    }
}
