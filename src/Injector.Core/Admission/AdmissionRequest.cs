using System.Text.Json.Nodes;

namespace Injector.Core.Admission;

/// <summary>The API server's question: an object being created or changed, with who asks and where.</summary>
public sealed class AdmissionRequest
{
    /// <summary>Identifies this admission call; the response must echo it.</summary>
    public string? Uid { get; set; }

    /// <summary>The kind of the object, e.g. <c>{"group":"","version":"v1","kind":"Pod"}</c>.</summary>
    public GroupVersionKind? Kind { get; set; }

    /// <summary>The resource being requested, e.g. <c>pods</c>.</summary>
    public GroupVersionResource? Resource { get; set; }

    /// <summary>The subresource, e.g. <c>status</c>; empty for the object itself.</summary>
    public string? SubResource { get; set; }

    /// <summary>The kind originally requested, when the API server converted it.</summary>
    public GroupVersionKind? RequestKind { get; set; }

    /// <summary>The resource originally requested, when the API server converted it.</summary>
    public GroupVersionResource? RequestResource { get; set; }

    /// <summary>The subresource originally requested.</summary>
    public string? RequestSubResource { get; set; }

    /// <summary>The object's name; often empty on CREATE when <c>generateName</c> is used.</summary>
    public string? Name { get; set; }

    /// <summary>The namespace of the object.</summary>
    public string? Namespace { get; set; }

    /// <summary>CREATE, UPDATE, DELETE or CONNECT.</summary>
    public string? Operation { get; set; }

    /// <summary>Who makes the request.</summary>
    public AdmissionUserInfo? UserInfo { get; set; }

    /// <summary>The object as submitted; kept as JSON so fields the injector does not know survive.</summary>
    public JsonNode? Object { get; set; }

    /// <summary>The existing object for UPDATE and DELETE.</summary>
    public JsonNode? OldObject { get; set; }

    /// <summary>Whether the request will not be persisted.</summary>
    public bool? DryRun { get; set; }

    /// <summary>The operation's options (e.g. <c>CreateOptions</c>).</summary>
    public JsonNode? Options { get; set; }
}
