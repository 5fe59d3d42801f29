using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Tables;

namespace Gongkai.Documents.Tests.Rendering.Exports;

/// <summary>A run of text that must appear whole, in order: a title, a heading, a paragraph, or one table row (its cells left to right).</summary>
internal sealed record ExpectedLine(string What, IReadOnlyList<string> Tokens, ReportTable? Table = null, int GridRow = -1);

/// <summary>What a printed report must hold, in reading order: built from the report and the format's layout.</summary>
internal static class ReadingOrder
{
    public static List<ExpectedLine> Of(AnnualReport report)
    {
        var lines = new List<ExpectedLine> { new("title", [report.Title!]) };
        var grids = ReportTableGrids.All(report).ToDictionary(g => g.Table);
        foreach (var definition in report.Layout.Sections)
        {
            lines.Add(new ExpectedLine("heading", [definition.Heading]));
            if (report.Sections.TryGetValue(definition.Id, out var section))
                foreach (var paragraph in section.Body.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0))
                    lines.Add(new ExpectedLine("paragraph", [paragraph]));
            var table = definition.Id switch
            {
                SectionId.ProactiveDisclosure => ReportTable.Proactive,
                SectionId.Requests => ReportTable.Requests,
                SectionId.Appeals => ReportTable.Appeals,
                _ => (ReportTable?)null,
            };
            if (table is not null) lines.AddRange(TableLines(grids[table.Value]));
        }
        return lines;
    }

    /// <summary>Every row of a table, its cells' texts left to right (header rows too; cells with no text left out).</summary>
    public static IEnumerable<ExpectedLine> TableLines(TableGrid grid) =>
        grid.Rows.Select((row, i) => new ExpectedLine(
            $"table {(int)grid.Table} row {i}", [.. row.Cells.Select(c => c.Text).Where(t => t.Length > 0)], grid.Table, i));

    /// <summary>Every label of the format and every value of a report, to check nothing is missing from the expectation itself.</summary>
    public static IEnumerable<string> LabelsAndValues(AnnualReport report)
    {
        var layout = report.Layout;
        foreach (var block in layout.ProactiveBlocks)
        {
            yield return block.Caption;
            yield return ProactiveBlock.ContentHeading;
            foreach (var column in block.Columns) yield return column.Label;
            foreach (var row in block.Rows) yield return row;
        }
        yield return ReportLayout.RequestTableNote;
        yield return ReportLayout.ApplicantGroupLabel;
        yield return ReportLayout.OrganizationGroupLabel;
        foreach (var column in layout.RequestColumns) yield return column.Label;
        foreach (var row in layout.RequestRows) yield return row.Label;
        foreach (var column in layout.AppealColumns)
        {
            yield return column.Group;
            if (column.SubGroup is not null) yield return column.SubGroup;
            yield return column.Label;
        }
        foreach (var cell in layout.Cells) yield return report[cell.Id]?.ToString() ?? "";
    }
}
