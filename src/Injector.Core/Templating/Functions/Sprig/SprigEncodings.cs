using System.Security.Cryptography;
using System.Text;

using Injector.Core.Templating.Functions.Encoding;

using static Injector.Core.Templating.Functions.FunctionArgs;

namespace Injector.Core.Templating.Functions.Sprig;

/// <summary>Sprig's encodings and digests: base64/base32, sha1/sha256/adler32 sums, JSON in and out.</summary>
internal static class SprigEncodings
{
    public static void Register(TemplateFunctionMap map)
    {
        map.Set("b64enc", static a => Unary(a, "b64enc", static s => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(s))));
        map.Set("b64dec", static a => Unary(a, "b64dec", Base64Decode));
        map.Set("b32enc", static a => Unary(a, "b32enc", static s => Base32.Encode(System.Text.Encoding.UTF8.GetBytes(s))));
        map.Set("b32dec", static a => Unary(a, "b32dec", static s => Base32.TryDecode(s, out var bytes, out string error) ? System.Text.Encoding.UTF8.GetString(bytes) : error));
        map.Set("sha1sum", static a => Unary(a, "sha1sum", static s => Convert.ToHexStringLower(SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(s)))));
        map.Set("sha256sum", static a => Unary(a, "sha256sum", static s => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(s)))));
        map.Set("adler32sum", static a => Unary(a, "adler32sum", static s => Adler32(System.Text.Encoding.UTF8.GetBytes(s)).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        map.Set("toJson", static a => Json(a, "toJson", escapeHtml: true, indent: null, must: false));
        map.Set("mustToJson", static a => Json(a, "mustToJson", escapeHtml: true, indent: null, must: true));
        map.Set("toPrettyJson", static a => Json(a, "toPrettyJson", escapeHtml: true, indent: "  ", must: false));
        map.Set("mustToPrettyJson", static a => Json(a, "mustToPrettyJson", escapeHtml: true, indent: "  ", must: true));
        map.Set("toRawJson", static a => Json(a, "toRawJson", escapeHtml: false, indent: null, must: true));
        map.Set("mustToRawJson", static a => Json(a, "mustToRawJson", escapeHtml: false, indent: null, must: true));
        map.Set("fromJson", static a =>
        {
            Exactly(a, 1, "fromJson");
            try
            {
                return GoJsonReader.Parse(String(a, 0));
            }
            catch (TemplateFunctionException)
            {
                return null;
            }
        });
        map.Set("mustFromJson", static a =>
        {
            Exactly(a, 1, "mustFromJson");
            return GoJsonReader.Parse(String(a, 0));
        });
    }

    private static object? Unary(ReadOnlySpan<object?> args, string name, Func<string, object?> f)
    {
        Exactly(args, 1, name);
        return f(String(args, 0));
    }

    // toJson and toPrettyJson swallow errors (an empty string); the must variants and toRawJson report them.
    private static string Json(ReadOnlySpan<object?> args, string name, bool escapeHtml, string? indent, bool must)
    {
        Exactly(args, 1, name);
        try
        {
            return GoJsonWriter.Serialize(args[0], escapeHtml, indent);
        }
        catch (TemplateFunctionException) when (!must)
        {
            return string.Empty;
        }
    }

    private static string Base64Decode(string s)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(s));
        }
        catch (FormatException)
        {
            return $"illegal base64 data at input byte {FirstBadBase64Byte(s)}";
        }
    }

    private static int FirstBadBase64Byte(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '='))
            {
                return i;
            }
        }

        return Math.Max(0, s.Length - (s.Length % 4 == 0 ? 4 : s.Length % 4));
    }

    private static uint Adler32(byte[] data)
    {
        const uint mod = 65521;
        uint a = 1, b = 0;
        foreach (byte x in data)
        {
            a = (a + x) % mod;
            b = (b + a) % mod;
        }

        return (b << 16) | a;
    }

    private static class Base32
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        public static string Encode(byte[] data)
        {
            var sb = new StringBuilder((data.Length + 4) / 5 * 8);
            for (int i = 0; i < data.Length; i += 5)
            {
                int n = Math.Min(5, data.Length - i);
                ulong buffer = 0;
                for (int j = 0; j < 5; j++)
                {
                    buffer = (buffer << 8) | (j < n ? data[i + j] : 0u);
                }

                int chars = (n * 8 + 4) / 5;
                for (int j = 0; j < 8; j++)
                {
                    sb.Append(j < chars ? Alphabet[(int)((buffer >> (35 - (j * 5))) & 31)] : '=');
                }
            }

            return sb.ToString();
        }

        public static bool TryDecode(string s, out byte[] bytes, out string error)
        {
            var output = new List<byte>();
            bytes = [];
            error = string.Empty;
            if (s.Length % 8 != 0)
            {
                error = $"illegal base32 data at input byte {s.Length / 8 * 8}";
                return false;
            }

            for (int i = 0; i < s.Length; i += 8)
            {
                ulong buffer = 0;
                int chars = 0;
                for (int j = 0; j < 8; j++)
                {
                    char c = s[i + j];
                    if (c == '=')
                    {
                        buffer <<= 5;
                        continue;
                    }

                    int v = Alphabet.IndexOf(c, StringComparison.Ordinal);
                    if (v < 0 || chars != j)
                    {
                        error = $"illegal base32 data at input byte {i + j}";
                        return false;
                    }

                    buffer = (buffer << 5) | (uint)v;
                    chars++;
                }

                int n = chars * 5 / 8;
                for (int j = 0; j < n; j++)
                {
                    output.Add((byte)(buffer >> (32 - (j * 8))));
                }
            }

            bytes = [.. output];
            return true;
        }
    }
}
