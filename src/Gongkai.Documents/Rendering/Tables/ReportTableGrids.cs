using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Rendering.Tables;

/// <summary>
/// Builds the grids of tables 二, 三 and 四 (主动公开 / 依申请公开 / 复议诉讼) from a report, with the merged header cells of the
/// official form (report-format.md §3–§5). Everything is derived from <see cref="ReportLayout"/>, so both formats come out right.
/// </summary>
public static class ReportTableGrids
{
    /// <summary>Key of table 三's head over all seven data columns (申请人情况).</summary>
    public const string ApplicantsKey = "applicants";

    public static IReadOnlyList<TableGrid> All(AnnualReport report) => [Proactive(report), Requests(report), Appeals(report)];

    /// <summary>
    /// 表二: one table of four blocks (five in the 2019 format). Each block is a caption row (第二十条第（…）项) across the
    /// table, a head row (信息内容 and the block's columns) and its data rows. Blocks with fewer columns than the widest let
    /// their last column span the rest, as the official form does.
    /// </summary>
    public static TableGrid Proactive(AnnualReport report)
    {
        var layout = report.Layout;
        int width = 1 + layout.ProactiveBlocks.Max(b => b.Columns.Count);
        var rows = new List<GridRow>();
        foreach (var block in layout.ProactiveBlocks)
        {
            rows.Add(new GridRow(GridRowPart.Body,
                [new GridCell { Role = GridCellRole.BlockCaption, Text = block.Caption, ColumnSpan = width, Key = block.Id }],
                StartsGroup: true));

            int SpanOf(int columnIndex) => columnIndex == block.Columns.Count - 1 ? width - block.Columns.Count : 1;
            string ColumnKey(ProactiveColumn column) => $"{block.Id}.{column.Key}";

            var head = new List<GridCell>
            {
                new() { Role = GridCellRole.ColumnHeader, Text = ProactiveBlock.ContentHeading, Key = $"{block.Id}.content" },
            };
            head.AddRange(block.Columns.Select((col, i) =>
                new GridCell { Role = GridCellRole.ColumnHeader, Text = col.Label, Key = ColumnKey(col), ColumnSpan = SpanOf(i) }));
            rows.Add(new GridRow(GridRowPart.Body, head));

            foreach (var row in block.Rows)
            {
                string rowKey = $"{block.Id}.{row}";
                var cells = new List<GridCell> { new() { Role = GridCellRole.RowHeader, Text = row, Key = rowKey } };
                cells.AddRange(block.Columns.Select((col, i) =>
                    DataCell(report, ReportLayout.ProactiveCellId(row, col.Key), [block.Id, rowKey, ColumnKey(col)], SpanOf(i))));
                rows.Add(new GridRow(GridRowPart.Body, cells));
            }
        }
        return new TableGrid(ReportTable.Proactive, layout.Section(SectionId.ProactiveDisclosure).Heading, width, rows);
    }

    /// <summary>
    /// 表三: the corner note over the label columns and the three head rows; 申请人情况 over all data columns,
    /// 法人或其他组织 over its five; 自然人 and 总计 spanning two head rows. Group labels (三、本年度办理结果, （三）不予公开 …)
    /// span their rows; each row label spans the label columns its depth leaves free.
    /// </summary>
    public static TableGrid Requests(AnnualReport report)
    {
        var layout = report.Layout;
        int Depth(RequestRow row) => row.ParentId is null ? 0 : 1 + Depth(layout.RequestRow(row.ParentId));
        int labelColumns = layout.RequestRows.Max(Depth) + 1;
        var columns = layout.RequestColumns;
        var rows = new List<GridRow>();

        // Head: three rows.
        rows.Add(new GridRow(GridRowPart.Head,
        [
            new GridCell { Role = GridCellRole.Note, Text = ReportLayout.RequestTableNote, ColumnSpan = labelColumns, RowSpan = 3 },
            new GridCell { Role = GridCellRole.ColumnHeader, Text = ReportLayout.ApplicantGroupLabel, ColumnSpan = columns.Count, Key = ApplicantsKey },
        ]));
        var second = new List<GridCell>();
        var third = new List<GridCell>();
        var columnKeys = new Dictionary<string, string[]>();
        foreach (var run in ConsecutiveRuns(columns, c => c.GroupLabel))
        {
            if (run.Key is null)
            {
                foreach (var col in run.Items)
                {
                    second.Add(new GridCell { Role = GridCellRole.ColumnHeader, Text = col.Label, RowSpan = 2, Key = col.Id });
                    columnKeys[col.Id] = [ApplicantsKey, col.Id];
                }
                continue;
            }
            string groupKey = $"group.{run.Items[0].Id}";
            second.Add(new GridCell { Role = GridCellRole.ColumnHeader, Text = run.Key, ColumnSpan = run.Items.Count, Key = groupKey });
            foreach (var col in run.Items)
            {
                third.Add(new GridCell { Role = GridCellRole.ColumnHeader, Text = col.Label, Key = col.Id });
                columnKeys[col.Id] = [ApplicantsKey, groupKey, col.Id];
            }
        }
        rows.Add(new GridRow(GridRowPart.Head, second));
        rows.Add(new GridRow(GridRowPart.Head, third));

        // Body: one grid row per table row that has cells; a group label opens in its first such row.
        var dataRows = layout.RequestRows.Where(r => r.HasCells).ToList();
        List<RequestRow> Ancestors(RequestRow row)
        {
            var chain = new List<RequestRow>();
            for (var parent = row.ParentId; parent is not null; parent = layout.RequestRow(parent).ParentId)
                chain.Insert(0, layout.RequestRow(parent));
            return chain;
        }
        var rowsUnder = dataRows.SelectMany(r => Ancestors(r).Select(a => a.Id)).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var opened = new HashSet<string>();
        foreach (var row in dataRows)
        {
            var ancestors = Ancestors(row);
            var cells = new List<GridCell>();
            foreach (var group in ancestors.Where(a => opened.Add(a.Id)))
                cells.Add(new GridCell { Role = GridCellRole.RowHeader, Text = group.Label, RowSpan = rowsUnder[group.Id], Key = group.Id });
            cells.Add(new GridCell { Role = GridCellRole.RowHeader, Text = row.Label, ColumnSpan = labelColumns - ancestors.Count, Key = row.Id });
            string[] rowKeys = [.. ancestors.Select(a => a.Id), row.Id];
            cells.AddRange(columns.Select(col =>
                DataCell(report, ReportLayout.RequestCellId(row.Id, col.Id), [.. rowKeys, .. columnKeys[col.Id]])));
            rows.Add(new GridRow(GridRowPart.Body, cells));
        }
        return new TableGrid(ReportTable.Requests, layout.Section(SectionId.Requests).Heading, labelColumns + columns.Count, rows);
    }

