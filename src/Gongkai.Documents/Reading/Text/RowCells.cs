using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Reading.Text;

/// <summary>What was read for one cell position of a row.</summary>
internal readonly record struct CellSlot(CellValue? Value, string? UnreadableText, IReadOnlyList<decimal>? Candidates, int Line);

/// <summary>A row-like run of text that is no row of the format (a provincial addition, a 小计 row).</summary>
internal sealed record ExtraRow(string Label, string LabelKey, int Line, int ValueCount);

/// <summary>The cells read after one row label, and what else stood there.</summary>
internal sealed class RowRead
{
    /// <summary>One slot per expected cell, or null when the row's cells could not be placed.</summary>
    public CellSlot[]? Slots { get; init; }
    /// <summary>How many values were found when they could not be placed (0 = none at all).</summary>
    public int FoundCount { get; init; }
    /// <summary>Values beyond the row's cells with no label of their own.</summary>
    public int SurplusCount { get; init; }
    public int SurplusLine { get; init; }
    /// <summary>Text index just after the last item taken as part of the table.</summary>
    public int ConsumedEnd { get; set; } = -1;
    public List<CellItem> Residual { get; } = [];
    public List<ExtraRow> ExtraRows { get; } = [];
}

/// <summary>
/// Takes a row's cells from the items after its label: the leading run of values and blank fields, trimmed of
/// blank fields the copy adds around merged label cells, then placed left to right. Too few values are split as digit
/// runs under the row's arithmetic when that decides them; otherwise the row is reported, never padded with zeros.
/// </summary>
internal static class RowCells
{
    private const int MaxExtraLabelLength = 40;

    public static RowRead Read(List<CellItem> items, int expected, int labelLine, Func<decimal[], bool>? rule, bool detectExtraRows)
    {
        var run = new List<CellItem>();
        int i = 0;
        int lastLine = labelLine;
        for (; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Kind != CellItemKind.Text)
            {
                run.Add(item);
                lastLine = item.Line;
                continue;
            }
            // A field of words between cells on the row's own line is a cell that holds no number.
            bool inRow = item.Separated && item.Line == lastLine && i + 1 < items.Count
                         && items[i + 1].Line == item.Line && items[i + 1].Kind != CellItemKind.Text;
            if (!inRow) break;
            run.Add(item);
        }

        // Too many fields: first drop empty fields the line's own tabs made at its end, then those right after the
        // label (a label cell merged over two columns), then other trailing ones.
        while (run.Count > expected && run[^1] is { Kind: CellItemKind.Empty, AtLineEdge: true }) run.RemoveAt(run.Count - 1);
        while (run.Count > expected && run[0].Kind == CellItemKind.Empty) run.RemoveAt(0);
        while (run.Count > expected && run[^1].Kind == CellItemKind.Empty) run.RemoveAt(run.Count - 1);

        int consumedEnd = run.Count > 0 ? run[^1].End : -1;
        CellSlot[]? slots = null;
        int surplus = 0, surplusLine = 0;
        if (run.Count >= expected && expected > 0)
        {
            slots = new CellSlot[expected];
            for (int k = 0; k < expected; k++) slots[k] = SlotOf(run[k]);
            surplus = run.Skip(expected).Count(x => x.Kind == CellItemKind.Value);
            if (surplus > 0) surplusLine = run[expected].Line;
        }
        else if (run.Count > 0 && run.All(x => !x.Separated) && run.Any(x => x.IsDigitRun && x.Raw.Length > 1))
        {
            // Only a flattened table runs cells together; in tab- or pipe-separated text a field is one cell.
            slots = SplitRuns(run, expected, rule);
        }

        var read = new RowRead
        {
            Slots = slots,
            FoundCount = run.Count(x => x.Kind != CellItemKind.Empty),
            SurplusCount = surplus,
            SurplusLine = surplusLine,
            ConsumedEnd = consumedEnd,
        };
        CollectRest(items, i, read, detectExtraRows);
        return read;
    }

    private static CellSlot SlotOf(CellItem item) => item.Kind switch
    {
        CellItemKind.Value => new CellSlot(item.Value, null, null, item.Line),
        CellItemKind.Empty => new CellSlot(CellValue.Blank, null, null, item.Line),
        _ => new CellSlot(null, item.Raw, null, item.Line),
    };

    private static CellSlot[]? SplitRuns(List<CellItem> run, int expected, Func<decimal[], bool>? rule)
    {
        // Only digit runs can hold several cells; a decimal or signed number is one cell as written.
        if (!run.All(x => x.IsDigitRun)) return null;
        var solutions = DigitRunSplitter.Split(run.Select(x => x.Raw).ToList(), expected, rule);
        if (solutions is null || solutions.Count == 0) return null;
        int line = run[0].Line;
        var slots = new CellSlot[expected];
        for (int k = 0; k < expected; k++)
        {
            var candidates = solutions.Select(s => s[k]).Distinct().Order().ToList();
            slots[k] = candidates.Count == 1
                ? new CellSlot(CellValue.Of(candidates[0]), null, null, line)
                : new CellSlot(null, null, candidates, line);
        }
        return slots;
    }

    private static void CollectRest(List<CellItem> items, int from, RowRead read, bool detectExtraRows)
    {
        var pending = new List<CellItem>();
        int consumedEnd = read.ConsumedEnd;
        for (int i = from; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Kind == CellItemKind.Text)
            {
                read.Residual.Add(item);
                pending.Add(item);
                continue;
            }
            if (item.Kind == CellItemKind.Empty) continue;
            int values = 0, j = i;
            while (j < items.Count && items[j].Kind != CellItemKind.Text)
            {
                if (items[j].Kind == CellItemKind.Value) values++;
                j++;
            }
            string label = string.Concat(pending.Select(p => p.Raw));
            if (detectExtraRows && values >= 2 && label.Length is > 0 and <= MaxExtraLabelLength)
            {
                read.ExtraRows.Add(new ExtraRow(label, TextNormaliser.Key(label), pending[0].Line, values));
                consumedEnd = Math.Max(consumedEnd, items[j - 1].End);
            }
            pending.Clear();
            i = j - 1;
        }
        read.ConsumedEnd = consumedEnd;
    }
}
