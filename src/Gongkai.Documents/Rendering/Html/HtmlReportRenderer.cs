using System.Globalization;
using System.Text;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Tables;

namespace Gongkai.Documents.Rendering.Html;

/// <summary>
/// Renders an annual report (政府信息公开工作年度报告) as semantic, accessible HTML in the national format's layout:
/// the official headings, the prose, and tables 二, 三 and 四 with the official merged header cells and verbatim labels.
/// Every data cell is a <c>&lt;td data-cell="…"&gt;</c> with its id from report-format.md §9. The output has no script.
/// </summary>
public static class HtmlReportRenderer
{
    /// <summary>Id of the hidden note that highlighted cells point to with aria-describedby.</summary>
    public const string FlaggedNoteId = "gk-note-flagged";
    public const string NotReadNoteId = "gk-note-not-read";
    public const string AmbiguousNoteId = "gk-note-ambiguous";

    /// <summary>Class of a highlighted cell.</summary>
    public const string FlaggedClass = "gk-flagged";
    public const string NotReadClass = "gk-not-read";
    public const string AmbiguousClass = "gk-ambiguous";

    /// <summary>
    /// The page's stylesheet, embedded by full documents; a host embedding fragments includes it once itself.
    /// Print margins follow GB/T 9704-2012 clause 4.2.1 (天头 37 mm, 订口 28 mm, 版心 156 × 225 mm on A4).
    /// </summary>
    public const string StyleSheet = """
        .gk-report{font-family:"FangSong","仿宋","Noto Serif CJK SC","Source Han Serif SC",serif;line-height:1.8;max-width:62em;margin:0 auto;padding:1em;color:#000;background:#fff}
        .gk-report h1{font-family:"Noto Serif CJK SC","Source Han Serif SC",serif;font-size:1.6em;text-align:center;margin:.5em 0 1em}
        .gk-report h2{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;font-size:1.15em;margin:1.4em 0 .6em}
        .gk-report p{text-indent:2em;margin:.4em 0}
        .gk-table{border-collapse:collapse;width:100%;margin:.6em 0 1.2em;font-size:.85em;line-height:1.4}
        .gk-table th,.gk-table td{border:1px solid #000;padding:.25em .4em;vertical-align:middle}
        .gk-table th{font-weight:normal;text-align:center}
        .gk-table th[scope=row]{text-align:left}
        .gk-table th.gk-block{font-weight:bold;text-align:left}
        .gk-table td{text-align:center}
        .gk-table td.gk-note{font-size:.9em;text-align:left}
        .gk-t3 td[data-cell]{width:7.5%}
        .gk-table td.gk-flagged{background:#fde2e1;outline:2px solid #b42318;outline-offset:-2px}
        .gk-table td.gk-not-read{background:repeating-linear-gradient(45deg,#fff 0 4px,#e6e6e6 4px 8px)}
        .gk-table td.gk-ambiguous{background:#fff4cc}
        .gk-table td a{color:inherit}
        .gk-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
        @page{size:A4;margin:37mm 26mm 35mm 28mm}
        @media print{.gk-report{max-width:none;padding:0;font-size:12pt}.gk-table tr{break-inside:avoid}.gk-table td.gk-flagged{background:none;outline:2px solid #000}.gk-table td a{text-decoration:none}}
        """;

    private static readonly HtmlRenderOptions Defaults = new();

