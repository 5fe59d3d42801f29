using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Documents.Reading.Tables;
using Gongkai.Documents.Reading.Text;

namespace Gongkai.Documents.Reading.Html;

/// <summary>
/// 网页年报文字提取: turns a published report's web page into the text form the text reader reads. Portal chrome (menus,
/// breadcrumbs, footers, scripts) is left out; of what remains, the smallest element holding every part of the report that
/// the page has is taken as the report, and the title is looked for just before it when the portal prints it outside.
/// Tables are laid out on a full grid (rowspan/colspan) and written as pipe tables; layout tables (tables holding tables)
/// are read as blocks.
/// </summary>
internal static class HtmlReportText
{
    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "select", "button", "svg", "canvas", "object", "embed", "head", "input", "textarea",
    };

    private static readonly HashSet<string> ChromeTags = new(StringComparer.OrdinalIgnoreCase) { "nav", "aside", "footer", "menu" };

    /// <summary>Words of class and id attributes that portals give to their chrome (split at '-', '_' and spaces).</summary>
    private static readonly HashSet<string> ChromeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "navigation", "menu", "menus", "submenu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "footer", "foot",
        "copyright", "sidebar", "share", "toolbar", "topbar", "banner", "search", "login", "friendlink", "links", "position", "location",
        "dqwz", "wzdh", "gjl", "bottom",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "section", "article", "header", "main", "dd", "dt", "dl",
        "blockquote", "pre", "center", "table", "td", "th", "caption", "title", "form", "figure", "figcaption", "address", "hr", "body",
    };

    private static readonly HashSet<string> ContainerTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "article", "section", "main", "td", "body", "center", "form",
    };

    /// <summary>Words only a report's own text holds: its section headings and the first row of table 三.</summary>
    private static readonly string[] Markers =
        ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "本年新收", "行政复议", "主要问题", "其他需要报告的事项"];

    [ThreadStatic] private static HtmlParser? _parser;

    public static string Extract(string html)
    {
        // A parser builds its configuration and browsing context when made (a tenth of a short page's parse): one per thread.
        var parser = _parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(html);
        var walker = new Walker();
        if (document.Body is { } body) walker.Walk(body);
        var text = walker.Text.ToString();
        var root = ChooseRoot(walker);
        if (root is null) return WithTitle(TitleOf(document), text);

        string content = text[root.Value.Start..root.Value.End];
        if (HasTitleNearStart(content)) return content;
        string? title = TitleBefore(text, root.Value.Start) ?? TitleOf(document);
        return WithTitle(title, content);
    }

    private static string WithTitle(string? title, string content) => title is null ? content : title + "\n" + content;

    private static (int Start, int End)? ChooseRoot(Walker walker)
    {
        string compact = walker.Compact.ToString();
        var positions = Markers.Select(m => AllIndexes(compact, m)).Where(p => p.Count > 0).ToList();
        if (positions.Count < 2) return null;
        Range? best = null;
        foreach (var range in walker.Containers)
        {
            bool all = positions.All(p =>
            {
                int i = p.BinarySearch(range.CompactStart);
                if (i < 0) i = ~i;
                return i < p.Count && p[i] < range.CompactEnd;
            });
            if (all && (best is null || range.CompactEnd - range.CompactStart < best.CompactEnd - best.CompactStart)) best = range;
        }
        return best is null ? null : (best.TextStart, best.TextEnd);
    }

    private static List<int> AllIndexes(string text, string word)
    {
        var list = new List<int>();
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            list.Add(at);
        return list;
    }

    private static bool HasTitleNearStart(string content)
    {
        var head = TextNormaliser.Key(content.AsSpan(0, Math.Min(content.Length, 600)));
        int report = head.IndexOf("年度报告", StringComparison.Ordinal);
        int overview = head.IndexOf("总体情况", StringComparison.Ordinal);
        return report >= 0 && (overview < 0 || report < overview);
    }

    /// <summary>The nearest line before the report that names a 年度报告 with a year: the title a portal prints above its content box.</summary>
    private static string? TitleBefore(string text, int before)
    {
        var lines = text[..before].Split('\n');
        for (int i = lines.Length - 1, seen = 0; i >= 0 && seen < 40; i--)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            seen++;
            if (line.Length <= 120 && LooksLikeTitle(line)) return line;
        }
        return null;
    }

    private static bool LooksLikeTitle(string line)
    {
        var key = TextNormaliser.Key(line);
        if (!key.Contains("年度报告", StringComparison.Ordinal) && !key.Contains("年报", StringComparison.Ordinal)) return false;
        int year = key.IndexOf('年');
        return year > 0 && (char.IsAsciiDigit(key[year - 1]) || key[year - 1] is '〇' or '零' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九');
    }

    /// <summary>The page's &lt;title&gt;, without the portal's name after a separator.</summary>
    private static string? TitleOf(IDocument document)
    {
        var title = document.Title?.Trim();
        if (string.IsNullOrEmpty(title)) return null;
        foreach (var separator in new[] { "_", " - ", "－", "｜", "|", "—" })
        {
            int at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && LooksLikeTitle(title[..at])) return title[..at].Trim();
        }
        return LooksLikeTitle(title) ? title : null;
    }

    private sealed record Range(int TextStart, int TextEnd, int CompactStart, int CompactEnd);

    private sealed class Walker
    {
        public StringBuilder Text { get; } = new();
        public StringBuilder Compact { get; } = new();
        public List<Range> Containers { get; } = [];
        private bool _pendingSpace;

        public void Walk(INode node)
        {
            switch (node)
            {
                case IText text:
                    AppendInline(text.Data);
                    return;
                case IElement element:
                    WalkElement(element);
                    return;
            }
        }

        private void WalkElement(IElement element)
        {
            string tag = element.LocalName;
            if (SkippedTags.Contains(tag) || IsChrome(element)) return;
            if (tag == "br") { NewLine(); return; }
            if (tag == "table" && !HoldsTable(element)) { WriteTable(element); return; }

            bool block = BlockTags.Contains(tag);
            if (block) NewLine();
            int textStart = Text.Length, compactStart = Compact.Length;
            if (tag == "pre") AppendPre(element.TextContent);
            else
                foreach (var child in element.ChildNodes) Walk(child);
            if (block) NewLine();
            if (ContainerTags.Contains(tag)) Containers.Add(new Range(textStart, Text.Length, compactStart, Compact.Length));
        }

        private static bool IsChrome(IElement element)
        {
            bool chrome = ChromeTags.Contains(element.LocalName)
                || (element.LocalName == "header" && element.Closest("article, main") is null)
                || Words(element.ClassName).Concat(Words(element.Id)).Any(ChromeWords.Contains);
            if (!chrome) return false;
            // A report a portal put inside a badly named box is still the report.
            var key = TextNormaliser.Key(element.TextContent);
            return !(key.Contains("本年新收", StringComparison.Ordinal) || Markers.Count(m => key.Contains(m, StringComparison.Ordinal)) >= 2);
        }

        private static IEnumerable<string> Words(string? attribute) =>
            string.IsNullOrEmpty(attribute) ? [] : attribute.Split([' ', '-', '_', '\t'], StringSplitOptions.RemoveEmptyEntries);

        private void WriteTable(IElement table)
        {
            var grid = new SpannedTable();
            foreach (var row in OwnRows(table))
            {
                grid.AddRow(row.Children.Where(c => c.LocalName is "td" or "th").Select(c => new SourceCell(
                    CellText(c), Span(c.GetAttribute("colspan")), Span(c.GetAttribute("rowspan")))));
            }
            NewLine();
            var before = Text.Length;
            grid.WriteTo(Text);
            foreach (char c in Text.ToString(before, Text.Length - before))
                if (!TextNormaliser.IsSpaceOrMarkup(c)) Compact.Append(TextNormaliser.Fold(c));
        }

        // The DOM is walked by hand below: QuerySelectorAll and Closest parse their selector on every call, which cost more
        // than laying the table out. Both walks use a stack, not recursion, so a hostile nesting depth cannot overflow it.

        /// <summary>Whether a table element is among the descendants (then the table is a layout table).</summary>
        private static bool HoldsTable(IElement element)
        {
            var pending = new Stack<IElement>(element.Children);
            while (pending.TryPop(out var next))
            {
                if (next.LocalName == "table") return true;
                foreach (var child in next.Children) pending.Push(child);
            }
            return false;
        }

        /// <summary>The table's rows in document order, without the rows of tables inside it.</summary>
        private static List<IElement> OwnRows(IElement table)
        {
            var rows = new List<IElement>();
            var pending = new Stack<IElement>(table.Children.Reverse());
            while (pending.TryPop(out var next))
            {
                if (next.LocalName == "table") continue;
                if (next.LocalName == "tr") rows.Add(next);
                var children = next.Children;
                for (int i = children.Length - 1; i >= 0; i--) pending.Push(children[i]);
            }
            return rows;
        }

        private static string CellText(IElement cell)
        {
            var sb = new StringBuilder();
            bool space = false;
            foreach (char c in cell.TextContent)
            {
                if (char.IsWhiteSpace(c) && c != '\u3000') { space = sb.Length > 0; continue; }
                if (space) { sb.Append(' '); space = false; }
                sb.Append(c);
            }
            return sb.ToString();
        }

        private static int Span(string? value) => int.TryParse(value?.Trim(), out int n) && n > 0 ? n : 1;

        private void AppendInline(string data)
        {
            foreach (char c in data)
            {
                // HTML collapses source whitespace; the ideographic space is content (labels are indented with it).
                if (char.IsWhiteSpace(c) && c != '\u3000' && c != '\u00A0') { _pendingSpace = Text.Length > 0 && Text[^1] != '\n'; continue; }
                if (_pendingSpace) { Text.Append(' '); _pendingSpace = false; }
                Text.Append(c);
                if (!TextNormaliser.IsSpaceOrMarkup(c)) Compact.Append(TextNormaliser.Fold(c));
            }
        }

        private void AppendPre(string data)
        {
            NewLine();
            foreach (char c in data)
            {
                Text.Append(c);
                if (!TextNormaliser.IsSpaceOrMarkup(c)) Compact.Append(TextNormaliser.Fold(c));
            }
            NewLine();
        }

        private void NewLine()
        {
            _pendingSpace = false;
            if (Text.Length > 0 && Text[^1] != '\n') Text.Append('\n');
        }
    }
}
