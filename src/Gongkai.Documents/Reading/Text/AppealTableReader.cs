using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Reading.Text;

/// <summary>
/// Reads table 四 (政府信息公开行政复议、行政诉讼情况): a three-level header and one row of 15 values. The values are
/// the first run of numbers after the header; the header labels are checked for presence.
/// </summary>
internal static class AppealTableReader
{
    private const string TableZh = "表四";
    private const string TableEn = "Table 四";
    /// <summary>Each outcome label (结果维持 … 总计) heads one column in each of the three groups.</summary>
    private const int GroupCount = 3;

    public static TableSpan? Read(ReadContext ctx, int start, int end)
    {
        var doc = ctx.Doc;
        var columns = ctx.Layout.AppealColumns;
        int cs = doc.ToCompact(start), ce = doc.ToCompact(end);

        var (groupLabels, outcomeLabels) = HeaderLabels(ctx.Layout);
        var keys = HeaderKeys(ctx.Layout);
        // Each key's first place in the section: the earliest is where the header starts, and the header check starts from them.
        Span<int> firstAt = keys.Length <= 32 ? stackalloc int[keys.Length] : new int[keys.Length];
        int headerStart = -1;
        for (int k = 0; k < keys.Length; k++)
        {
            int at = firstAt[k] = doc.Find(keys[k], cs, ce);
            if (at >= 0 && (headerStart < 0 || at < headerStart)) headerStart = at;
        }

        int from = headerStart >= 0 ? doc.ToText(headerStart) : start;
        var items = CellTokenizer.Tokenize(doc, from, end, ctx.Items);
        int first = items.FindIndex(i => i.Kind == CellItemKind.Value);
        if (headerStart < 0 && first < 0)
        {
            ctx.Problem(ReadProblemKind.Missing, "t4", null, $"未找到{TableZh}（政府信息公开行政复议、行政诉讼情况），{columns.Count}个单元格缺失",
                $"{TableEn} (reconsideration and litigation) not found; {columns.Count} cells missing");
            ctx.Report.AbsentLabels.AddRange(groupLabels);
            ctx.Report.AbsentLabels.AddRange(outcomeLabels);
            return null;
        }

        // Blank fields at the start of the values' line are cells too (a blank first column).
        int dataStart = first;
        while (dataStart > 0 && items[dataStart - 1].Kind == CellItemKind.Empty && items[dataStart - 1].Line == items[first].Line) dataStart--;
        int headerEnd = first >= 0 ? items[dataStart].Start : end;
        CheckHeader(ctx, groupLabels, outcomeLabels, keys, firstAt, doc.ToCompact(from), doc.ToCompact(headerEnd));

        int line = first >= 0 ? items[first].Line : doc.LineOf(from);
        if (first < 0)
        {
            ctx.Problem(ReadProblemKind.Missing, "t4", line, $"{TableZh}表头后未找到数值（应有{columns.Count}个）", $"{TableEn}: no values after the header ({columns.Count} expected)");
            return new TableSpan(from, headerEnd);
        }

        items.RemoveRange(0, dataStart);
        var read = RowCells.Read(doc, items, columns.Count, line, DigitRunSplitter.EachFifthIsSum, detectExtraRows: false);
        if (read.Placed)
        {
            var cells = ctx.RowCells("");
            read.PlaceAll(ctx, cells.Length, cells);
            ctx.Surplus(ReportTable.Appeals, TableZh, read);
        }
        else ctx.RowNotPlaced("t4", TableZh, read, columns.Count, line);
        return new TableSpan(from, Math.Max(headerEnd, read.ConsumedEnd));
    }

    /// <summary>The group heads (行政复议, 行政诉讼, 未经复议直接起诉, 复议后起诉) and the outcome heads of the layout.</summary>
    private static (List<string> Groups, List<string> Outcomes) HeaderLabels(ReportLayout layout) =>
        layout.Format == ReportFormat.F2019 ? Labels2019.Value : Labels2021.Value;

    /// <summary>The keys of the group labels and then of the outcome labels, made once per format.</summary>
    private static string[] HeaderKeys(ReportLayout layout) =>
        layout.Format == ReportFormat.F2019 ? Keys2019.Value : Keys2021.Value;

    private static readonly Lazy<string[]> Keys2021 = new(() => BuildHeaderKeys(ReportLayout.F2021));
    private static readonly Lazy<string[]> Keys2019 = new(() => BuildHeaderKeys(ReportLayout.F2019));

    private static string[] BuildHeaderKeys(ReportLayout layout)
    {
        var (groups, outcomes) = HeaderLabels(layout);
        return [.. groups.Concat(outcomes).Select(TextNormaliser.LabelKey)];
    }

    private static readonly Lazy<(List<string>, List<string>)> Labels2021 = new(() => BuildHeaderLabels(ReportLayout.F2021));
    private static readonly Lazy<(List<string>, List<string>)> Labels2019 = new(() => BuildHeaderLabels(ReportLayout.F2019));

    private static (List<string>, List<string>) BuildHeaderLabels(ReportLayout layout)
    {
        var columns = layout.AppealColumns;
        return (columns.Select(c => c.Group).Concat(columns.Select(c => c.SubGroup).OfType<string>()).Distinct().ToList(),
                columns.Select(c => c.Label).Distinct().ToList());
    }

    /// <param name="keys">The keys of <paramref name="groupLabels"/> and then of <paramref name="outcomeLabels"/> (<see cref="HeaderKeys"/>).</param>
    /// <param name="firstAt">Per key, its first place in the section (-1 when it has none). The header [from, to) lies in the
    /// section and starts at or before every first place, so a key is in the header exactly when its first place ends by
    /// <paramref name="to"/> — no second search.</param>
    private static void CheckHeader(ReadContext ctx, List<string> groupLabels, List<string> outcomeLabels, string[] keys, ReadOnlySpan<int> firstAt, int from, int to)
    {
        var doc = ctx.Doc;
        int line = doc.LineOf(doc.ToText(from));
        for (int g = 0; g < groupLabels.Count; g++)
            if (FirstIn(keys[g], firstAt[g], to) < 0)
                ctx.AbsentLabel("t4", groupLabels[g], line, TableZh, TableEn);
        for (int o = 0; o < outcomeLabels.Count; o++)
        {
            string label = outcomeLabels[o];
            int k = groupLabels.Count + o;
            string key = keys[k];
            int count = 0;
            // Stops at the third: no search for a fourth that would not be counted.
            for (int at = FirstIn(key, firstAt[k], to); at >= 0; at = doc.Find(key, at + key.Length, to))
                if (++count == GroupCount) break;
            for (int missing = count; missing < GroupCount; missing++)
                ctx.AbsentLabel("t4", label, line, TableZh, TableEn);
        }
    }

    private static int FirstIn(string key, int firstAt, int to) => firstAt >= 0 && firstAt + key.Length <= to ? firstAt : -1;
}
