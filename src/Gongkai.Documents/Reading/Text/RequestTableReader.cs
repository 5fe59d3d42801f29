using System.Text;
using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Reading.Text;

/// <summary>
/// Reads table 三 (收到和处理政府信息公开申请情况). The labels of the rows with cells are found in layout order; the
/// values after each label are its cells. The text left between recognised rows, joined, is where the group labels
/// are looked for, so a group label torn apart by the copy (<c>(四) 无</c> … <c>法提供</c>) is still recognised.
/// The column heads tell which columns the table has; a 小计 column is read past and reported as an extra.
/// </summary>
internal static class RequestTableReader
{
    private const string TableZh = "表三";
    private const string TableEn = "Table 三";
    /// <summary>The word for a subtotal column some third-party templates add; not a label of the format.</summary>
    private const string SubtotalWord = "小计";

    public static TableSpan? Read(ReadContext ctx, int start, int end)
    {
        var doc = ctx.Doc;
        var layout = ctx.Layout;
        int cs = doc.ToCompact(start), ce = doc.ToCompact(end);
        var rows = layout.RequestRows.Where(r => r.HasCells).ToList();

        var hits = new LabelHit?[rows.Count];
        int cursor = cs;
        for (int r = 0; r < rows.Count; r++)
        {
            hits[r] = LabelMatcher.Find(doc, LabelKey.Of(rows[r].Label), cursor, ce);
            if (hits[r] is { } hit) cursor = hit.End;
        }
        int firstRow = Array.FindIndex(hits, h => h is not null);
        if (firstRow < 0)
        {
            ctx.Problem(ReadProblemKind.Missing, "t3", null, $"未找到{TableZh}（收到和处理政府信息公开申请情况），{rows.Count * layout.RequestColumns.Count}个单元格缺失",
                $"{TableEn} (requests received and handled) not found; {rows.Count * layout.RequestColumns.Count} cells missing");
            AbsentAllLabels(ctx);
            return null;
        }

        int headerEnd = hits[firstRow]!.Value.Start;
        var columns = ReadColumnHeads(ctx, cs, headerEnd, out int headerStart, out int subtotalAt);
        int expected = columns.Count + (subtotalAt >= 0 ? 1 : 0);
        bool standard = subtotalAt < 0 && columns.Count == layout.RequestColumns.Count;
        Func<decimal[], bool>? rule = standard ? DigitRunSplitter.LastIsSum : null;

        int tableStart = Math.Min(doc.ToText(headerStart), doc.ToText(hits[firstRow]!.Value.Start));
        int tableEnd = tableStart;
        var residual = new StringBuilder();
        var residualLines = new List<(int At, int Line)>();
        var extraRows = new List<ExtraRow>();
        int lastLine = doc.LineOf(tableStart);

        for (int r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (hits[r] is not { } hit)
            {
                ctx.Problem(ReadProblemKind.Missing, $"t3.{row.Id}", lastLine, $"{TableZh}未找到行“{row.Label}”（{columns.Count}个单元格）",
                    $"{TableEn}: row “{row.Label}” not found ({columns.Count} cells)");
                continue;
            }
            int areaStart = doc.ToTextEnd(hit.End);
            int next = ce;
            for (int n = r + 1; n < rows.Count; n++)
                if (hits[n] is { } h) { next = h.Start; break; }
            int areaEnd = doc.ToText(next);
            lastLine = doc.LineOf(areaStart);
            bool last = r == rows.Count - 1 || hits.Skip(r + 1).All(h => h is null);
            var read = RowCells.Read(CellTokenizer.Tokenize(doc, areaStart, areaEnd), expected, lastLine, rule, detectExtraRows: !last);
            tableEnd = Math.Max(tableEnd, Math.Max(areaStart, read.ConsumedEnd));
            PlaceRow(ctx, row, columns, subtotalAt, expected, read, lastLine);
            foreach (var item in read.Residual)
            {
                residualLines.Add((residual.Length, item.Line));
                residual.Append(TextNormaliser.Key(item.Raw));
            }
            extraRows.AddRange(read.ExtraRows);
        }

        FindGroupLabels(ctx, residual.ToString(), residualLines, extraRows);
        return new TableSpan(tableStart, tableEnd);
    }

    private static void PlaceRow(ReadContext ctx, RequestRow row, List<RequestColumn> columns, int subtotalAt, int expected, RowRead read, int line)
    {
        if (read.Slots is not { } slots)
        {
            ctx.RowNotPlaced($"t3.{row.Id}", row.Label, read, expected, line);
            return;
        }
        int slot = 0;
        for (int c = 0; c < columns.Count; c++, slot++)
        {
            if (slot == subtotalAt) slot++;
            ctx.Place(ctx.Layout.Cell(ReportLayout.RequestCellId(row.Id, columns[c].Id)), slots[slot]);
        }
        ctx.Surplus(ReportTable.Requests, row.Label, read);
    }

