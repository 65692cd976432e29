using System.Text;

using Injector.Core.Templating.Formatting;

namespace Injector.Core.Templating.Functions.Builtins;

/// <summary>Go's <c>html</c>, <c>js</c> and <c>urlquery</c> escapers.</summary>
internal static class EscapeFunctions
{
    private const string UpperHex = "0123456789ABCDEF";

    public static string Html(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\0': builder.Append('\uFFFD'); break;
                case '"': builder.Append("&#34;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    public static string JavaScript(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '\'': builder.Append(@"\'"); break;
                case '"': builder.Append("\\\""); break;
                case '<': builder.Append(@"\u003C"); break;
                case '>': builder.Append(@"\u003E"); break;
                case '&': builder.Append(@"\u0026"); break;
                case '=': builder.Append(@"\u003D"); break;
                default:
                    int rune = c;
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        rune = char.ConvertToUtf32(c, text[i + 1]);
                    }

                    if (rune < ' ' || (rune >= 0x80 && !GoQuote.IsPrint(rune)))
                    {
                        builder.Append(@"\u").Append(((uint)rune).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                        if (rune > 0xFFFF)
                        {
                            builder.Append(text[++i]);
                        }
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    public static string UrlQuery(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (byte b in System.Text.Encoding.UTF8.GetBytes(text))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else if (b == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(UpperHex[b >> 4]).Append(UpperHex[b & 0xF]);
            }
        }

        return builder.ToString();
    }
}
