using System.Text.Json.Nodes;

using Injector.Core.Templating;

namespace Injector.Core.Injection.TemplateData;

/// <summary>
/// A Kubernetes Go struct type as templates see it: its name and the fields whose zero values matter. Fields not
/// listed still resolve, by their JSON name, with nil when absent.
/// </summary>
internal sealed class KubeType
{
    private readonly Dictionary<string, KubeField> _fields = new(StringComparer.Ordinal);

    public KubeType(string typeName, Func<KubeType, JsonObject?, ITemplateObject>? factory = null)
    {
        TypeName = typeName;
        Factory = factory ?? ((type, json) => new KubeObjectView(type, json));
    }

    public string TypeName { get; }

    public Func<KubeType, JsonObject?, ITemplateObject> Factory { get; }

    public KubeType Field(string goName, KubeFieldKind kind, KubeType? type = null)
    {
        _fields[goName] = new KubeField(GoNames.ToJsonName(goName), kind, type);
        return this;
    }

    public KubeType Field(string goName, string jsonName, KubeFieldKind kind, KubeType? type = null)
    {
        _fields[goName] = new KubeField(jsonName, kind, type);
        return this;
    }

    public bool TryGetField(string goName, out KubeField field) => _fields.TryGetValue(goName, out field!);

    public ITemplateObject Create(JsonObject? json) => Factory(this, json);
}
