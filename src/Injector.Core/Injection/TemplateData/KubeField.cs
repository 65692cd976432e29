namespace Injector.Core.Injection.TemplateData;

/// <summary>One field of a Kubernetes Go type: its JSON name, shape and (for structs) element type.</summary>
internal sealed record KubeField(string JsonName, KubeFieldKind Kind, KubeType? Type = null);
