using System.Text.Json.Nodes;

namespace Injector.Webhook.Endpoints;

/// <summary>
/// Looks up the namespace object of an admitted pod (OpenShift derives the proxy's uid/gid from its annotations).
/// </summary>
internal interface INamespaceObjectSource
{
    /// <summary>The namespace object, or null when it is not known.</summary>
    JsonObject? Find(string namespaceName);
}
