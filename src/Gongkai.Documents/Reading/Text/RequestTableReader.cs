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
    /// <summary>Rows whose places are kept on the stack (a layout has fewer; more would go to the heap).</summary>
    private const int MaxStackRows = 64;

    public static TableSpan? Read(ReadContext ctx, int start, int end)
    {
        var doc = ctx.Doc;
        var layout = ctx.Layout;
        int cs = doc.ToCompact(start), ce = doc.ToCompact(end);
        var labels = LabelsOf(layout);
        var rows = labels.Rows;

        // On the stack: a read makes no array of the rows' places (one table has a few dozen rows).
        Span<LabelHit?> hits = rows.Length <= MaxStackRows ? stackalloc LabelHit?[rows.Length] : new LabelHit?[rows.Length];
        int cursor = cs;
        int firstRow = -1, lastRow = -1;
        for (int r = 0; r < rows.Length; r++)
        {
            hits[r] = LabelMatcher.Find(doc, labels.RowKeys[r], cursor, ce);
            if (hits[r] is not { } hit) continue;
            cursor = hit.End;
            if (firstRow < 0) firstRow = r;
            lastRow = r;
        }
        if (firstRow < 0)
        {
            ctx.Problem(ReadProblemKind.Missing, "t3", null, $"未找到{TableZh}（收到和处理政府信息公开申请情况），{rows.Length * layout.RequestColumns.Count}个单元格缺失",
                $"{TableEn} (requests received and handled) not found; {rows.Length * layout.RequestColumns.Count} cells missing");
            AbsentAllLabels(ctx);
            return null;
        }

        int headerEnd = hits[firstRow]!.Value.Start;
        var plans = ColumnPlans(ctx, cs, headerEnd, out int headerStart, out var missingColumns);
        int shortRows = 0;
        int columnCount = layout.RequestColumns.Count;

        int tableStart = Math.Min(doc.ToText(headerStart), doc.ToText(hits[firstRow]!.Value.Start));
        int tableEnd = tableStart;
        var residual = new StringBuilder();
        var residualLines = new List<(int At, int Line)>();
        List<ExtraRow>? extraRows = null;
        int lastLine = doc.LineOf(tableStart);

        for (int r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            if (hits[r] is not { } hit)
            {
                ctx.Problem(ReadProblemKind.Missing, $"t3.{row.Id}", lastLine, $"{TableZh}未找到行“{row.Label}”（{columnCount}个单元格）",
                    $"{TableEn}: row “{row.Label}” not found ({columnCount} cells)");
                continue;
            }
            int areaStart = doc.ToTextEnd(hit.End);
            int next = ce;
            for (int n = r + 1; n < rows.Length; n++)
                if (hits[n] is { } h) { next = h.Start; break; }
            int areaEnd = doc.ToText(next);
            lastLine = ctx.LineFrom(areaStart, lastLine);
            bool last = r == lastRow;
            var items = CellTokenizer.Tokenize(doc, areaStart, areaEnd, lastLine, ctx.Items);
            // The first plan whose number of columns the row's values fit decides where they go.
            ColumnPlan plan = plans[0];
            RowRead read = RowCells.Read(doc, items, plan.Width, lastLine, plan.Rule, detectExtraRows: !last);
            for (int p = 1; p < plans.Length && !read.Placed; p++)
            {
                var other = plans[p];
                var retry = RowCells.Read(doc, items, other.Width, lastLine, other.Rule, detectExtraRows: !last);
                if (retry.Placed) (plan, read) = (other, retry);
            }
            tableEnd = Math.Max(tableEnd, Math.Max(areaStart, read.ConsumedEnd));
            PlaceRow(ctx, row, labels.RowCells[r], plan, plans[0].Width, read, lastLine);
            if (read.Placed && plan.ColumnCount < columnCount) shortRows++;
            for (int i = read.RestStart; i < items.Count; i++)
            {
                var item = items[i];
                if (item.Kind != CellItemKind.Text) continue;
                residualLines.Add((residual.Length, item.Line));
                TextNormaliser.AppendKey(residual, doc.Text.AsSpan(item.Start, item.End - item.Start));
            }
            if (read.ExtraRows is { } extras) (extraRows ??= []).AddRange(extras);
        }

        if (shortRows > 0)
            foreach (var column in missingColumns ?? [])
                ctx.Problem(ReadProblemKind.Missing, $"t3.{column.Id}", doc.LineOf(tableStart), $"{TableZh}没有“{column.Label}”列，{shortRows}行的该列单元格缺失",
                $"{TableEn} has no column “{column.Label}”; its cells are missing in {shortRows} rows");
        FindGroupLabels(ctx, labels, residual.ToString(), residualLines, extraRows);
        return new TableSpan(tableStart, tableEnd);
    }

    private static void PlaceRow(ReadContext ctx, RequestRow row, CellDefinition[] cells, ColumnPlan plan, int expected, in RowRead read, int line)
    {
        if (!read.Placed)
        {
            ctx.RowNotPlaced($"t3.{row.Id}", row.Label, read, expected, line);
            return;
        }
        read.PlaceAll(ctx, plan.Width, cells, plan.ColumnIndex);
        ctx.Surplus(ReportTable.Requests, row.Label, read);
    }

    /// <summary>Where a row's values go: per value, the index of its column in the layout, or -1 for a column the format does not have (小计).</summary>
    private sealed record ColumnPlan(int[] ColumnIndex, Func<decimal[], bool>? Rule)
    {
        public int Width => ColumnIndex.Length;
        public int ColumnCount { get; } = ColumnIndex.Count(c => c >= 0);
    }

    /// <summary>
    /// The ways a row's values may map to columns, most likely first: the format's columns (with a 小计 the header names,
    /// before 总计); the format's columns alone; only the columns the header names. A column label missing from the
    /// header is reported; its cells are still read when the rows hold all the format's values (the header was damaged).
    /// </summary>
    /// <returns>Shared arrays when the header names every column (not to be changed).</returns>
    private static ColumnPlan[] ColumnPlans(ReadContext ctx, int from, int to, out int headerStart, out List<RequestColumn>? missing)
    {
        var doc = ctx.Doc;
        var layout = ctx.Layout;
        int line = doc.LineOf(doc.ToText(from));
        headerStart = to;
        var labels = LabelsOf(layout);
        string noteKey = labels.NoteKey, applicantKey = labels.ApplicantKey, organizationKey = labels.OrganizationKey;

        int note = doc.Find(noteKey, from, to);
        if (note < 0) note = doc.Find(labels.BareNoteKey, from, to);
        int applicant = doc.Find(applicantKey, from, to);
        int organization = doc.Find(organizationKey, from, to);
        if (note >= 0) headerStart = Math.Min(headerStart, note);
        if (applicant >= 0) headerStart = Math.Min(headerStart, applicant);
        if (organization >= 0) headerStart = Math.Min(headerStart, organization);

        // The columns found, one bit each (a layout has fewer than 64); lists only for a damaged header.
        ulong found = 0;
        missing = null;
        for (int c = 0; c < layout.RequestColumns.Count; c++)
        {
            var column = layout.RequestColumns[c];
            int at = FindStandalone(doc, labels.ColumnKeys[c], from, to, labels.ColumnContainers[c]);
            if (at >= 0) { found |= 1UL << c; headerStart = Math.Min(headerStart, at); }
            else (missing ??= []).Add(column);
        }

        if (note < 0) ctx.AbsentLabel("t3.header", ReportLayout.RequestTableNote, line, TableZh, TableEn);
        if (applicant < 0) ctx.AbsentLabel("t3.header", ReportLayout.ApplicantGroupLabel, line, TableZh, TableEn);
        if (organization < 0) ctx.AbsentLabel("t3.cg", ReportLayout.OrganizationGroupLabel, line, TableZh, TableEn);
        foreach (var column in missing ?? []) ctx.AbsentLabel($"t3.{column.Id}", column.Label, line, TableZh, TableEn);

        var columns = layout.RequestColumns;
        int subtotal = FindStandalone(doc, SubtotalWord, from, to, labels.SubtotalContainers);
        if (subtotal >= 0) ctx.Extra(ReportTable.Requests, SubtotalWord, doc.LineOf(doc.ToText(subtotal)));
        if (missing is null || found == 0) return subtotal >= 0 ? labels.SubtotalPlans : labels.FormatPlans;
        var plans = new List<ColumnPlan>(3);
        if (subtotal >= 0) plans.Add(labels.SubtotalPlan);
        plans.Add(labels.FormatPlan);
        plans.Add(new ColumnPlan([.. Enumerable.Range(0, columns.Count).Where(c => (found & (1UL << c)) != 0).Select(c => IndexOf(columns, columns[c]))], null));
        return [.. plans];
    }

    private static int IndexOf(IReadOnlyList<RequestColumn> columns, RequestColumn column)
    {
        for (int i = 0; i < columns.Count; i++) if (columns[i] == column) return i;
        return -1;
    }

    /// <summary>An occurrence of a key that is not part of one of the longer labels it is found in (<see cref="ContainersOf"/>).</summary>
    private static int FindStandalone(TextDocument doc, string key, int from, int to, (string Container, int Offset)[] containers)
    {
        for (int at = doc.Find(key, from, to); at >= 0; at = doc.Find(key, at + 1, to))
        {
            bool inside = false;
            foreach (var (container, offset) in containers)
            {
                int s = at - offset;
                if (s >= 0 && s + container.Length <= doc.CompactLength && doc.Compact.Slice(s, container.Length).SequenceEqual(container))
                {
                    inside = true;
                    break;
                }
            }
            if (!inside) return at;
        }
        return -1;
    }

    /// <summary>
    /// Each place where <paramref name="key"/> stands inside one of the other <paramref name="containers"/> (其他 in
    /// 法人或其他组织): the container and the key's offset in it. Found once per format, not per read.
    /// </summary>
    private static (string Container, int Offset)[] ContainersOf(string key, string[] containers)
    {
        var places = new List<(string, int)>();
        foreach (var container in containers)
        {
            if (container == key) continue;
            for (int offset = container.IndexOf(key, StringComparison.Ordinal); offset >= 0; offset = container.IndexOf(key, offset + 1, StringComparison.Ordinal))
                places.Add((container, offset));
        }
        return [.. places];
    }

    /// <summary>
    /// The group labels (三、本年度办理结果, （三）不予公开 …) in the text left between the rows. A group label with numbers
    /// after it is a subtotal row the format does not have.
    /// </summary>
    private static void FindGroupLabels(ReadContext ctx, Labels labels, string residual, List<(int At, int Line)> lines, List<ExtraRow>? extraRows)
    {
        int cursor = 0;
        for (int g = 0; g < labels.Groups.Length; g++)
        {
            var group = labels.Groups[g];
            int at = FindFrom(residual, labels.GroupKeys[g], labels.GroupCores[g], labels.GroupCoreOffsets[g], cursor);
            if (at < 0)
            {
                int? line = lines.Count > 0 ? LineAt(lines, cursor) : null;
                ctx.AbsentLabel($"t3.{group.Id}", group.Label, line, TableZh, TableEn);
                continue;
            }
            cursor = at + 1;
        }

        foreach (var extra in extraRows ?? [])
        {
            bool isGroup = labels.GroupCores.Any(core => extra.LabelKey.EndsWith(core, StringComparison.Ordinal));
            ctx.Extra(ReportTable.Requests, isGroup ? $"{extra.Label}（{SubtotalWord}）" : extra.Label, extra.Line);
        }
    }

    /// <summary>
    /// The earliest place of any of <paramref name="keys"/> at or after <paramref name="from"/>. Every key holds the group's
    /// core (at <paramref name="coreOffsets"/>), so only the core is searched and the longer keys are compared around each of
    /// its places: one search instead of one per key.
    /// </summary>
    internal static int FindFrom(string text, string[] keys, string core, int[]? coreOffsets, int from)
    {
        if (coreOffsets is null || core.Length == 0) return FindFrom(text, keys, from);
        from = Math.Min(from, text.Length);
        int maxOffset = 0;
        foreach (int offset in coreOffsets) maxOffset = Math.Max(maxOffset, offset);
        int best = -1;
        // A key found at p has its core at p + offset: later places of the core cannot give an earlier key.
        for (int at = text.IndexOf(core, from, StringComparison.Ordinal); at >= 0 && (best < 0 || at - maxOffset < best);
             at = text.IndexOf(core, at + 1, StringComparison.Ordinal))
        {
            for (int k = 0; k < keys.Length; k++)
            {
                int p = at - coreOffsets[k];
                if (keys[k].Length > 0 && p >= from && (best < 0 || p < best) && text.AsSpan(p).StartsWith(keys[k], StringComparison.Ordinal)) best = p;
            }
        }
        return best;
    }

    internal static int FindFrom(string text, string[] keys, int from)
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

    /// <summary>
    /// The keys of one layout's table 三 labels and its column plans, made once per format rather than looked up per read
    /// (a layout never changes).
    /// </summary>
    private sealed class Labels
    {
        public Labels(ReportLayout layout)
        {
            Rows = [.. layout.RequestRows.Where(r => r.HasCells)];
            RowKeys = [.. Rows.Select(r => LabelKey.Of(r.Label))];
            RowCells = [.. Rows.Select(r => layout.Cells.Where(c => c.RowId == r.Id).ToArray())];
            Groups = [.. layout.RequestRows.Where(r => !r.HasCells)];
            GroupKeys = [.. Groups.Select(g =>
            {
                var key = LabelKey.Of(g.Label);
                string full = (key.Numeral is null ? "" : $"({key.Numeral})") + key.Core;
                return new[] { TextNormaliser.LabelKey(g.Label), full, key.Core };
            })];
            GroupCores = [.. Groups.Select(g => LabelKey.Of(g.Label).Core)];
            NoteKey = TextNormaliser.LabelKey(ReportLayout.RequestTableNote);
            BareNoteKey = NoteKey.Trim('(', ')');
            ApplicantKey = TextNormaliser.LabelKey(ReportLayout.ApplicantGroupLabel);
            OrganizationKey = TextNormaliser.LabelKey(ReportLayout.OrganizationGroupLabel);
            // Longer labels a column head may be part of (其他 in 法人或其他组织).
            string[] containers = [NoteKey, ApplicantKey, OrganizationKey];
            var columns = layout.RequestColumns;
            ColumnKeys = [.. columns.Select(c => TextNormaliser.LabelKey(c.Label))];
            ColumnContainers = [.. ColumnKeys.Select(k => ContainersOf(k, containers))];
            SubtotalContainers = ContainersOf(SubtotalWord, containers);
            // Where each group key holds the core; null when one does not (then every key is searched).
            GroupCoreOffsets = [.. GroupKeys.Select((keys, g) =>
            {
                int[] offsets = [.. keys.Select(k => k.IndexOf(GroupCores[g], StringComparison.Ordinal))];
                return offsets.Any(o => o < 0) ? null : offsets;
            })];
            int[] all = [.. Enumerable.Range(0, columns.Count)];
            // A 小计 over the organisation columns stands after them, before 总计 (the last column without a group).
            int total = columns.Count - 1 - columns.Reverse().TakeWhile(c => c.GroupLabel is not null).Count();
            SubtotalPlan = new ColumnPlan([.. all[..total], -1, .. all[total..]], null);
            FormatPlan = new ColumnPlan(all, DigitRunSplitter.LastIsSum);
            FormatPlans = [FormatPlan];
            SubtotalPlans = [SubtotalPlan, FormatPlan];
            if (columns.Count > 64) throw new InvalidOperationException("Table 三 has more columns than ColumnPlans can mark found.");
        }

        public RequestRow[] Rows { get; }
        public LabelKey[] RowKeys { get; }
        /// <summary>Per row, its cells in column order (as <see cref="ReadContext.RowCells"/> gives them).</summary>
        public CellDefinition[][] RowCells { get; }
        public RequestRow[] Groups { get; }
        public string[][] GroupKeys { get; }
        public string[] GroupCores { get; }
        public string NoteKey { get; }
        public string BareNoteKey { get; }
        public string ApplicantKey { get; }
        public string OrganizationKey { get; }
        public int[]?[] GroupCoreOffsets { get; }
        public string[] ColumnKeys { get; }
        /// <summary>Per column key, the longer header labels it stands in (<see cref="ContainersOf"/>).</summary>
        public (string Container, int Offset)[][] ColumnContainers { get; }
        public (string Container, int Offset)[] SubtotalContainers { get; }
        public ColumnPlan SubtotalPlan { get; }
        public ColumnPlan FormatPlan { get; }
        /// <summary>The plans of a header that names every column: the format's columns, with a 小计 before 总计 or without.</summary>
        public ColumnPlan[] FormatPlans { get; }
        public ColumnPlan[] SubtotalPlans { get; }
    }

    private static readonly Labels Labels2021 = new(ReportLayout.F2021);
    private static readonly Labels Labels2019 = new(ReportLayout.F2019);

    private static Labels LabelsOf(ReportLayout layout) => ReferenceEquals(layout, ReportLayout.F2019) ? Labels2019 : Labels2021;

    private static void AbsentAllLabels(ReadContext ctx)
    {
        ctx.Report.AbsentLabels.Add(ReportLayout.RequestTableNote);
        ctx.Report.AbsentLabels.Add(ReportLayout.ApplicantGroupLabel);
        ctx.Report.AbsentLabels.Add(ReportLayout.OrganizationGroupLabel);
        foreach (var column in ctx.Layout.RequestColumns) ctx.Report.AbsentLabels.Add(column.Label);
        foreach (var group in ctx.Layout.RequestRows.Where(r => !r.HasCells)) ctx.Report.AbsentLabels.Add(group.Label);
    }
}