    public static string Render(AnnualReport report, HtmlRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= Defaults;
        var title = ReportText.TitleOf(report);
        var sb = new StringBuilder(64 * 1024);

        if (options.FullDocument)
        {
            sb.Append("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
              .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
              .Append("<title>").AppendEncoded(title).Append("</title>\n")
              .Append("<style>\n").Append(StyleSheet).Append("\n</style>\n</head>\n<body>\n");
        }

        var notes = new HashSet<string>(StringComparer.Ordinal);
        sb.Append("<article class=\"gk-report\" lang=\"zh-CN\"");
        if (report.Year is int year) sb.AppendAttribute("data-year", year.ToString(CultureInfo.InvariantCulture));
        sb.AppendAttribute("data-format", report.Format == ReportFormat.F2019 ? "2019" : "2021").Append(">\n");
        sb.Append("<header>\n<h1>").AppendEncoded(title).Append("</h1>\n</header>\n");
        AppendParagraphs(sb, report.Preamble);

        var grids = new Dictionary<SectionId, TableGrid>
        {
            [SectionId.ProactiveDisclosure] = ReportTableGrids.Proactive(report),
            [SectionId.Requests] = ReportTableGrids.Requests(report),
            [SectionId.Appeals] = ReportTableGrids.Appeals(report),
        };
        foreach (var definition in report.Layout.Sections)
        {
            bool written = report.Sections.TryGetValue(definition.Id, out var section);
            bool hasTable = grids.TryGetValue(definition.Id, out var grid);
            // A prose section the report does not have is not invented; the table sections always show their table.
            if (!written && !hasTable) continue;

            string sectionId = $"gk-s{(int)definition.Id}";
            sb.Append("<section class=\"gk-section\"").AppendAttribute("id", sectionId)
              .AppendAttribute("aria-labelledby", sectionId + "-h").Append(">\n");
            sb.Append("<h2").AppendAttribute("id", sectionId + "-h").Append('>').AppendEncoded(definition.Heading).Append("</h2>\n");
            if (written) AppendParagraphs(sb, section!.Body);
            if (hasTable) AppendTable(sb, grid!, options, notes);
            sb.Append("</section>\n");
        }

        AppendNote(sb, notes, FlaggedNoteId, "检查发现此单元格有误。");
        AppendNote(sb, notes, NotReadNoteId, "此单元格未能读取。");
        AppendNote(sb, notes, AmbiguousNoteId, "此单元格的数值无法确定。");
        sb.Append("</article>\n");
        if (options.FullDocument) sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void AppendParagraphs(StringBuilder sb, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        foreach (var line in text.Split('\n'))
        {
            var paragraph = line.Trim();
            if (paragraph.Length == 0) continue;
            sb.Append("<p>").AppendEncoded(paragraph).Append("</p>\n");
        }
    }

    private static void AppendNote(StringBuilder sb, HashSet<string> used, string id, string text)
    {
        if (!used.Contains(id)) return;
        sb.Append("<p class=\"gk-sr\"").AppendAttribute("id", id).Append('>').AppendEncoded(text).Append("</p>\n");
    }

    private static void AppendTable(StringBuilder sb, TableGrid grid, HtmlRenderOptions options, HashSet<string> notes)
    {
        string table = $"t{(int)grid.Table}";
        string HeaderId(string key) => $"gk-{table}-{key}";

        sb.Append("<table").AppendAttribute("class", $"gk-table gk-{table}").AppendAttribute("data-table", table).Append(">\n");
        sb.Append("<caption class=\"gk-sr\">").AppendEncoded(grid.Caption).Append("</caption>\n");

        string? openPart = null;
        foreach (var row in grid.Rows)
        {
            string part = row.Part == GridRowPart.Head ? "thead" : "tbody";
            if (openPart != part || (row.StartsGroup && part == "tbody"))
            {
                if (openPart is not null) sb.Append("</").Append(openPart).Append(">\n");
                sb.Append('<').Append(part).Append(">\n");
                openPart = part;
            }
            sb.Append("<tr>");
            foreach (var cell in row.Cells) AppendCell(sb, cell, HeaderId, options, notes);
            sb.Append("</tr>\n");
        }
        if (openPart is not null) sb.Append("</").Append(openPart).Append(">\n");
        sb.Append("</table>\n");
    }

    private static void AppendCell(StringBuilder sb, GridCell cell, Func<string, string> headerId, HtmlRenderOptions options, HashSet<string> notes)
    {
        string tag = cell.Role is GridCellRole.Data or GridCellRole.Note ? "td" : "th";
        sb.Append('<').Append(tag);
        switch (cell.Role)
        {
            case GridCellRole.Note:
                sb.AppendAttribute("class", "gk-note");
                break;
            case GridCellRole.ColumnHeader:
                sb.AppendAttribute("scope", "col");
                break;
            case GridCellRole.RowHeader:
                sb.AppendAttribute("scope", "row");
                break;
            case GridCellRole.BlockCaption:
                sb.AppendAttribute("scope", "rowgroup").AppendAttribute("class", "gk-block");
                break;
        }
        if (cell.Key is not null) sb.AppendAttribute("id", headerId(cell.Key));
        if (cell.ColumnSpan > 1) sb.AppendAttribute("colspan", cell.ColumnSpan.ToString(CultureInfo.InvariantCulture));
        if (cell.RowSpan > 1) sb.AppendAttribute("rowspan", cell.RowSpan.ToString(CultureInfo.InvariantCulture));

        if (cell.Role != GridCellRole.Data)
        {
            sb.Append('>').AppendEncoded(cell.Text).Append("</").Append(tag).Append('>');
            return;
        }

        var cellId = cell.CellId!;
        sb.AppendAttribute("data-cell", cellId);
        sb.AppendAttribute("headers", string.Join(' ', cell.HeaderKeys.Select(headerId)));

        var classes = new List<string>();
        var describedBy = new List<string>();
        if (cell.Value is CellValue value)
        {
            if (value.Kind != CellKind.Number) sb.AppendAttribute("data-kind", CellKindNames.Of(value.Kind));
        }
        else if (cell.Candidates is { } candidates)
        {
            classes.Add(AmbiguousClass);
            describedBy.Add(AmbiguousNoteId);
            var listed = candidates.Select(c => c.ToString(CultureInfo.InvariantCulture)).ToList();
            sb.AppendAttribute("data-candidates", string.Join(' ', listed));
            sb.AppendAttribute("title", "候选值：" + string.Join("、", listed));
        }
        else
        {
            classes.Add(NotReadClass);
            describedBy.Add(NotReadNoteId);
        }
        if (options.HighlightCells.Contains(cellId))
        {
            classes.Add(FlaggedClass);
            describedBy.Insert(0, FlaggedNoteId);
        }
        if (classes.Count > 0) sb.AppendAttribute("class", string.Join(' ', classes));
        if (describedBy.Count > 0)
        {
            sb.AppendAttribute("aria-describedby", string.Join(' ', describedBy));
            notes.UnionWith(describedBy);
        }
        sb.Append('>');

        var link = options.CellLink?.Invoke(cellId);
        if (string.IsNullOrEmpty(link))
        {
            sb.AppendEncoded(cell.Text);
        }
        else
        {
            sb.Append("<a").AppendAttribute("href", link);
            // A blank or unread cell has no text to name its link.
            if (cell.Text.Length == 0) sb.AppendAttribute("aria-label", "查看明细");
            sb.Append('>').AppendEncoded(cell.Text).Append("</a>");
        }
        sb.Append("</td>");
    }
}
