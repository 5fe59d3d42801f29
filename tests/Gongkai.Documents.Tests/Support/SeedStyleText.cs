using System.Globalization;
using System.Text;
using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Tests.Support;

/// <summary>The kinds of extraction damage <see cref="SeedStyleText"/> can put into a report's text.</summary>
internal sealed record TextDamage(
    double SpaceInLabel = 0,
    double LineBreakInLabel = 0,
    double HalfWidthBrackets = 0,
    double SplitGroupLabel = 0,
    bool VaryHeadings = false,
    bool FullWidthDigits = false,
    bool Traditional = false)
{
    public static TextDamage None { get; } = new();
    public static TextDamage LikeTheSeed { get; } = new(SpaceInLabel: 0.3, LineBreakInLabel: 0.05, HalfWidthBrackets: 0.7, SplitGroupLabel: 0.5, VaryHeadings: true);
}

/// <summary>
/// Writes a report as text copied from a Word table, the way the seed file looks: Markdown headings of mixed levels,
/// tables as tab-separated lines with merged label cells, group labels in the first child row's line (or torn across
/// two lines), and the damage chosen in <see cref="TextDamage"/>. All labels come from ReportLayout.
/// </summary>
internal sealed class SeedStyleText(Random rng, TextDamage damage)
{
    // A few label characters in their traditional forms, to test the normaliser's folding on whole reports.
    private const string Simplified = "开处数计结转办请关机类无总议讼规范况务报";
    private const string Traditional = "開處數計結轉辦請關機類無總議訟規範況務報";

    public string Write(AnnualReport report)
    {
        var sb = new StringBuilder("\n\n");
        sb.Append("# ").Append(report.AgencyName).Append("\n\n");
        sb.Append("## ").Append(report.Year).Append(" 年政府信息公开工作年度报告\n\n");
        if (report.Preamble is { } preamble) sb.Append(preamble).Append("\n\n");
        foreach (var section in report.Layout.Sections)
        {
            sb.Append(Heading(section)).Append("\n\n");
            if (report.Sections.TryGetValue(section.Id, out var s) && s.Body.Length > 0)
                sb.Append(s.Body.Replace("\n", "\n\n")).Append("\n\n");
            switch (section.Id)
            {
                case SectionId.ProactiveDisclosure: ProactiveTable(sb, report); break;
                case SectionId.Requests: RequestTable(sb, report); break;
                case SectionId.Appeals: AppealTable(sb, report); break;
            }
        }
        return sb.ToString();
    }

    private string Heading(SectionDefinition section)
    {
        string text = section.Heading;
        if (!damage.VaryHeadings) return "## " + text;
        if (section.Variants.Count > 0 && rng.NextDouble() < 0.5) text = section.Variants[rng.Next(section.Variants.Count)];
        return rng.Next(5) switch
        {
            0 => "## " + text,
            1 => "### " + text,
            2 => "#### " + text,
            3 => "**" + text + "**",
            _ => text,
        };
    }

    private void ProactiveTable(StringBuilder sb, AnnualReport report)
    {
        foreach (var block in report.Layout.ProactiveBlocks)
        {
            sb.Append(Label(block.Caption)).Append(new string('\t', block.Columns.Count)).Append('\n');
            sb.Append(ProactiveBlock.ContentHeading);
            foreach (var column in block.Columns) sb.Append('\t').Append(Label(column.Label));
            sb.Append('\n');
            if (rng.Next(3) == 0) sb.Append('\n');
            foreach (var row in block.Rows)
            {
                sb.Append(Label(row));
                Values(sb, report, block.Columns.Select(c => ReportLayout.ProactiveCellId(row, c.Key)));
            }
        }
        sb.Append('\n');
    }

