namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// R11 结构完整: the uniform format (国办公开办函〔2021〕30号 / 〔2019〕60号) fixes six sections and every row, group label and
/// column of tables 二, 三 and 四. A missing part is an error, an extra row or column (a provincial addition, a 小计) a warning.
/// Source: report-format.md §2–§5, §6 R11 (stated), §7 (F2019 layout). Absent cells are grouped: a whole missing table, block,
/// group, row or column is one finding naming the part. Cells a reader could not decide are errors listing the candidates.
/// Section order cannot be checked here: the model keeps sections by id, so order is the reader's to report.
/// </summary>
internal sealed class R11Structure : IReportRule
{
    public const string Id = "R11";

    public void Check(CheckContext context, List<ReportFinding> into)
    {
        var report = context.Report;
        var layout = context.Layout;
        // Filled only when cells are absent: a report with every cell read (the usual case) makes neither set.
        HashSet<string>? reportedLabels = null;
        HashSet<ReportTable>? missingTables = null;

        Sections(context, into);

        // A report with every cell read (the usual case) has no table part to look for.
        if (report.ReadCellCount < layout.Cells.Count)
        {
            reportedLabels = new HashSet<string>(StringComparer.Ordinal);
            missingTables = [];
            var absent = layout.Cells.Where(c => report[c] is null && !report.AmbiguousCells.ContainsKey(c.Id)).ToHashSet();
            into.AddRange(ProactiveTable(layout, absent, reportedLabels, missingTables));
            into.AddRange(RequestTable(layout, absent, reportedLabels, missingTables));
            into.AddRange(AppealTable(layout, absent, reportedLabels, missingTables));
            // A reader may name an absent part by id (ReadProblem.Part: t3.r1.c1, t3.r3.4) rather than by label.
            reportedLabels.UnionWith(absent.Select(c => c.Id));
        }

        foreach (var label in report.AbsentLabels)
        {
            var table = TableOfLabel(layout, label);
            if (reportedLabels is not null && (reportedLabels.Contains(LabelText.Normalize(label)) || reportedLabels.Contains(label.Trim())
                || (table is { } t && missingTables!.Contains(t)))) continue;
            string whereZh = table is { } tz ? CellNames.TableZh(tz) + "的" : "格式规定的";
            string whereEn = table is { } te ? $"{CellNames.TableEn(te)}: the label" : "The label";
            into.Add(Missing([], label, $"未找到{whereZh}标签“{label}”（R11）。", $"{whereEn} “{label}” of the format was not found (R11)."));
        }

        // Counted first: enumerating the dictionary through its interface boxes an enumerator, and most reports have none.
        if (report.AmbiguousCells.Count > 0)
            foreach (var (cellId, candidates) in report.AmbiguousCells)
            {
                if (!layout.TryGetCell(cellId, out var cell)) continue;
                var values = candidates.Select(CellNames.Format).ToList();
                into.Add(CheckContext.Finding(Id, FindingSeverity.Error, FindingKind.Ambiguous, [cell], null, string.Join("|", values),
                    $"{CellNames.Zh(layout, cell)}无法确定，可能是 {string.Join(" 或 ", values)}（R11）。",
                    $"{CellNames.En(cell)} could not be decided: it may be {string.Join(" or ", values)} (R11)."));
            }

        foreach (var extra in report.Extras)
        {
            string atZh = extra.Location is null ? "" : $"（位置：{extra.Location}）";
            string atEn = extra.Location is null ? "" : $" at {extra.Location}";
            into.Add(CheckContext.Finding(Id, FindingSeverity.Warning, FindingKind.Unexpected, [], null, extra.Label,
                $"{CellNames.TableZh(extra.Table)}有格式之外的行或列“{extra.Label}”{atZh}（R11）。",
                $"{CellNames.TableEn(extra.Table)} has a row or column the format does not have: “{extra.Label}”{atEn} (R11)."));
        }
    }

