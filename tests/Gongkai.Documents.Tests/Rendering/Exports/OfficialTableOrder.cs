using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Tests.Rendering.Exports;

/// <summary>A row of a statutory table that holds values: its verbatim label and its values left to right.</summary>
internal sealed record ValueRow(ReportTable Table, string Label, IReadOnlyList<decimal> Values);

/// <summary>
/// The reading order of tables 二, 三 and 四 as the official form prints them, built from <see cref="ReportLayout"/> alone (not
/// from the renderers' grids, so a renderer that reorders cells is caught): row by row from the top, cells left to right, a
/// merged cell read where its top-left corner is.
/// </summary>
internal static class OfficialTableOrder
{
    /// <summary>Every verbatim label and every value, as text, in reading order.</summary>
    public static List<string> Tokens(AnnualReport report)
    {
        var layout = report.Layout;
        var tokens = new List<string>();
        string Value(string cellId) => report[cellId]?.ToString() ?? "";

        // 表二: per 第二十条 item, its caption row, then 信息内容 and the column heads, then each row's label and values.
        foreach (var block in layout.ProactiveBlocks)
        {
            tokens.Add(block.Caption);
            tokens.Add(ProactiveBlock.ContentHeading);
            tokens.AddRange(block.Columns.Select(c => c.Label));
            foreach (var row in block.Rows)
            {
                tokens.Add(row);
                tokens.AddRange(block.Columns.Select(c => Value(ReportLayout.ProactiveCellId(row, c.Key))));
            }
        }

        // 表三: the note (spanning the three head rows) and 申请人情况; then 自然人, 法人或其他组织, 总计; then the five kinds of
        // organisation; then the body, each group label (（三）不予公开 …) read at its first row.
        tokens.Add(ReportLayout.RequestTableNote);
        tokens.Add(ReportLayout.ApplicantGroupLabel);
        string? group = null;
        foreach (var column in layout.RequestColumns)
        {
            if (column.GroupLabel is null) tokens.Add(column.Label);
            else if (column.GroupLabel != group) tokens.Add(column.GroupLabel);
            group = column.GroupLabel;
        }
        tokens.AddRange(layout.RequestColumns.Where(c => c.GroupLabel is not null).Select(c => c.Label));
        var opened = new HashSet<string>();
        foreach (var row in layout.RequestRows.Where(r => r.HasCells))
        {
            var ancestors = new List<RequestRow>();
            for (var parent = row.ParentId; parent is not null; parent = layout.RequestRow(parent).ParentId)
                ancestors.Insert(0, layout.RequestRow(parent));
            tokens.AddRange(ancestors.Where(a => opened.Add(a.Id)).Select(a => a.Label));
            tokens.Add(row.Label);
            tokens.AddRange(layout.RequestColumns.Select(c => Value(ReportLayout.RequestCellId(row.Id, c.Id))));
        }

        // 表四: 行政复议 | 行政诉讼; the outcome heads of 行政复议 and 未经复议直接起诉 | 复议后起诉; their outcome heads; the values.
        var columns = layout.AppealColumns;
        tokens.AddRange(columns.Select(c => c.Group).Distinct());
        string? subGroup = null;
        foreach (var column in columns)
        {
            if (column.SubGroup is null) tokens.Add(column.Label);
            else if (column.SubGroup != subGroup) tokens.Add(column.SubGroup);
            subGroup = column.SubGroup;
        }
        tokens.AddRange(columns.Where(c => c.SubGroup is not null).Select(c => c.Label));
        tokens.AddRange(columns.Select(c => Value(ReportLayout.AppealCellId(c.Id))));
        return tokens;
    }

    /// <summary>Every row holding values, top to bottom, tables 二, 三, 四; its values in column order.</summary>
    public static List<ValueRow> ValueRows(AnnualReport report)
    {
        var layout = report.Layout;
        decimal Number(string cellId) => report.Number(cellId) ?? throw new ArgumentException($"{cellId} holds no number");
        var rows = new List<ValueRow>();
        foreach (var block in layout.ProactiveBlocks)
            rows.AddRange(block.Rows.Select(row => new ValueRow(ReportTable.Proactive, row,
                [.. block.Columns.Select(c => Number(ReportLayout.ProactiveCellId(row, c.Key)))])));
        rows.AddRange(layout.RequestRows.Where(r => r.HasCells).Select(row => new ValueRow(ReportTable.Requests, row.Label,
            [.. layout.RequestColumns.Select(c => Number(ReportLayout.RequestCellId(row.Id, c.Id)))])));
        rows.Add(new ValueRow(ReportTable.Appeals, ReportLayout.ReconsiderationLabel,
            [.. layout.AppealColumns.Select(c => Number(ReportLayout.AppealCellId(c.Id)))]));
        return rows;
    }
}
