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

    public static TableSpan? Read(ReadContext ctx, int start, int end)
    {
        var doc = ctx.Doc;
        var blocks = ctx.Layout.ProactiveBlocks;
        int cs = doc.ToCompact(start), ce = doc.ToCompact(end);

        var captions = new LabelHit?[blocks.Count];
        int cursor = cs;
        for (int b = 0; b < blocks.Count; b++)
        {
            captions[b] = FindCaption(doc, blocks[b].Caption, cursor, ce);
            if (captions[b] is { } hit) cursor = hit.End;
        }

        int tableStart = int.MaxValue, tableEnd = -1;
        int blockCursor = cs;
        var missingBlocks = new List<ProactiveBlock>();
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            int subStart = captions[b]?.End ?? blockCursor;
            int subEnd = ce;
            for (int n = b + 1; n < blocks.Count; n++)
                if (captions[n] is { } next) { subEnd = next.Start; break; }
            if (subEnd < subStart) subEnd = subStart;

            var rowHits = new LabelHit?[block.Rows.Count];
            int rowCursor = subStart;
            for (int r = 0; r < block.Rows.Count; r++)
            {
                rowHits[r] = LabelMatcher.Find(doc, LabelKey.Of(block.Rows[r]), rowCursor, subEnd);
                if (rowHits[r] is { } hit) rowCursor = hit.End;
            }

            if (captions[b] is null && rowHits.All(h => h is null))
            {
                missingBlocks.Add(block);
                continue;
            }
            if (captions[b] is { } caption) tableStart = Math.Min(tableStart, doc.ToText(caption.Start));
            else ctx.AbsentLabel($"t2.{block.Id}", block.Caption, null, TableZh, TableEn);

            int firstRow = rowHits.FirstOrDefault(h => h is not null)?.Start ?? subEnd;
            CheckColumnHeads(ctx, block, subStart, firstRow);

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
                var read = RowCells.Read(doc, CellTokenizer.Tokenize(doc, areaStart, areaEnd, ctx.Items), block.Columns.Count, doc.LineOf(areaStart), rule: null, detectExtraRows: !last);
                tableEnd = Math.Max(tableEnd, Math.Max(areaStart, read.ConsumedEnd));
                PlaceRow(ctx, block, row, read, doc.LineOf(areaStart));
                foreach (var extra in read.ExtraRows ?? []) ctx.Extra(ReportTable.Proactive, extra.Label, extra.Line);
            }
            blockCursor = Math.Max(rowCursor, subStart);
        }

        if (missingBlocks.Count == blocks.Count)
        {
            ctx.Problem(ReadProblemKind.Missing, "t2", null, $"未找到{TableZh}（主动公开政府信息情况）", $"{TableEn} (proactive disclosure) not found");
            foreach (var block in blocks) AbsentBlockLabels(ctx, block);
            return null;
        }
        foreach (var block in missingBlocks)
        {
            ctx.Problem(ReadProblemKind.Missing, $"t2.{block.Id}", null, $"{TableZh}未找到“{block.Caption}”栏目（{string.Join("、", block.Rows)}）",
                $"{TableEn}: block “{block.Caption}” not found ({string.Join(", ", block.Rows)})");
            AbsentBlockLabels(ctx, block);
        }
        return new TableSpan(tableStart == int.MaxValue ? start : tableStart, Math.Max(tableEnd, tableStart == int.MaxValue ? start : tableStart));
    }

    private static int NextStart(LabelHit?[] hits, int r, int end)
    {
        for (int n = r + 1; n < hits.Length; n++)
            if (hits[n] is { } next) return next.Start;
        return end;
    }

    private static void PlaceRow(ReadContext ctx, ProactiveBlock block, string row, RowRead read, int line)
    {
        if (!read.Placed)
        {
            ctx.RowNotPlaced($"t2.{row}", row, read, block.Columns.Count, line);
            return;
        }
        var cells = ctx.RowCells(row);
        for (int c = 0; c < cells.Length; c++) read.Place(ctx, c, cells[c]);
        ctx.Surplus(ReportTable.Proactive, row, read);
    }

    private static void CheckColumnHeads(ReadContext ctx, ProactiveBlock block, int from, int to)
    {
        var doc = ctx.Doc;
        int line = doc.LineOf(doc.ToText(from));
        if (doc.Find(TextNormaliser.LabelKey(ProactiveBlock.ContentHeading), from, to) < 0)
            ctx.AbsentLabel($"t2.{block.Id}", ProactiveBlock.ContentHeading, line, $"{TableZh}“{block.Caption}”", $"{TableEn} {block.Caption}");
        foreach (var column in block.Columns)
            if (doc.Find(TextNormaliser.LabelKey(column.Label), from, to) < 0)
                ctx.AbsentLabel($"t2.{block.Id}.{column.Key}", column.Label, line, $"{TableZh}“{block.Caption}”", $"{TableEn} {block.Caption}");
    }

    private static void AbsentBlockLabels(ReadContext ctx, ProactiveBlock block)
    {
        ctx.Report.AbsentLabels.Add(block.Caption);
        ctx.Report.AbsentLabels.Add(ProactiveBlock.ContentHeading);
        foreach (var column in block.Columns) ctx.Report.AbsentLabels.Add(column.Label);
    }

    /// <summary>第二十条第（一）项, also written without the brackets.</summary>
    private static LabelHit? FindCaption(TextDocument doc, string caption, int from, int to)
    {
        string key = TextNormaliser.LabelKey(caption);
        int at = doc.Find(key, from, to);
        if (at >= 0) return new LabelHit(at, at, at + key.Length);
        string bare = key.Replace("(", "").Replace(")", "");
        at = doc.Find(bare, from, to);
        return at >= 0 ? new LabelHit(at, at, at + bare.Length) : null;
    }
}
