using System.Text.Json;

using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Istio;

/// <summary>Istio's text functions: indent (not the first line), contains (needle first), toLower, directory,
/// formatDuration, appendMultusNetwork and env (through a lookup that never reads the real environment by default).</summary>
internal static class IstioText
{
    public static void Register(TemplateFunctionMap map, Func<string, string?>? environment)
    {
        map.Set("indent", static a =>
        {
            Exactly(a, 2, "indent");
            int spaces = Int(a, 0);
            string pad = new(' ', Math.Max(0, spaces));
            return String(a, 1).Replace("\n", "\n" + pad, StringComparison.Ordinal);
        });
        map.Set("contains", static a =>
        {
            Exactly(a, 2, "contains");
            return String(a, 1).Contains(String(a, 0), StringComparison.Ordinal);
        });
        map.Set("toLower", static a =>
        {
            Exactly(a, 1, "toLower");
            return String(a, 0).ToLowerInvariant();
        });
        map.Set("directory", static a =>
        {
            Exactly(a, 1, "directory");
            return Sprig.GoPath.Split(String(a, 0)).Dir;
        });
        map.Set("formatDuration", static a =>
        {
            Exactly(a, 1, "formatDuration");
            return GoDuration.Format(GoDuration.FromProto(a[0]));
        });
        map.Set("appendMultusNetwork", static a =>
        {
            Exactly(a, 2, "appendMultusNetwork");
            return AppendMultusNetwork(String(a, 0), String(a, 1));
        });
        map.Set("env", a =>
        {
            Exactly(a, 2, "env");
            string key = String(a, 0);
            string fallback = String(a, 1);
            string? value = environment?.Invoke(key);
            return string.IsNullOrEmpty(value) ? fallback : value;
        });
    }

    private static string AppendMultusNetwork(string existing, string network)
    {
        if (existing.Length == 0)
        {
            return network;
        }

        int close = existing.LastIndexOf(']');
        if (close >= 0)
        {
            return AppendToJsonList(existing, network, close);
        }

        foreach (string item in existing.Split(','))
        {
            if (item.Trim() == network)
            {
                return existing;
            }
        }

        return existing + ", " + network;
    }

    private static string AppendToJsonList(string existing, string network, int close)
    {
        List<Dictionary<string, JsonElement>>? networks;
        try
        {
            networks = JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(existing);
        }
        catch (JsonException)
        {
            // Istio leaves an annotation it cannot read as it is.
            return existing;
        }

        int slash = network.IndexOf('/', StringComparison.Ordinal);
        string ns = slash >= 0 ? network[..slash] : string.Empty;
        string name = slash >= 0 ? network[(slash + 1)..] : network;
        foreach (var entry in networks ?? [])
        {
            if (entry is null || !entry.TryGetValue("name", out var n) || n.ValueKind != JsonValueKind.String || n.GetString() != name)
            {
                continue;
            }

            // A missing or null namespace counts as "", as Go's nil interface defaulting does.
            string? entryNs = !entry.TryGetValue("namespace", out var raw) || raw.ValueKind == JsonValueKind.Null ? string.Empty
                : raw.ValueKind == JsonValueKind.String ? raw.GetString() : null;
            if (entryNs == ns)
            {
                return existing;
            }
        }

        string addition = ns.Length == 0
            ? $", {{\"name\": \"{name}\"}}"
            : $", {{\"name\": \"{name}\", \"namespace\": \"{ns}\"}}";
        return existing[..close] + addition + existing[close..];
    }
}