    /// <summary>
    /// 表四: three head levels — 行政复议 (its five outcome heads spanning levels two and three) and 行政诉讼 over
    /// 未经复议直接起诉 and 复议后起诉 with five outcome heads each — and one data row of fifteen cells.
    /// </summary>
    public static TableGrid Appeals(AnnualReport report)
    {
        var layout = report.Layout;
        var columns = layout.AppealColumns;
        int levels = columns.Any(c => c.SubGroup is not null) ? 3 : 2;
        var first = new List<GridCell>();
        var second = new List<GridCell>();
        var third = new List<GridCell>();
        var columnKeys = new Dictionary<string, string[]>();
        foreach (var group in ConsecutiveRuns(columns, c => c.Group))
        {
            string groupKey = $"group.{group.Items[0].Id}";
            first.Add(new GridCell { Role = GridCellRole.ColumnHeader, Text = group.Key!, ColumnSpan = group.Items.Count, Key = groupKey });
            foreach (var sub in ConsecutiveRuns(group.Items, c => c.SubGroup))
            {
                if (sub.Key is null)
                {
                    foreach (var col in sub.Items)
                    {
                        second.Add(new GridCell { Role = GridCellRole.ColumnHeader, Text = col.Label, RowSpan = levels - 1, Key = col.Id });
                        columnKeys[col.Id] = [groupKey, col.Id];
                    }
                    continue;
                }
                string subKey = $"subgroup.{sub.Items[0].Id}";
                second.Add(new GridCell { Role = GridCellRole.ColumnHeader, Text = sub.Key, ColumnSpan = sub.Items.Count, Key = subKey });
                foreach (var col in sub.Items)
                {
                    third.Add(new GridCell { Role = GridCellRole.ColumnHeader, Text = col.Label, Key = col.Id });
                    columnKeys[col.Id] = [groupKey, subKey, col.Id];
                }
            }
        }
        var rows = new List<GridRow> { new(GridRowPart.Head, first), new(GridRowPart.Head, second) };
        if (levels == 3) rows.Add(new GridRow(GridRowPart.Head, third));
        rows.Add(new GridRow(GridRowPart.Body,
            [.. columns.Select(col => DataCell(report, ReportLayout.AppealCellId(col.Id), columnKeys[col.Id]))]));
        return new TableGrid(ReportTable.Appeals, layout.Section(SectionId.Appeals).Heading, columns.Count, rows);
    }

    private static GridCell DataCell(AnnualReport report, string cellId, IReadOnlyList<string> headerKeys, int columnSpan = 1)
    {
        var value = report[cellId];
        return new GridCell
        {
            Role = GridCellRole.Data,
            CellId = cellId,
            Value = value,
            Text = value?.ToString() ?? "",
            Candidates = report.AmbiguousCells.TryGetValue(cellId, out var candidates) ? candidates : null,
            HeaderKeys = headerKeys,
            ColumnSpan = columnSpan,
        };
    }

    private sealed record Run<T>(string? Key, List<T> Items);

    private static IEnumerable<Run<T>> ConsecutiveRuns<T>(IEnumerable<T> items, Func<T, string?> key)
    {
        Run<T>? current = null;
        foreach (var item in items)
        {
            var k = key(item);
            if (current is null || current.Key != k)
            {
                if (current is not null) yield return current;
                current = new Run<T>(k, []);
            }
            current.Items.Add(item);
        }
        if (current is not null) yield return current;
    }
}
