using System.Text;

namespace Gongkai.Documents.Rendering.Html;

/// <summary>HTML encoding of text and attribute values. Chinese text stays readable; only markup characters are escaped.</summary>
internal static class HtmlText
{
    public static StringBuilder AppendEncoded(this StringBuilder sb, string? text)
    {
        if (string.IsNullOrEmpty(text)) return sb;
        foreach (char ch in text)
        {
            switch (ch)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                // A NUL or other C0 control cannot appear in HTML text; show the replacement character instead.
                case < ' ' when ch is not ('\n' or '\t'): sb.Append('\uFFFD'); break;
                default: sb.Append(ch); break;
            }
        }
        return sb;
    }

    public static StringBuilder AppendAttribute(this StringBuilder sb, string name, string? value) =>
        sb.Append(' ').Append(name).Append("=\"").AppendEncoded(value).Append('"');
}
