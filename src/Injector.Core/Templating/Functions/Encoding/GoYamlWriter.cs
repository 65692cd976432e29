using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Injector.Core.Templating.Functions.Encoding;

/// <summary>
/// Writes template values as sigs.k8s.io/yaml's Marshal does: the value goes through Go's JSON encoding, is read
/// back as YAML (so integral numbers become ints) and is emitted by yaml.v2: keys in its natural order, block style,
/// two-space indent, sequences not indented under their key, ambiguous strings quoted, multi-line strings as literal
/// blocks, long plain or quoted strings folded at spaces past column 80. The output ends with a newline.
/// </summary>
internal static partial class GoYamlWriter
{
    private const int BestWidth = 80;
    private const int Indent = 2;

    /// <summary>sigs.k8s.io/yaml.Marshal.</summary>
    /// <exception cref="TemplateFunctionException">The value cannot be encoded as JSON (NaN, a struct without JSON).</exception>
    public static string Serialize(object? value)
    {
        var node = ToNode(value);
        var emitter = new Emitter();
        emitter.WriteDocument(node);
        return emitter.ToString();
    }

    private sealed record Plain(string Text);

    private sealed record Mapping(List<KeyValuePair<string, object?>> Entries);

    private sealed record Sequence(List<object?> Items);

    // The JSON round trip of sigs.k8s.io/yaml, done on the tree: what JSON would write, read back the way yaml.v2 reads it.
    private static object? ToNode(object? value)
    {
        switch (value)
        {
            case null:
                return new Plain("null");
            case string s:
                return s;
            case bool b:
                return new Plain(b ? "true" : "false");
            case int or long:
                return new Plain(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
            case double d:
                return new Plain(NumberFromJson(GoJsonWriter.Serialize(d)));
            case IJsonMarshaler marshaler:
                return FromJsonNode(marshaler.ToJsonNode());
            case JsonNode node:
                return FromJsonNode(node);
            case IReadOnlyDictionary<string, object?> map:
                return Sorted(map.Select(p => new KeyValuePair<string, object?>(p.Key, ToNode(p.Value))));
            case IReadOnlyDictionary<string, string> map:
                return Sorted(map.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)));
            case IReadOnlyList<string> list:
                return new Sequence(list.Select(object? (s) => s).ToList());
            case IReadOnlyList<object?> list:
                return new Sequence(list.Select(ToNode).ToList());
            default:
                // Anything else is encoded as JSON would be (which also raises Go's error for unsupported values).
                return FromJsonNode(JsonNode.Parse(GoJsonWriter.Serialize(value)));
        }
    }

    private static object? FromJsonNode(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return new Plain("null");
            case JsonObject obj:
                var entries = new List<KeyValuePair<string, object?>>();
                foreach (var (key, child) in obj)
                {
                    entries.RemoveAll(e => e.Key == key);
                    entries.Add(new(key, FromJsonNode(child)));
                }

                return Sorted(entries);
            case JsonArray array:
                return new Sequence(array.Select(FromJsonNode).ToList());
            default:
                string json = GoJsonWriter.Serialize(node);
                return node.GetValueKind() switch
                {
                    JsonValueKind.String => node.GetValue<string>(),
                    JsonValueKind.Number => new Plain(NumberFromJson(json)),
                    _ => new Plain(json),
                };
        }
    }

    // yaml.v2 reads an integer literal as an int (or uint) and anything else as a float64 printed with 'g'.
    private static string NumberFromJson(string json)
    {
        if (json.AsSpan().IndexOfAny('.', 'e', 'E') < 0
            && (GoStrconv.TryParseInt(json, 10, out _) || GoStrconv.TryParseUnsigned(json, 10, out _)))
        {
            return json;
        }

        return GoFloatFormat.G(double.Parse(json, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private static Mapping Sorted(IEnumerable<KeyValuePair<string, object?>> entries)
    {
        var list = entries.ToList();
        list.Sort((a, b) => KeyLess(a.Key, b.Key) ? -1 : KeyLess(b.Key, a.Key) ? 1 : 0);
        return new Mapping(list);
    }

    /// <summary>yaml.v2's key order: letters before other characters, runs of digits compared as numbers.</summary>
    internal static bool KeyLess(string a, string b)
    {
        int[] ar = Runes(a);
        int[] br = Runes(b);
        for (int i = 0; i < ar.Length && i < br.Length; i++)
        {
            if (ar[i] == br[i])
            {
                continue;
            }

            bool al = IsLetter(ar[i]);
            bool bl = IsLetter(br[i]);
            if (al && bl)
            {
                return ar[i] < br[i];
            }

            if (al || bl)
            {
                return bl;
            }

            long an = 0;
            long bn = 0;
            if (ar[i] == '0' || br[i] == '0')
            {
                // Digits before this point that are not all zeros make leading zeros significant.
                for (int j = i - 1; j >= 0 && IsDigit(ar[j]); j--)
                {
                    if (ar[j] != '0')
                    {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }

            int ai = i;
            for (; ai < ar.Length && IsDigit(ar[ai]); ai++)
            {
                an = unchecked((an * 10) + (ar[ai] - '0'));
            }

            int bi = i;
            for (; bi < br.Length && IsDigit(br[bi]); bi++)
            {
                bn = unchecked((bn * 10) + (br[bi] - '0'));
            }

            if (an != bn)
            {
                return an < bn;
            }

            if (ai != bi)
            {
                return ai < bi;
            }

            return ar[i] < br[i];
        }

        return ar.Length < br.Length;
    }

    private static int[] Runes(string s)
    {
        var runes = new List<int>(s.Length);
        foreach (var rune in s.EnumerateRunes())
        {
            runes.Add(rune.Value);
        }

        return [.. runes];
    }

    private static bool IsLetter(int rune) => Rune.IsValid(rune) && Rune.IsLetter(new Rune(rune));

    private static bool IsDigit(int rune) => Rune.IsValid(rune) && Rune.IsDigit(new Rune(rune));
}
