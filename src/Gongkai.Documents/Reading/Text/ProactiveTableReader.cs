using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Reading.Text;

/// <summary>
/// Reads table 二 (主动公开政府信息情况): finds each block's caption (第二十条第（一）项 …) in order, checks its
/// column heads, and reads each row's cells after the row label within the block.
/// </summary>
internal static class ProactiveTableReader
{
    private const string TableZh = "表二";
    private const string TableEn = "Table 二";
    /// <summary>Captions or rows of a block whose places are kept on the stack (a layout has fewer).</summary>
    private const int MaxStackHits = 16;

    public static TableSpan? Read(ReadContext ctx, int start, int end)
    {
        var doc = ctx.Doc;
        var blocks = ctx.Layout.ProactiveBlocks;
        var keys = KeysOf(ctx.Layout);
        int cs = doc.ToCompact(start), ce = doc.ToCompact(end);

        // On the stack: the places of a few captions and of one block's rows at a time.
        Span<LabelHit?> captions = blocks.Count <= MaxStackHits ? stackalloc LabelHit?[blocks.Count] : new LabelHit?[blocks.Count];
        Span<LabelHit?> rowBuffer = keys.MaxRows <= MaxStackHits ? stackalloc LabelHit?[keys.MaxRows] : new LabelHit?[keys.MaxRows];
        int cursor = cs;
        for (int b = 0; b < blocks.Count; b++)
        {
            captions[b] = FindCaption(doc, keys.Blocks[b], cursor, ce);
            if (captions[b] is { } hit) cursor = hit.End;
        }

        int tableStart = int.MaxValue, tableEnd = -1;
        int blockCursor = cs;
        List<ProactiveBlock>? missingBlocks = null;
        int areaLineHint = 1;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            int subStart = captions[b]?.End ?? blockCursor;
            int subEnd = ce;
            for (int n = b + 1; n < blocks.Count; n++)
                if (captions[n] is { } next) { subEnd = next.Start; break; }
            if (subEnd < subStart) subEnd = subStart;

            // Every entry is set below before it is read.
            var rowHits = rowBuffer[..block.Rows.Count];
            int rowCursor = subStart;
            // Where the first row found starts (the column heads are before it).
            int firstRow = -1;
            for (int r = 0; r < block.Rows.Count; r++)
            {
                rowHits[r] = LabelMatcher.Find(doc, keys.Blocks[b].Rows[r], rowCursor, subEnd);
                if (rowHits[r] is { } hit)
                {
                    rowCursor = hit.End;
                    if (firstRow < 0) firstRow = hit.Start;
                }
            }

            if (captions[b] is null && firstRow < 0)
            {
                (missingBlocks ??= []).Add(block);
                continue;
            }
            if (captions[b] is { } caption) tableStart = Math.Min(tableStart, doc.ToText(caption.Start));
            else ctx.AbsentLabel($"t2.{block.Id}", block.Caption, null, TableZh, TableEn);

            CheckColumnHeads(ctx, block, keys.Blocks[b], subStart, firstRow < 0 ? subEnd : firstRow);

            for (int r = 0; r < block.Rows.Count; r++)
            {
                string row = block.Rows[r];
                if (rowHits[r] is not { } hit)
                {
                    string part = $"t2.{row}";
                    int? line = captions[b] is { } c ? doc.LineOf(doc.ToText(c.Start)) : null;
                    ctx.Problem(ReadProblemKind.Missing, part, line, $"{TableZh}未找到行“{row}”（{block.Columns.Count}个单元格）",
                        $"{TableEn}: row “{row}” not found ({block.Columns.Count} cells)");
                    continue;
                }
                tableStart = Math.Min(tableStart, doc.ToText(hit.Start));
                int areaStart = doc.ToTextEnd(hit.End);
                int areaEnd = doc.ToText(NextStart(rowHits, r, subEnd));
                bool last = b == blocks.Count - 1 && r == block.Rows.Count - 1;
                int areaLine = areaLineHint = ctx.LineFrom(areaStart, areaLineHint);
                var read = RowCells.Read(doc, CellTokenizer.Tokenize(doc, areaStart, areaEnd, areaLine, ctx.Items), block.Columns.Count, areaLine, rule: null, detectExtraRows: !last);
                tableEnd = Math.Max(tableEnd, Math.Max(areaStart, read.ConsumedEnd));
                PlaceRow(ctx, block, row, keys.Blocks[b].Cells[r], read, areaLine);
                if (read.ExtraRows is { } extras)
                    foreach (var extra in extras) ctx.Extra(ReportTable.Proactive, extra.Label, extra.Line);
            }
            blockCursor = Math.Max(rowCursor, subStart);
        }

