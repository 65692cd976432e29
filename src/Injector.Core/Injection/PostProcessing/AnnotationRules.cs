using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

using Injector.Core.Templating.Functions;

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Injector.Core.Injection.PostProcessing;

/// <summary>
/// The checks behind <see cref="TrafficAnnotationValidator"/>: each returns null for a valid value or the reason
/// it is not, worded as Istio words it (the reasons name the setting, e.g. <c>includeIPRanges invalid</c>).
/// </summary>
internal static partial class AnnotationRules
{
    public static string? InterceptionMode(string value)
    {
        return value is "REDIRECT" or "TPROXY" or "NONE" ? null : $"interceptionMode invalid, use REDIRECT,TPROXY,NONE: {value}";
    }

    public static string? StatusPort(string value)
    {
        // Istio reports a bad status port under this (misleading) name; kept so messages match.
        return ParsePort(value) is { } error ? $"excludeInboundPorts invalid: {error}" : null;
    }

    public static string? UInt32(string value)
    {
        return GoStrconv.TryParseUnsigned(value, 10, 32, out _) ? null : $"strconv.ParseUint: parsing \"{value}\": invalid syntax or out of range";
    }

    public static string? Bool(string value)
    {
        return GoStrconv.TryParseBool(value, out _) ? null : $"strconv.ParseBool: parsing \"{value}\": invalid syntax";
    }

    public static string? IncludeIPRanges(string value)
    {
        return value != "*" && CidrList(value) is { } error ? $"includeIPRanges invalid: {error}" : null;
    }

    public static string? ExcludeIPRanges(string value)
    {
        return CidrList(value) is { } error ? $"excludeIPRanges invalid: {error}" : null;
    }

    public static string? IncludeInboundPorts(string value)
    {
        return value != "*" && PortList(value) is { } error ? $"includeInboundPorts invalid: {error}" : null;
    }

    public static string? ExcludeInboundPorts(string value)
    {
        return PortList(value) is { } error ? $"excludeInboundPorts invalid: {error}" : null;
    }

    public static string? ExcludeOutboundPorts(string value)
    {
        return PortList(value) is { } error ? $"excludeOutboundPorts invalid: {error}" : null;
    }

    /// <summary>Comma-separated Linux interface names: a letter first, then letters, digits, '_', '.', '-'; at most 15.</summary>
    public static string? InterfaceNames(string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        foreach (string item in value.Split(','))
        {
            string name = item.Trim();
            if (name.Length == 0)
            {
                return "empty interface name";
            }

            if (name.Length > 15)
            {
                return $"interface name \"{name}\" too long (max 15 chars)";
            }

            if (!InterfaceNamePattern().IsMatch(name))
            {
                return $"interface name \"{name}\" contains invalid characters";
            }
        }

        return null;
    }

    /// <summary>A Kubernetes resource quantity (e.g. <c>100m</c>, <c>1Gi</c>, <c>1e3</c>), without control characters.</summary>
    public static string? ResourceQuantity(string value)
    {
        if (value.Any(char.IsControl))
        {
            return "value contains control characters";
        }

        if (value.Length == 0 || !QuantityPattern().IsMatch(value))
        {
            return "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
        }

        return null;
    }

    /// <summary>
    /// The proxy config annotation must be a YAML mapping (or empty). Field-level validation of ProxyConfig is
    /// left to the code that applies the annotation.
    /// </summary>
    public static string? ProxyConfig(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(value));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlMappingNode)
            {
                return null;
            }

            return stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" or "null" or "~" }
                ? null
                : "failed to convert to apply proxy config: not a mapping";
        }
        catch (YamlException e)
        {
            return $"failed to convert to apply proxy config: {e.Message}";
        }
    }

    private static string? CidrList(string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        foreach (string cidr in value.Split(','))
        {
            if (PrefixError(cidr) is { } error)
            {
                return $"failed parsing cidr '{cidr}': netip.ParsePrefix(\"{cidr}\"): {error}";
            }
        }

        return null;
    }

    private static string? PortList(string value)
    {
        string ports = value.Trim();
        if (ports.Length == 0)
        {
            return null;
        }

        foreach (string port in ports.Split(','))
        {
            if (ParsePort(port) is { } error)
            {
                return $"failed parsing port '{port}': {error}";
            }
        }

        return null;
    }

    private static string? ParsePort(string value)
    {
        return GoStrconv.TryParseUnsigned(value.Trim(), 10, 16, out _)
            ? null
            : $"failed parsing port '{value}': strconv.ParseUint: parsing \"{value.Trim()}\": invalid syntax or out of range";
    }

    /// <summary>Go's netip.ParsePrefix: strict address syntax, no zone, bits without sign or leading zeros.</summary>
    private static string? PrefixError(string cidr)
    {
        int slash = cidr.LastIndexOf('/');
        if (slash < 0)
        {
            return "no '/'";
        }

        string address = cidr[..slash];
        string bits = cidr[(slash + 1)..];
        int maxBits;
        if (IsStrictIPv4(address))
        {
            maxBits = 32;
        }
        else if (address.Contains(':', StringComparison.Ordinal))
        {
            if (address.Contains('%', StringComparison.Ordinal))
            {
                return "IPv6 zones cannot be present in a prefix";
            }

            if (!address.All(c => char.IsAsciiHexDigit(c) || c is ':' or '.')
                || !IPAddress.TryParse(address, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return $"ParseAddr(\"{address}\"): unable to parse IP";
            }

            maxBits = 128;
        }
        else
        {
            return $"ParseAddr(\"{address}\"): unable to parse IP";
        }

        if (bits.Length == 0 || !bits.All(char.IsAsciiDigit) || (bits.Length > 1 && bits[0] == '0')
            || !int.TryParse(bits, NumberStyles.None, CultureInfo.InvariantCulture, out int length) || length > maxBits)
        {
            return "bad bits after slash: \"" + bits + "\"";
        }

        return null;
    }

    private static bool IsStrictIPv4(string address)
    {
        string[] octets = address.Split('.');
        if (octets.Length != 4)
        {
            return false;
        }

        foreach (string octet in octets)
        {
            if (octet.Length is 0 or > 3 || !octet.All(char.IsAsciiDigit) || (octet.Length > 1 && octet[0] == '0')
                || int.Parse(octet, CultureInfo.InvariantCulture) > 255)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_.\\-]*$")]
    private static partial Regex InterfaceNamePattern();

    // Sign, digits with an optional fraction (either part may be empty, as Kubernetes' parser allows), then a
    // binary or decimal SI suffix or a decimal exponent.
    [GeneratedRegex("^[+-]?[0-9]*(\\.[0-9]*)?(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$")]
    private static partial Regex QuantityPattern();
}