    private static void Sections(CheckContext context, List<ReportFinding> into)
    {
        // By index: the sections are an array behind an interface, and foreach boxed its enumerator.
        var definitions = context.Layout.Sections;
        for (int k = 0; k < definitions.Count; k++)
        {
            var def = definitions[k];
            int n = (int)def.Id;
            if (!context.Report.Sections.TryGetValue(def.Id, out var section))
            {
                into.Add(CheckContext.Finding(Id, FindingSeverity.Error, FindingKind.Missing, [], def.Heading, null,
                    $"缺少第{SectionNumberZh[n - 1]}部分“{def.Heading}”（R11）。",
                    $"Section {n} “{def.Heading}” ({SectionEn[n - 1]}) is missing (R11)."));
                continue;
            }
            if (context.Options.WarnOnHeadingVariants && section.Heading != def.Heading && !LabelText.SameLabel(section.Heading, def.Heading))
                into.Add(CheckContext.Finding(Id, FindingSeverity.Warning, FindingKind.Unexpected, [], def.Heading, section.Heading,
                    $"第{SectionNumberZh[n - 1]}部分标题写作“{section.Heading.Trim()}”，格式规定为“{def.Heading}”（R11）。",
                    $"Section {n} is headed “{section.Heading.Trim()}”; the format's heading is “{def.Heading}” (R11)."));
        }
    }

    private static IEnumerable<ReportFinding> RequestTable(ReportLayout layout, HashSet<CellDefinition> absent, HashSet<string> reported, HashSet<ReportTable> missingTables)
    {
        var table = layout.Cells.Where(c => c.Table == ReportTable.Requests).ToList();
        var gone = table.Where(absent.Contains).ToHashSet();
        if (gone.Count == 0) yield break;
        if (gone.Count == table.Count)
        {
            missingTables.Add(ReportTable.Requests);
            yield return MissingTable(ReportTable.Requests, layout, table);
            yield break;
        }

        foreach (var col in layout.RequestColumns)
        {
            var cells = table.Where(c => c.ColumnId == col.Id).ToList();
            if (!cells.All(gone.Contains)) continue;
            gone.ExceptWith(cells);
            reported.Add(LabelText.Normalize(col.Label));
            yield return Missing(cells, col.Label, $"表三缺少列：“{col.Label}”（R11）。", $"Table 3 lacks {CellNames.RequestColumnEn(col.Id)} (R11).");
        }

        foreach (var group in layout.RequestRows.Where(r => r.Kind == RowKind.Group && r.ParentId == "r3"))
        {
            var rows = layout.RequestRows.Where(r => r.ParentId == group.Id).Select(r => r.Id).ToHashSet();
            var cells = gone.Where(c => rows.Contains(c.RowId)).ToList();
            if (rows.Count == 0 || !RowsGone(table, absent, rows)) continue;
            gone.ExceptWith(cells);
            reported.Add(LabelText.Normalize(group.Label));
            reported.Add($"t3.{group.Id}");
            foreach (var r in rows) reported.Add(LabelText.Normalize(layout.RequestRow(r).Label));
            yield return Missing(cells, group.Label, $"表三缺少“{group.Label}”及其全部 {rows.Count} 行（R11）。",
                $"Table 3 lacks group {CellNames.RequestRowEn(group.Id)} and all its {rows.Count} rows (R11).");
        }

        foreach (var row in layout.RequestRows.Where(r => r.HasCells))
        {
            var cells = gone.Where(c => c.RowId == row.Id).ToList();
            if (cells.Count == 0) continue;
            gone.ExceptWith(cells);
            if (table.Where(c => c.RowId == row.Id).All(absent.Contains))
            {
                reported.Add(LabelText.Normalize(row.Label));
                reported.Add($"t3.{row.Id}");
                yield return Missing(cells, row.Label, $"表三缺少行：{CellNames.RequestRowZh(layout, row.Id)}（R11）。",
                    $"Table 3 lacks {CellNames.RequestRowEn(row.Id)} (R11).");
            }
            else
                yield return Missing(cells, null,
                    $"表三“{CellNames.RequestRowZh(layout, row.Id)}”行未读到{string.Join("", cells.Select(c => $"“{c.ColumnLabel}”"))}列（R11）。",
                    $"Table 3 {CellNames.RequestRowEn(row.Id)}: {string.Join(", ", cells.Select(c => c.Id))} not read (R11).");
        }
    }

