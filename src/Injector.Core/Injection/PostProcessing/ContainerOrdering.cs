using System.Text.Json.Nodes;

namespace Injector.Core.Injection.PostProcessing;

/// <summary>
/// Puts injected containers where they must run. Regular containers: the proxy last, so <c>kubectl exec</c> and
/// logs default to the application, or first when the application must wait for the proxy. Init containers with
/// a native (init) proxy: iptables setup, validation, proxy, core-dump helper, then the user's, so the user's init
/// containers are already in the mesh. Without it: validation first to block everything, the user's, then
/// iptables setup and the core-dump helper last so earlier init containers are not cut off.
/// </summary>
internal static class ContainerOrdering
{
    public static void Apply(JsonObject pod, bool holdApplicationUntilProxyStarts)
    {
        if (PodNodes.Spec(pod) is not { } spec)
        {
            return;
        }

        if (spec["containers"] is JsonArray containers)
        {
            Move(containers, PodNodes.ProxyContainerName, first: holdApplicationUntilProxyStarts);
        }

        if (spec["initContainers"] is not JsonArray init)
        {
            return;
        }

        if (init.OfType<JsonObject>().Any(c => PodNodes.Name(c) == PodNodes.ProxyContainerName))
        {
            Move(init, PodNodes.EnableCoreDumpName, first: true);
            Move(init, PodNodes.ProxyContainerName, first: true);
            Move(init, PodNodes.ValidationContainerName, first: true);
            Move(init, PodNodes.InitContainerName, first: true);
        }
        else
        {
            Move(init, PodNodes.ValidationContainerName, first: true);
            Move(init, PodNodes.InitContainerName, first: false);
            Move(init, PodNodes.EnableCoreDumpName, first: false);
        }
    }

    /// <summary>
    /// Moves the named container to one end; the others keep their order. Like Istio, duplicates of the name
    /// collapse into the last of them. A list without the name is left as it is.
    /// </summary>
    private static void Move(JsonArray list, string name, bool first)
    {
        JsonNode? match = null;
        var rest = new List<JsonNode?>(list.Count);
        foreach (var node in list)
        {
            if (node is JsonObject container && PodNodes.Name(container) == name)
            {
                match = node;
            }
            else
            {
                rest.Add(node);
            }
        }

        if (match is null)
        {
            return;
        }

        list.Clear();
        if (first)
        {
            list.Add(match);
        }

        foreach (var node in rest)
        {
            list.Add(node);
        }

        if (!first)
        {
            list.Add(match);
        }
    }
}
