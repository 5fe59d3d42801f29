using System.Globalization;
using System.Text;
using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Rendering.Markdown;

/// <summary>
/// 年度报告 Markdown: the title, the preamble, the six official headings with their prose, and tables 二, 三 and 四
/// as GitHub pipe tables with the format's verbatim labels. A merged header cell is written once in its first column
/// with empty cells after it, as a copied table shows it. Blank and absent cells are empty; dashes and 不适用 are
/// written as stated. <see cref="Reading.Text.ReportTextReader"/> reads the result back to the same cells and sections.
/// </summary>
public static class MarkdownReportRenderer
{
    public static string Render(AnnualReport report)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Inline(TitleOf(report))).Append("\n\n");
        Paragraphs(md, report.Preamble);

        foreach (var section in report.Layout.Sections)
        {
            md.Append("## ").Append(section.Heading).Append("\n\n");
            Paragraphs(md, report.Sections.TryGetValue(section.Id, out var written) ? written.Body : null);
            switch (section.Id)
            {
                case SectionId.ProactiveDisclosure: ProactiveTable(md, report); break;
                case SectionId.Requests: RequestTable(md, report); break;
                case SectionId.Appeals: AppealTable(md, report); break;
            }
        }
        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static string TitleOf(AnnualReport report)
    {
        if (!string.IsNullOrWhiteSpace(report.Title)) return report.Title;
        string year = report.Year is { } y ? $"{y}年" : "";
        return $"{report.AgencyName}{year}政府信息公开工作年度报告";
    }

    /// <summary>Each line of the prose becomes a paragraph.</summary>
    private static void Paragraphs(StringBuilder md, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        foreach (var line in text.Split('\n'))
        {
            string trimmed = line.Trim();
            if (trimmed.Length > 0) md.Append(trimmed).Append("\n\n");
        }
    }

    private static void ProactiveTable(StringBuilder md, AnnualReport report)
    {
        foreach (var block in report.Layout.ProactiveBlocks)
        {
            int width = block.Columns.Count + 1;
            var table = new PipeTable(md, width);
            table.Row([block.Caption]);
            table.Delimiter();
            table.Row([ProactiveBlock.ContentHeading, .. block.Columns.Select(c => c.Label)]);
            foreach (var row in block.Rows)
                table.Row([row, .. block.Columns.Select(c => Cell(report, ReportLayout.ProactiveCellId(row, c.Key)))]);
            md.Append('\n');
        }
    }

    private static void RequestTable(StringBuilder md, AnnualReport report)
    {
        var layout = report.Layout;
        var columns = layout.RequestColumns;
        var table = new PipeTable(md, columns.Count + 1);
        table.Row([ReportLayout.RequestTableNote, ReportLayout.ApplicantGroupLabel]);
        table.Delimiter();

        // Second header row: columns without a group head span both rows and stand here; a group head stands once over its columns.
        var groupRow = new List<string> { "" };
        var leafRow = new List<string> { "" };
        string? previousGroup = null;
        foreach (var column in columns)
        {
            groupRow.Add(column.GroupLabel is null ? column.Label : column.GroupLabel == previousGroup ? "" : column.GroupLabel);
            leafRow.Add(column.GroupLabel is null ? "" : column.Label);
            previousGroup = column.GroupLabel;
        }
        table.Row(groupRow);
        table.Row(leafRow);

        foreach (var row in layout.RequestRows)
        {
            if (!row.HasCells) { table.Row([row.Label]); continue; }
            table.Row([row.Label, .. columns.Select(c => Cell(report, ReportLayout.RequestCellId(row.Id, c.Id)))]);
        }
        md.Append('\n');
    }

    private static void AppealTable(StringBuilder md, AnnualReport report)
    {
        var columns = report.Layout.AppealColumns;
        var table = new PipeTable(md, columns.Count);
        table.Row(FirstOfEach(columns.Select(c => c.Group)));
        table.Delimiter();
        table.Row(FirstOfEach(columns.Select(c => c.SubGroup ?? "")));
        table.Row(columns.Select(c => c.Label).ToList());
        table.Row(columns.Select(c => Cell(report, ReportLayout.AppealCellId(c.Id))).ToList());
        md.Append('\n');
    }

    /// <summary>A merged header: the label in the first column it spans, empty cells in the others.</summary>
    private static List<string> FirstOfEach(IEnumerable<string> labels)
    {
        var row = new List<string>();
        string? previous = null;
        foreach (var label in labels)
        {
            row.Add(label == previous ? "" : label);
            previous = label;
        }
        return row;
    }

    private static string Cell(AnnualReport report, string cellId) => report[cellId] switch
    {
        null => "",
        { Kind: CellKind.Number } v => v.Number.ToString(CultureInfo.InvariantCulture),
        { } v => v.ToString(),
    };

    /// <summary>A pipe character inside a cell would end it; the full-width form keeps the text readable.</summary>
    private static string Inline(string text) => text.Replace('\n', ' ').Replace('|', '｜');

    /// <summary>Writes rows of a GitHub pipe table, padding short rows with empty cells.</summary>
    private sealed class PipeTable(StringBuilder md, int width)
    {
        public void Row(IReadOnlyList<string> cells)
        {
            md.Append('|');
            for (int i = 0; i < width; i++)
            {
                string cell = i < cells.Count ? Inline(cells[i]) : "";
                md.Append(' ').Append(cell).Append(cell.Length == 0 ? "|" : " |");
            }
            md.Append('\n');
        }

        public void Delimiter()
        {
            md.Append('|');
            for (int i = 0; i < width; i++) md.Append(" --- |");
            md.Append('\n');
        }
    }
}
