using System.Text.Json.Nodes;

namespace Injector.Webhook.Endpoints;

/// <summary>The default lookup: namespace objects are not read, so templates see none.</summary>
internal sealed class NoNamespaceObjects : INamespaceObjectSource
{
    public JsonObject? Find(string namespaceName) => null;
}
