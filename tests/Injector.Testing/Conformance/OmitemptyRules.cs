using System.Text.Json.Nodes;

namespace Injector.Testing.Conformance;

/// <summary>
/// The kit's <c>k8s-omitempty.yaml</c>: Kubernetes fields Go drops when they hold their zero value, either under
/// any parent or only inside a mapping that sits under a given key (<c>&lt;root&gt;</c> for the document itself).
/// </summary>
public sealed class OmitemptyRules
{
    /// <summary>The parent name used for top-level fields of a document.</summary>
    public const string Root = "<root>";

    private readonly HashSet<string> _anyParent;
    private readonly Dictionary<string, HashSet<string>> _underParent;

    /// <summary>Creates the rules from the two lists.</summary>
    public OmitemptyRules(IEnumerable<string> anyParent, IReadOnlyDictionary<string, IReadOnlyList<string>> underParent)
    {
        ArgumentNullException.ThrowIfNull(anyParent);
        ArgumentNullException.ThrowIfNull(underParent);
        _anyParent = new HashSet<string>(anyParent, StringComparer.Ordinal);
        _underParent = underParent.ToDictionary(p => p.Key, p => new HashSet<string>(p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>Reads the rules from the parsed <c>k8s-omitempty.yaml</c>.</summary>
    public static OmitemptyRules FromJson(JsonNode? document)
    {
        IEnumerable<string> any = (document?["anyParent"] as JsonArray ?? []).Select(n => n!.GetValue<string>());
        var under = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, JsonNode?> entry in document?["underParent"] as JsonObject ?? [])
        {
            under[entry.Key] = (entry.Value as JsonArray ?? []).Select(n => n!.GetValue<string>()).ToList();
        }

        return new OmitemptyRules(any, under);
    }

    /// <summary>True when a zero value of <paramref name="key"/> inside a mapping under <paramref name="parent"/> is dropped.</summary>
    public bool IsOmitted(string parent, string key) =>
        _anyParent.Contains(key) || (_underParent.TryGetValue(parent, out HashSet<string>? keys) && keys.Contains(key));
}