    private static bool RowsGone(List<CellDefinition> table, HashSet<CellDefinition> gone, IReadOnlySet<string> rows) =>
        table.Where(c => rows.Contains(c.RowId)).All(gone.Contains);

    private static IEnumerable<ReportFinding> AppealTable(ReportLayout layout, HashSet<CellDefinition> absent, HashSet<string> reported, HashSet<ReportTable> missingTables)
    {
        var table = layout.Cells.Where(c => c.Table == ReportTable.Appeals).ToList();
        var gone = table.Where(absent.Contains).ToHashSet();
        if (gone.Count == 0) yield break;
        if (gone.Count == table.Count)
        {
            missingTables.Add(ReportTable.Appeals);
            yield return MissingTable(ReportTable.Appeals, layout, table);
            yield break;
        }
        foreach (var g in new[] { "a", "b", "c" })
        {
            var cells = table.Where(c => c.ColumnId.StartsWith(g, StringComparison.Ordinal)).ToList();
            if (!cells.All(gone.Contains)) continue;
            gone.ExceptWith(cells);
            reported.Add(LabelText.Normalize(g == "a" ? ReportLayout.ReconsiderationLabel : CellNames.AppealGroupZh(g).Split('—')[1]));
            yield return Missing(cells, CellNames.AppealGroupZh(g), $"表四缺少“{CellNames.AppealGroupZh(g)}”各列（R11）。",
                $"Table 4 lacks the columns of group {g} ({CellNames.AppealGroupEn(g)}) (R11).");
        }
        if (gone.Count > 0)
        {
            var cells = table.Where(gone.Contains).ToList();
            yield return Missing(cells, null,
                $"表四未读到：{string.Join("、", cells.Select(c => $"“{CellNames.AppealColumnZh(layout, c.ColumnId)}”列"))}（R11）。",
                $"Table 4: {string.Join(", ", cells.Select(c => c.Id))} not read (R11).");
        }
    }

    private static IEnumerable<ReportFinding> ProactiveTable(ReportLayout layout, HashSet<CellDefinition> absent, HashSet<string> reported, HashSet<ReportTable> missingTables)
    {
        var table = layout.Cells.Where(c => c.Table == ReportTable.Proactive).ToList();
        var gone = table.Where(absent.Contains).ToHashSet();
        if (gone.Count == 0) yield break;
        if (gone.Count == table.Count)
        {
            missingTables.Add(ReportTable.Proactive);
            yield return MissingTable(ReportTable.Proactive, layout, table);
            yield break;
        }
        foreach (var block in layout.ProactiveBlocks)
        {
            var cells = table.Where(c => block.Rows.Contains(c.RowId)).ToList();
            var blockGone = cells.Where(gone.Contains).ToList();
            if (blockGone.Count == 0) continue;
            if (blockGone.Count == cells.Count)
            {
                reported.Add(LabelText.Normalize(block.Caption));
                yield return Missing(cells, block.Caption, $"表二缺少“{block.Caption}”（R11）。", $"Table 2 lacks block {block.Id} “{block.Caption}” (R11).");
                continue;
            }
            var left = blockGone.ToHashSet();
            if (block.Rows.Count > 1)
                foreach (var col in block.Columns)
                {
                    var colCells = cells.Where(c => c.ColumnId == col.Key).ToList();
                    if (!colCells.All(left.Contains)) continue;
                    left.ExceptWith(colCells);
                    reported.Add(LabelText.Normalize(col.Label));
                    yield return Missing(colCells, col.Label, $"表二“{block.Caption}”缺少列：{col.Label}（R11）。",
                        $"Table 2 block {block.Id} lacks {CellNames.ProactiveColumnEn(col.Key)} (R11).");
                }
            foreach (var row in block.Rows)
            {
                var rowCells = cells.Where(c => c.RowId == row).ToList();
                var rowGone = rowCells.Where(left.Contains).ToList();
                if (rowGone.Count == 0) continue;
                if (rowCells.All(absent.Contains))
                {
                    reported.Add(LabelText.Normalize(row));
                    yield return Missing(rowGone, row, $"表二“{block.Caption}”缺少行：{row}（R11）。",
                        $"Table 2 block {block.Id} lacks {CellNames.ProactiveRowEn(row)} (R11).");
                }
                else
                    yield return Missing(rowGone, null,
                        $"表二“{block.Caption}”“{row}”行未读到{string.Join("", rowGone.Select(c => $"“{c.ColumnLabel}”"))}列（R11）。",
                        $"Table 2 {CellNames.ProactiveRowEn(row)}: {string.Join(", ", rowGone.Select(c => c.Id))} not read (R11).");
            }
        }
    }