    private void RequestTable(StringBuilder sb, AnnualReport report)
    {
        var layout = report.Layout;
        var ungrouped = layout.RequestColumns.Where(c => c.GroupLabel is null).ToList();
        var grouped = layout.RequestColumns.Where(c => c.GroupLabel is not null).ToList();
        sb.Append(Label(ReportLayout.RequestTableNote)).Append("\t\t").Append(Label(ReportLayout.ApplicantGroupLabel))
          .Append(new string('\t', layout.RequestColumns.Count - 1)).Append(Label(ungrouped[^1].Label)).Append("\t\n");
        sb.Append("\t\t").Append(Label(ungrouped[0].Label)).Append('\t').Append(Label(grouped[0].GroupLabel!)).Append(new string('\t', grouped.Count)).Append('\n');
        sb.Append("\t\t\t").Append(string.Join('\t', grouped.Select(c => Label(c.Label)))).Append("\t\t\n");

        // Group labels stand in their first child's line; a torn one puts its second half on the second child's line.
        var placed = new Dictionary<(string Row, string Group), string>();
        foreach (var group in layout.RequestRows.Where(r => !r.HasCells))
        {
            var children = layout.RequestRows.Where(r => r.ParentId == group.Id).ToList();
            string label = Label(group.Label);
            if (children.Count >= 2 && label.Length > 3 && rng.NextDouble() < damage.SplitGroupLabel)
            {
                int cut = rng.Next(3, label.Length);
                placed[(children[0].Id, group.Id)] = label[..cut];
                placed[(children[1].Id, group.Id)] = label[cut..];
            }
            else placed[(children[0].Id, group.Id)] = label;
        }

        foreach (var row in layout.RequestRows.Where(r => r.HasCells))
        {
            string label = Label(row.Label);
            if (row.ParentId is null)
            {
                // 一、\t本年新收… as in the seed, or the label in one field; 四、结转下年度继续办理 spans two columns.
                sb.Append(rng.Next(2) == 0 || label.Length < 3 ? label : label.Insert(2, "\t"));
                if (row.Id == "r4") sb.Append('\t');
            }
            else
            {
                var fields = Ancestors(layout, row).Select(g => placed.GetValueOrDefault((row.Id, g.Id), "")).ToList();
                // The copy is not consistent about the empty cells of merged group columns: drop some of them.
                while (fields.Count > 0 && fields[0].Length == 0 && rng.Next(3) == 0) fields.RemoveAt(0);
                foreach (var field in fields) sb.Append(field).Append('\t');
                sb.Append(label);
                if (row.Kind == RowKind.Total) sb.Append('\t');
            }
            Values(sb, report, layout.RequestColumns.Select(c => ReportLayout.RequestCellId(row.Id, c.Id)));
            if (rng.Next(6) == 0) sb.Append('\n');
        }
        sb.Append('\n');
    }

    private static List<RequestRow> Ancestors(ReportLayout layout, RequestRow row)
    {
        var chain = new List<RequestRow>();
        for (var parent = row.ParentId; parent is not null; parent = layout.RequestRow(parent).ParentId) chain.Insert(0, layout.RequestRow(parent));
        return chain;
    }

    private void AppealTable(StringBuilder sb, AnnualReport report)
    {
        var columns = report.Layout.AppealColumns;
        sb.Append(Label(ReportLayout.ReconsiderationLabel)).Append("\t\t\t\t\t").Append(Label(ReportLayout.LitigationLabel)).Append("\t\t\t\t\t\t\t\t\t\n");
        foreach (var c in columns.Take(5)) sb.Append(Label(c.Label)).Append('\t');
        sb.Append(Label(columns[5].SubGroup!)).Append("\t\t\t\t\t").Append(Label(columns[10].SubGroup!)).Append("\t\t\t\t\n");
        sb.Append("\t\t\t\t\t");
        sb.Append(string.Join('\t', columns.Skip(5).Select(c => Label(c.Label)))).Append('\n');
        sb.Append(string.Join('\t', columns.Select(c => CellText(report[ReportLayout.AppealCellId(c.Id)]))));
        sb.Append("\n\n");
    }

    private void Values(StringBuilder sb, AnnualReport report, IEnumerable<string> cellIds)
    {
        foreach (var id in cellIds) sb.Append('\t').Append(CellText(report[id]));
        if (rng.Next(2) == 0) sb.Append('\t');
        sb.Append('\n');
    }

    private string CellText(CellValue? value)
    {
        if (value is not { } v) return "";
        if (!v.IsNumber) return v.ToString();
        string text = v.Number.ToString(CultureInfo.InvariantCulture);
        return damage.FullWidthDigits ? new string(text.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c).ToArray()) : text;
    }

    /// <summary>A verbatim label with the chosen damage: brackets, spaces and line breaks inside, traditional characters.</summary>
    private string Label(string label)
    {
        if (rng.NextDouble() < damage.HalfWidthBrackets) label = label.Replace('（', '(').Replace('）', ')');
        if (damage.Traditional)
            label = new string(label.Select(c => Simplified.IndexOf(c) is var i and >= 0 ? Traditional[i] : c).ToArray());
        if (label.Length > 3 && rng.NextDouble() < damage.SpaceInLabel) label = label.Insert(rng.Next(1, label.Length - 1), " ");
        if (label.Length > 3 && rng.NextDouble() < damage.LineBreakInLabel) label = label.Insert(rng.Next(2, label.Length - 1), "\n");
        return label;
    }
}
