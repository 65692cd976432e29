using System.Globalization;
using System.Text;

namespace Injector.Core.Injection.PostProcessing;

/// <summary>
/// Writes JSON text byte-for-byte as Go's encoding/json.Marshal does. Values the agent reads back from
/// environment variables and annotations are compared textually with Istio's, so escaping must match:
/// Go escapes &lt;, &gt;, &amp;, U+2028 and U+2029, and uses \b, \f, \n, \r, \t or lower-case \u00XX for controls.
/// </summary>
internal static class GoJson
{
    public static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '<' or '>' or '&' or '\u2028' or '\u2029':
                    AppendUnicodeEscape(builder, c);
                    break;
                default:
                    if (c < 0x20)
                    {
                        AppendUnicodeEscape(builder, c);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    public static void WriteStringList(StringBuilder builder, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            builder.Append("null");
            return;
        }

        builder.Append('[');
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            WriteString(builder, values[i]);
        }

        builder.Append(']');
    }

    public static void WriteInteger(StringBuilder builder, long value)
    {
        builder.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    private static void AppendUnicodeEscape(StringBuilder builder, char c)
    {
        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
    }
}
