using System.Globalization;

using Injector.Core.Templating.Formatting;

using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Istio;

/// <summary>Istio's port and interface functions for the iptables annotations.</summary>
internal static class IstioPorts
{
    public static void Register(TemplateFunctionMap map)
    {
        map.Set("excludeInboundPort", static a =>
        {
            Exactly(a, 2, "excludeInboundPort");
            return ExcludeInboundPort(GoFormat.Sprint(a[0]).Trim(), String(a, 1));
        });
        map.Set("includeInboundPorts", static a =>
        {
            Exactly(a, 1, "includeInboundPorts");
            return ContainerPorts(a[0], static _ => true);
        });
        map.Set("applicationPorts", static a =>
        {
            Exactly(a, 1, "applicationPorts");
            return ContainerPorts(a[0], static c => Member(c, "Name") as string != "istio-proxy");
        });
        map.Set("kubevirtInterfaces", static a =>
        {
            Exactly(a, 1, "kubevirtInterfaces");
            return String(a, 0);
        });
        map.Set("excludeInterfaces", static a =>
        {
            Exactly(a, 1, "excludeInterfaces");
            return String(a, 0);
        });
    }

    private static string ExcludeInboundPort(string port, string excluded)
    {
        if (port.Length == 0 || port == "0")
        {
            return excluded;
        }

        var kept = new List<string>();
        foreach (string item in excluded.Split(','))
        {
            // Istio compares before trimming, so " 15020" does not count as already excluded.
            if (item == port)
            {
                return excluded;
            }

            string trimmed = item.Trim();
            if (trimmed.Length > 0)
            {
                kept.Add(trimmed);
            }
        }

        kept.Add(port);
        return string.Join(',', kept);
    }

    // TCP ports of the selected containers, in order; UDP and SCTP ports are left out.
    private static string ContainerPorts(object? containers, Func<ITemplateObject, bool> include)
    {
        if (containers is null)
        {
            return string.Empty;
        }

        if (!FunctionValues.TryList(containers, out var list))
        {
            throw WrongType("[]v1.Container", containers);
        }

        var parts = new List<string>();
        foreach (var item in list)
        {
            if (item is not ITemplateObject container || !include(container))
            {
                continue;
            }

            if (!FunctionValues.TryList(Member(container, "Ports"), out var ports))
            {
                continue;
            }

            foreach (var port in ports.OfType<ITemplateObject>())
            {
                string protocol = FunctionValues.ToDisplayString(Member(port, "Protocol") ?? string.Empty);
                if (protocol is "UDP" or "SCTP")
                {
                    continue;
                }

                parts.Add(FunctionValues.ToInt64(Member(port, "ContainerPort")).ToString(CultureInfo.InvariantCulture));
            }
        }

        return string.Join(',', parts);
    }

    /// <summary>A member of a Go struct view, or nil when it has none.</summary>
    internal static object? Member(ITemplateObject obj, string name) => obj.TryGetMember(name, out var value) ? value : null;
}