    private static ReportFinding MissingTable(ReportTable table, ReportLayout layout, List<CellDefinition> cells)
    {
        var heading = layout.Section((SectionId)(int)table).Heading;
        var name = heading[(heading.IndexOf('、') + 1)..];
        return Missing(cells, name, $"缺少{CellNames.TableZh(table)}“{name}”：未读到其中任何单元格（R11）。",
            $"{CellNames.TableEn(table)} “{name}” is missing: none of its cells was read (R11).");
    }

    /// <summary>A missing part: Expected names the part (its label) when a whole part is missing, null for scattered cells.</summary>
    private static ReportFinding Missing(IEnumerable<CellDefinition> cells, string? label, string zh, string en) =>
        CheckContext.Finding(Id, FindingSeverity.Error, FindingKind.Missing, cells, label, null, zh, en);

    /// <summary>The table a free-text label or a part id (t3.r3.4) belongs to, when it can be told.</summary>
    private static ReportTable? TableOfLabel(ReportLayout layout, string label)
    {
        var trimmed = label.Trim();
        if (trimmed.StartsWith("t2", StringComparison.Ordinal)) return ReportTable.Proactive;
        if (trimmed.StartsWith("t3", StringComparison.Ordinal)) return ReportTable.Requests;
        if (trimmed.StartsWith("t4", StringComparison.Ordinal)) return ReportTable.Appeals;
        var n = LabelText.Normalize(label);
        bool Is(string s) => LabelText.Normalize(s) == n;
        if (layout.RequestRows.Any(r => Is(r.Label)) || layout.RequestColumns.Any(c => Is(c.Label))
            || Is(ReportLayout.RequestTableNote) || Is(ReportLayout.ApplicantGroupLabel) || Is(ReportLayout.OrganizationGroupLabel))
            return ReportTable.Requests;
        if (layout.AppealColumns.Any(c => Is(c.Group) || (c.SubGroup is { } s && Is(s)) || Is(c.Label)))
            return ReportTable.Appeals;
        if (layout.ProactiveBlocks.Any(b => Is(b.Caption) || Is(ProactiveBlock.ContentHeading) || b.Rows.Any(Is) || b.Columns.Any(c => Is(c.Label))))
            return ReportTable.Proactive;
        return null;
    }

    private static readonly string[] SectionNumberZh = ["一", "二", "三", "四", "五", "六"];
    private static readonly string[] SectionEn =
        ["overview", "proactive disclosure", "requests received and handled", "reconsideration and litigation", "problems and improvements", "other matters"];
}
