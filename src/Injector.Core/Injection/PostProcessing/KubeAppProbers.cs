using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using Injector.Core.Templating.Functions.Encoding;

namespace Injector.Core.Injection.PostProcessing;

/// <summary>
/// The ISTIO_KUBE_APP_PROBERS map: agent path (<c>/app-health/&lt;container&gt;/readyz</c>, ...) to the check the
/// agent performs. Written like a Go map: keys in ordinal order.
/// </summary>
internal sealed class KubeAppProbers
{
    private readonly SortedDictionary<string, AppProber> _probers = new(StringComparer.Ordinal);

    public int Count => _probers.Count;

    public IReadOnlyDictionary<string, AppProber> Entries => _probers;

    /// <summary>
    /// Collects the checks of every non-proxy container (init containers first, so a regular container wins a
    /// name clash). Named ports are resolved against the container's ports; a check whose named port is unknown,
    /// or whose numeric port already is the status port (an earlier injection rewrote it), is left out.
    /// </summary>
    public static KubeAppProbers Collect(JsonObject pod, long statusPort)
    {
        var result = new KubeAppProbers();
        foreach (var container in PodNodes.Containers(pod, "initContainers").Concat(PodNodes.Containers(pod, "containers")))
        {
            string name = PodNodes.Name(container);
            if (name == PodNodes.ProxyContainerName)
            {
                continue;
            }

            var ports = NamedPorts(container);
            var urls = AgentUrls.For(name);
            result.Add(urls.Readiness, AppProber.FromProbe(container["readinessProbe"]), ports, statusPort);
            result.Add(urls.Liveness, AppProber.FromProbe(container["livenessProbe"]), ports, statusPort);
            result.Add(urls.Startup, AppProber.FromProbe(container["startupProbe"]), ports, statusPort);
            if (container["lifecycle"] is JsonObject lifecycle)
            {
                result.Add(urls.PreStop, AppProber.FromLifecycleHandler(lifecycle["preStop"]), ports, statusPort);
                result.Add(urls.PostStart, AppProber.FromLifecycleHandler(lifecycle["postStart"]), ports, statusPort);
            }
        }

        return result;
    }

    /// <summary>Parses an existing env value; null when it is not a JSON object (Istio then leaves the env alone).</summary>
    public static KubeAppProbers? Parse(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }

        if (node is not JsonObject map)
        {
            return null;
        }

        var result = new KubeAppProbers();
        foreach (var (path, entry) in map)
        {
            if (AppProber.FromJson(entry) is { } prober)
            {
                result._probers[path] = prober;
            }
        }

        return result;
    }

    /// <summary>Adds the other map's entries, which win on equal paths.</summary>
    public void OverwriteWith(KubeAppProbers other)
    {
        foreach (var (path, prober) in other._probers)
        {
            _probers[path] = prober;
        }
    }

    public string ToJson()
    {
        var builder = new StringBuilder();
        builder.Append('{');
        bool first = true;
        foreach (var (path, prober) in _probers)
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            GoJsonWriter.AppendString(builder, path);
            builder.Append(':');
            prober.WriteTo(builder);
        }

        builder.Append('}');
        return builder.ToString();
    }

    private void Add(string path, AppProber? prober, Dictionary<string, long> namedPorts, long statusPort)
    {
        if (prober is null)
        {
            return;
        }

        // gRPC ports are always numbers and are recorded as they are.
        if (prober.Kind != "grpc")
        {
            var port = prober.Action["port"];
            if (PodNodes.StringOf(port) is { } portName)
            {
                if (!namedPorts.TryGetValue(portName, out long resolved))
                {
                    return;
                }

                prober = prober.WithPort(resolved);
            }
            else if ((PodNodes.IntegerOf(port) ?? 0) == statusPort)
            {
                return;
            }
        }

        _probers[path] = prober;
    }

    private static Dictionary<string, long> NamedPorts(JsonObject container)
    {
        var ports = new Dictionary<string, long>(StringComparer.Ordinal);
        if (container["ports"] is JsonArray list)
        {
            foreach (var port in list)
            {
                if (PodNodes.StringOf(port?["name"]) is { Length: > 0 } name)
                {
                    ports[name] = PodNodes.IntegerOf(port?["containerPort"]) ?? 0;
                }
            }
        }

        return ports;
    }
}
