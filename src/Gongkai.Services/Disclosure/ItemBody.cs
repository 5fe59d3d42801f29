using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Gongkai.Services.Disclosure;

/// <summary>
/// 正文: an item's body as the portal shows it. Clerks paste rich text (HTML from an editor or a word processor) or type plain
/// paragraphs; either way only a safe subset of HTML is stored — no scripts, styles, event handlers, frames or forms — so a
/// page can print it as it is.
/// </summary>
public static class ItemBody
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    private static HtmlSanitizer CreateSanitizer()
    {
        var s = new HtmlSanitizer();
        s.AllowedTags.Clear();
        foreach (var tag in new[] { "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "ul", "ol", "li", "table", "thead",
                     "tbody", "tr", "th", "td", "caption", "a", "blockquote", "sub", "sup", "span", "div", "img" })
            s.AllowedTags.Add(tag);
        s.AllowedAttributes.Clear();
        foreach (var attribute in new[] { "href", "title", "colspan", "rowspan", "src", "alt", "scope" })
            s.AllowedAttributes.Add(attribute);
        s.AllowedCssProperties.Clear();
        s.AllowedSchemes.Clear();
        s.AllowedSchemes.Add("https");
        s.AllowedSchemes.Add("http");
        s.AllowedSchemes.Add("mailto");
        return s;
    }

    /// <summary>
    /// The body to store: HTML is sanitised; text without any tag is taken as plain paragraphs (one per non-empty line, encoded).
    /// </summary>
    public static string Normalize(string? input)
    {
        var text = (input ?? "").Replace("\r\n", "\n").Trim();
        if (text.Length == 0) return "";
        if (!LooksLikeHtml(text))
        {
            var html = new StringBuilder();
            foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
                html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>");
            return html.ToString();
        }
        return Sanitizer.Sanitize(text).Trim();
    }

    /// <summary>The body's words without markup, paragraphs on their own lines (search, snippets, feeds).</summary>
    public static string PlainText(string html)
    {
        if (string.IsNullOrEmpty(html)) return "";
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var text = new StringBuilder();
        foreach (var node in document.Body!.ChildNodes)
        {
            var t = node.TextContent.Trim();
            if (t.Length > 0) text.AppendLine(t);
        }
        return text.ToString().TrimEnd();
    }

    private static bool LooksLikeHtml(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, "<[a-zA-Z!/][^>]*>");
}