    /// <summary>
    /// Which columns the header names. When the header names none (it was lost), all columns of the format are assumed;
    /// a column the header lacks while naming others is taken as absent from the table.
    /// </summary>
    private static List<RequestColumn> ReadColumnHeads(ReadContext ctx, int from, int to, out int headerStart, out int subtotalAt)
    {
        var doc = ctx.Doc;
        var layout = ctx.Layout;
        int line = doc.LineOf(doc.ToText(from));
        headerStart = to;
        string noteKey = TextNormaliser.Key(ReportLayout.RequestTableNote);
        string applicantKey = TextNormaliser.Key(ReportLayout.ApplicantGroupLabel);
        string organizationKey = TextNormaliser.Key(ReportLayout.OrganizationGroupLabel);
        // Longer labels a column head may be part of (其他 in 法人或其他组织).
        string[] containers = [noteKey, applicantKey, organizationKey];

        int note = doc.Find(noteKey, from, to);
        if (note < 0) note = doc.Find(noteKey.Trim('(', ')'), from, to);
        int applicant = doc.Find(applicantKey, from, to);
        int organization = doc.Find(organizationKey, from, to);
        foreach (int at in new[] { note, applicant, organization }) if (at >= 0) headerStart = Math.Min(headerStart, at);

        var found = new List<RequestColumn>();
        var missing = new List<RequestColumn>();
        foreach (var column in layout.RequestColumns)
        {
            int at = FindStandalone(doc, TextNormaliser.Key(column.Label), from, to, containers);
            if (at >= 0) { found.Add(column); headerStart = Math.Min(headerStart, at); }
            else missing.Add(column);
        }

        if (note < 0) ctx.AbsentLabel("t3.header", ReportLayout.RequestTableNote, line, TableZh, TableEn);
        if (applicant < 0) ctx.AbsentLabel("t3.header", ReportLayout.ApplicantGroupLabel, line, TableZh, TableEn);
        if (organization < 0) ctx.AbsentLabel("t3.cg", ReportLayout.OrganizationGroupLabel, line, TableZh, TableEn);

        int subtotal = FindStandalone(doc, SubtotalWord, from, to, containers);
        subtotalAt = -1;
        if (found.Count == 0)
        {
            foreach (var column in missing) ctx.AbsentLabel($"t3.{column.Id}", column.Label, line, TableZh, TableEn);
            return [.. layout.RequestColumns];
        }
        foreach (var column in missing)
        {
            ctx.Report.AbsentLabels.Add(column.Label);
            ctx.Problem(ReadProblemKind.Missing, $"t3.{column.Id}", line, $"{TableZh}缺少列“{column.Label}”，该列单元格缺失",
                $"{TableEn}: column “{column.Label}” is missing; its cells are missing");
        }
        if (subtotal >= 0)
        {
            // A 小计 over the organisation columns stands after them, before 总计.
            subtotalAt = found.FindIndex(c => c.Id == "c7") is int total and >= 0 ? total : found.Count;
            ctx.Extra(ReportTable.Requests, SubtotalWord, doc.LineOf(doc.ToText(subtotal)));
        }
        return found;
    }

    /// <summary>An occurrence of <paramref name="key"/> that is not part of one of the <paramref name="containers"/>.</summary>
    private static int FindStandalone(TextDocument doc, string key, int from, int to, string[] containers)
    {
        for (int at = doc.Find(key, from, to); at >= 0; at = doc.Find(key, at + 1, to))
        {
            bool inside = false;
            foreach (var container in containers)
            {
                if (container == key) continue;
                for (int offset = container.IndexOf(key, StringComparison.Ordinal); offset >= 0 && !inside; offset = container.IndexOf(key, offset + 1, StringComparison.Ordinal))
                {
                    int s = at - offset;
                    inside = s >= 0 && s + container.Length <= doc.Compact.Length && string.CompareOrdinal(doc.Compact, s, container, 0, container.Length) == 0;
                }
                if (inside) break;
            }
            if (!inside) return at;
        }
        return -1;
    }

    /// <summary>
    /// The group labels (三、本年度办理结果, （三）不予公开 …) in the text left between the rows. A group label with numbers
    /// after it is a subtotal row the format does not have.
    /// </summary>
    private static void FindGroupLabels(ReadContext ctx, string residual, List<(int At, int Line)> lines, List<ExtraRow> extraRows)
    {
        int cursor = 0;
        foreach (var group in ctx.Layout.RequestRows.Where(r => !r.HasCells))
        {
            var key = LabelKey.Of(group.Label);
            string full = (key.Numeral is null ? "" : $"({key.Numeral})") + key.Core;
            int at = FindFrom(residual, [TextNormaliser.Key(group.Label), full, key.Core], cursor);
            if (at < 0)
            {
                int? line = lines.Count > 0 ? LineAt(lines, cursor) : null;
                ctx.AbsentLabel($"t3.{group.Id}", group.Label, line, TableZh, TableEn);
                continue;
            }
            cursor = at + 1;
        }

        var groupCores = ctx.Layout.RequestRows.Where(r => !r.HasCells).Select(r => LabelKey.Of(r.Label).Core).ToList();
        foreach (var extra in extraRows)
        {
            bool isGroup = groupCores.Any(core => extra.LabelKey.EndsWith(core, StringComparison.Ordinal));
            ctx.Extra(ReportTable.Requests, isGroup ? $"{extra.Label}（{SubtotalWord}）" : extra.Label, extra.Line);
        }
    }

    private static int FindFrom(string text, string[] keys, int from)
    {
        int best = -1;
        foreach (var key in keys)
        {
            if (key.Length == 0) continue;
            int at = text.IndexOf(key, Math.Min(from, text.Length), StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best)) best = at;
        }
        return best;
    }

    private static int LineAt(List<(int At, int Line)> lines, int at)
    {
        int line = lines[0].Line;
        foreach (var (start, l) in lines)
        {
            if (start > at) break;
            line = l;
        }
        return line;
    }

    private static void AbsentAllLabels(ReadContext ctx)
    {
        ctx.Report.AbsentLabels.Add(ReportLayout.RequestTableNote);
        ctx.Report.AbsentLabels.Add(ReportLayout.ApplicantGroupLabel);
        ctx.Report.AbsentLabels.Add(ReportLayout.OrganizationGroupLabel);
        foreach (var column in ctx.Layout.RequestColumns) ctx.Report.AbsentLabels.Add(column.Label);
        foreach (var group in ctx.Layout.RequestRows.Where(r => !r.HasCells)) ctx.Report.AbsentLabels.Add(group.Label);
    }
}