        if ((missingBlocks?.Count ?? 0) == blocks.Count)
        {
            ctx.Problem(ReadProblemKind.Missing, "t2", null, $"未找到{TableZh}（主动公开政府信息情况）", $"{TableEn} (proactive disclosure) not found");
            foreach (var block in blocks) AbsentBlockLabels(ctx, block);
            return null;
        }
        foreach (var block in missingBlocks ?? [])
        {
            ctx.Problem(ReadProblemKind.Missing, $"t2.{block.Id}", null, $"{TableZh}未找到“{block.Caption}”栏目（{string.Join("、", block.Rows)}）",
                $"{TableEn}: block “{block.Caption}” not found ({string.Join(", ", block.Rows)})");
            AbsentBlockLabels(ctx, block);
        }
        return new TableSpan(tableStart == int.MaxValue ? start : tableStart, Math.Max(tableEnd, tableStart == int.MaxValue ? start : tableStart));
    }

    private static int NextStart(ReadOnlySpan<LabelHit?> hits, int r, int end)
    {
        for (int n = r + 1; n < hits.Length; n++)
            if (hits[n] is { } next) return next.Start;
        return end;
    }

    private static void PlaceRow(ReadContext ctx, ProactiveBlock block, string row, CellDefinition[] cells, in RowRead read, int line)
    {
        if (!read.Placed)
        {
            ctx.RowNotPlaced($"t2.{row}", row, read, block.Columns.Count, line);
            return;
        }
        read.PlaceAll(ctx, cells.Length, cells);
        ctx.Surplus(ReportTable.Proactive, row, read);
    }

    private static void CheckColumnHeads(ReadContext ctx, ProactiveBlock block, BlockKeys keys, int from, int to)
    {
        var doc = ctx.Doc;
        int line = doc.LineOf(doc.ToText(from));
        if (doc.Find(ContentHeadingKey, from, to) < 0)
            ctx.AbsentLabel($"t2.{block.Id}", ProactiveBlock.ContentHeading, line, $"{TableZh}“{block.Caption}”", $"{TableEn} {block.Caption}");
        for (int c = 0; c < block.Columns.Count; c++)
            if (doc.Find(keys.Columns[c], from, to) < 0)
            {
                var column = block.Columns[c];
                ctx.AbsentLabel($"t2.{block.Id}.{column.Key}", column.Label, line, $"{TableZh}“{block.Caption}”", $"{TableEn} {block.Caption}");
            }
    }

    private static void AbsentBlockLabels(ReadContext ctx, ProactiveBlock block)
    {
        ctx.Report.AbsentLabels.Add(block.Caption);
        ctx.Report.AbsentLabels.Add(ProactiveBlock.ContentHeading);
        foreach (var column in block.Columns) ctx.Report.AbsentLabels.Add(column.Label);
    }

    /// <summary>第二十条第（一）项, also written without the brackets.</summary>
    private static LabelHit? FindCaption(TextDocument doc, BlockKeys keys, int from, int to)
    {
        string key = keys.Caption;
        int at = doc.Find(key, from, to);
        if (at >= 0) return new LabelHit(at, at, at + key.Length);
        string bare = keys.BareCaption;
        at = doc.Find(bare, from, to);
        return at >= 0 ? new LabelHit(at, at, at + bare.Length) : null;
    }

    private static readonly string ContentHeadingKey = TextNormaliser.LabelKey(ProactiveBlock.ContentHeading);

    /// <summary>
    /// The keys of one block's caption, column heads and row labels and the layout's cells of each row, made once per
    /// format rather than looked up by label on every read (a layout never changes).
    /// </summary>
    private sealed class BlockKeys
    {
        public BlockKeys(ReportLayout layout, ProactiveBlock block)
        {
            Caption = TextNormaliser.LabelKey(block.Caption);
            BareCaption = Caption.Replace("(", "").Replace(")", "");
            Columns = [.. block.Columns.Select(c => TextNormaliser.LabelKey(c.Label))];
            Rows = [.. block.Rows.Select(LabelKey.Of)];
            Cells = [.. block.Rows.Select(row => layout.Cells.Where(c => c.RowId == row).ToArray())];
        }

        public string Caption { get; }
        public string BareCaption { get; }
        public string[] Columns { get; }
        public LabelKey[] Rows { get; }
        /// <summary>Per row, its cells in column order (as <see cref="ReadContext.RowCells"/> gives them).</summary>
        public CellDefinition[][] Cells { get; }
    }

    private sealed class LayoutKeys(ReportLayout layout)
    {
        public BlockKeys[] Blocks { get; } = [.. layout.ProactiveBlocks.Select(b => new BlockKeys(layout, b))];
        /// <summary>The most rows a block has.</summary>
        public int MaxRows { get; } = layout.ProactiveBlocks.Max(b => b.Rows.Count);
    }

    private static readonly LayoutKeys Keys2021 = new(ReportLayout.F2021);
    private static readonly LayoutKeys Keys2019 = new(ReportLayout.F2019);

    private static LayoutKeys KeysOf(ReportLayout layout) => ReferenceEquals(layout, ReportLayout.F2019) ? Keys2019 : Keys2021;
}
