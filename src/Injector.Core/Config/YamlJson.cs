using System.Globalization;
using System.Text.Json.Nodes;

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Injector.Core.Config;

/// <summary>
/// YAML text to <see cref="JsonNode"/> the way Kubernetes tooling reads YAML (YAML 1.1 scalars: <c>yes</c>/<c>on</c>
/// are booleans, <c>~</c> is null), so a document means the same here as in Istio.
/// </summary>
internal static class YamlJson
{
    /// <summary>Parses a single YAML document; null for an empty document.</summary>
    public static JsonNode? Parse(string text)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(text))
        {
            stream.Load(reader);
        }

        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    /// <summary>Converts one YAML node (and its children).</summary>
    public static JsonNode? Convert(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    string name = key is YamlScalarNode scalarKey ? scalarKey.Value ?? string.Empty : key.ToString();
                    obj[name] = Convert(value);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (YamlNode item in sequence.Children)
                {
                    array.Add(Convert(item));
                }

                return array;
            case YamlScalarNode scalar:
                return ConvertScalar(scalar);
            default:
                return null;
        }
    }

    private static JsonNode? ConvertScalar(YamlScalarNode scalar)
    {
        string text = scalar.Value ?? string.Empty;
        string tag = scalar.Tag.IsEmpty ? string.Empty : scalar.Tag.Value;
        if (tag is "tag:yaml.org,2002:str" || (tag.Length == 0 && scalar.Style is not ScalarStyle.Plain and not ScalarStyle.Any))
        {
            return JsonValue.Create(text);
        }

        return ResolvePlain(text, tag);
    }

    /// <summary>Resolves an unquoted scalar: null, bool, int, float or string.</summary>
    public static JsonNode? ResolvePlain(string text, string tag = "")
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return tag.Length == 0 || tag == "tag:yaml.org,2002:null" ? null : JsonValue.Create(text);
            case "y" or "Y" or "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON":
                return JsonValue.Create(true);
            case "n" or "N" or "no" or "No" or "NO" or "false" or "False" or "FALSE" or "off" or "Off" or "OFF":
                return JsonValue.Create(false);
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                return JsonValue.Create(double.PositiveInfinity.ToString(CultureInfo.InvariantCulture));
            default:
                break;
        }

        if (TryParseInteger(text, out long integer))
        {
            return JsonValue.Create(integer);
        }

        if (LooksLikeFloat(text) && double.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(text);
    }

    private static bool TryParseInteger(string text, out long value)
    {
        value = 0;
        string s = text.Replace("_", string.Empty, StringComparison.Ordinal);
        bool negative = false;
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s.Length == 0)
        {
            return false;
        }

        bool ok;
        if (s.StartsWith("0x", StringComparison.Ordinal))
        {
            ok = long.TryParse(s.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value) && s.Length > 2;
        }
        else if (s.StartsWith("0b", StringComparison.Ordinal))
        {
            ok = s.Length > 2 && s.Skip(2).All(c => c is '0' or '1');
            if (ok)
            {
                value = System.Convert.ToInt64(s[2..], 2);
            }
        }
        else if (s.Length > 1 && s[0] == '0' && s.All(c => c is >= '0' and <= '7'))
        {
            value = System.Convert.ToInt64(s, 8);
            ok = true;
        }
        else
        {
            ok = s.All(char.IsAsciiDigit) && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        if (ok && negative)
        {
            value = -value;
        }

        return ok;
    }

    private static bool LooksLikeFloat(string text)
    {
        // YAML 1.1 floats need a digit and only digits, sign, point, exponent and underscores.
        bool digit = false;
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (c is not ('.' or '-' or '+' or 'e' or 'E' or '_'))
            {
                return false;
            }
        }

        return digit;
    }
}
