using System.Runtime.InteropServices;
using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Reading.Text;

/// <summary>A cell decided by splitting a digit run: its value, or the candidates when the split is not unique.</summary>
internal readonly record struct CellSlot(CellValue? Value, IReadOnlyList<decimal>? Candidates, int Line);

/// <summary>A row-like run of text that is no row of the format (a provincial addition, a 小计 row).</summary>
internal sealed record ExtraRow(string Label, string LabelKey, int Line, int ValueCount);

/// <summary>
/// The cells read after one row label, and what else stood there. Refers to the items it was read from. A struct: one is
/// made per row and per column plan tried, and as objects they were a fifteenth of the memory a read allocates.
/// </summary>
internal struct RowRead(List<CellItem> items)
{
    /// <summary>The items of the row's area.</summary>
    public List<CellItem> Items { get; } = items;
    /// <summary>How many cells were placed (0 when the values could not be placed).</summary>
    public int Width { get; init; }
    /// <summary>Where the row's cells start in <see cref="Items"/> (when they were not split from digit runs).</summary>
    public int RunStart { get; init; }
    /// <summary>The cells decided by splitting digit runs, when that was needed.</summary>
    public CellSlot[]? Split { get; init; }
    /// <summary>How many values were found (all of them, also when they could not be placed).</summary>
    public int FoundCount { get; init; }
    /// <summary>Values beyond the row's cells with no label of their own.</summary>
    public int SurplusCount { get; init; }
    public int SurplusLine { get; init; }
    /// <summary>Text index just after the last item taken as part of the table.</summary>
    public int ConsumedEnd { get; set; } = -1;
    /// <summary>Index in <see cref="Items"/> from which the items are no cells of the row; the words among them are what is
    /// left after the row's cells (label fragments, group labels, notes).</summary>
    public int RestStart { get; init; }
    public List<ExtraRow>? ExtraRows { get; set; }

    public readonly bool Placed => Width > 0;

    /// <summary>
    /// Puts the row's first <paramref name="slots"/> cells into the report, the k-th as
    /// <paramref name="cells"/>[<paramref name="columnIndex"/>[k]] (or <paramref name="cells"/>[k]); a column index of -1 is
    /// a column the format does not have.
    /// </summary>
    public readonly void PlaceAll(ReadContext ctx, int slots, CellDefinition[] cells, int[]? columnIndex = null)
    {
        if (Split is { } split)
        {
            for (int slot = 0; slot < slots; slot++)
                if ((columnIndex is null ? slot : columnIndex[slot]) is var c and >= 0) ctx.Place(cells[c], split[slot]);
            return;
        }
        var run = CollectionsMarshal.AsSpan(Items)[RunStart..];
        for (int slot = 0; slot < slots; slot++)
            if ((columnIndex is null ? slot : columnIndex[slot]) is var c and >= 0) ctx.Place(cells[c], in run[slot]);
    }
}

/// <summary>
/// Takes a row's cells from the items after its label: the leading run of values and blank fields, trimmed of
/// blank fields the copy adds around merged label cells, then placed left to right. Too few values are split as digit
/// runs under the row's arithmetic when that decides them; otherwise the row is reported, never padded with zeros.
/// </summary>
internal static class RowCells
{
    private const int MaxExtraLabelLength = 40;

    public static RowRead Read(TextDocument doc, List<CellItem> items, int expected, int labelLine, Func<decimal[], bool>? rule, bool detectExtraRows)
    {
        var span = CollectionsMarshal.AsSpan(items);
        int i = 0;
        int lastLine = labelLine;
        for (; i < span.Length; i++)
        {
            ref readonly var item = ref span[i];
            if (item.Kind != CellItemKind.Text)
            {
                lastLine = item.Line;
                continue;
            }
            // A field of words between cells on the row's own line is a cell that holds no number.
            bool inRow = item.Separated && item.Line == lastLine && i + 1 < span.Length
                         && span[i + 1].Line == item.Line && span[i + 1].Kind != CellItemKind.Text;
            if (!inRow) break;
        }

        // The run is items [first, last). Too many fields: first drop empty fields the line's own tabs made at its
        // end, then those right after the label (a label cell merged over two columns), then other trailing ones.
        int first = 0, last = i;
        while (last - first > expected && span[last - 1] is { Kind: CellItemKind.Empty, AtLineEdge: true }) last--;
        while (last - first > expected && span[first].Kind == CellItemKind.Empty) first++;
        while (last - first > expected && span[last - 1].Kind == CellItemKind.Empty) last--;

        int found = 0, numbers = 0;
        bool separated = false, digitRun = false;
        for (int k = first; k < last; k++)
        {
            ref readonly var item = ref span[k];
            if (item.Kind != CellItemKind.Empty) found++;
            if (item.IsNumber) numbers++;
            separated |= item.Separated;
            // (A separated field is never a digit run: tested first, it spares the call for every field of a pipe or tab table.)
            digitRun |= !item.Separated && item.End - item.Start > 1 && item.IsDigitRun(doc.Text);
        }

        int width = 0, surplus = 0, surplusLine = 0;
        CellSlot[]? split = null;
        if (last - first >= expected && expected > 0)
        {
            width = expected;
            for (int k = first + expected; k < last; k++)
                if (span[k].Kind == CellItemKind.Value) { surplus++; if (surplusLine == 0) surplusLine = span[k].Line; }
        }
        else if (last > first && !separated && digitRun && numbers == last - first)
        {
            // Only a flattened table runs cells together; in tab- or pipe-separated text a field is one cell.
            split = SplitRuns(doc.Text, span[first..last], expected, rule);
            if (split is not null) width = expected;
        }

        var read = new RowRead(items)
        {
            Width = width,
            RunStart = first,
            Split = split,
            FoundCount = found,
            SurplusCount = surplus,
            SurplusLine = surplusLine,
            ConsumedEnd = last > first ? span[last - 1].End : -1,
            RestStart = i,
        };
        if (detectExtraRows) FindExtraRows(doc, span, i, ref read);
        return read;
    }

    private static CellSlot[]? SplitRuns(string text, ReadOnlySpan<CellItem> run, int expected, Func<decimal[], bool>? rule)
    {
        var runs = new List<string>(run.Length);
        foreach (var item in run)
        {
            if (!item.IsDigitRun(text)) return null;
            runs.Add(item.Digits(text));
        }
        var solutions = DigitRunSplitter.Split(runs, expected, rule);
        if (solutions is null || solutions.Count == 0) return null;
        int line = run[0].Line;
        var slots = new CellSlot[expected];
        for (int k = 0; k < expected; k++)
        {
            var candidates = solutions.Select(s => s[k]).Distinct().Order().ToList();
            slots[k] = candidates.Count == 1
                ? new CellSlot(CellValue.Of(candidates[0]), null, line)
                : new CellSlot(null, candidates, line);
        }
        return slots;
    }

    /// <summary>Words followed by numbers after the row's cells: a row the format does not have.</summary>
    private static void FindExtraRows(TextDocument doc, ReadOnlySpan<CellItem> span, int from, ref RowRead read)
    {
        int labelStart = -1;
        for (int i = from; i < span.Length; i++)
        {
            if (span[i].Kind == CellItemKind.Text)
            {
                if (labelStart < 0) labelStart = i;
                continue;
            }
            if (span[i].Kind == CellItemKind.Empty) continue;
            int values = 0, j = i;
            while (j < span.Length && span[j].Kind != CellItemKind.Text)
            {
                if (span[j].Kind == CellItemKind.Value) values++;
                j++;
            }
            if (labelStart >= 0 && values >= 2)
            {
                string label = string.Concat(span[labelStart..i].ToArray().Where(p => p.Kind == CellItemKind.Text).Select(p => doc.Folded(p.Start, p.End)));
                if (label.Length <= MaxExtraLabelLength)
                {
                    (read.ExtraRows ??= []).Add(new ExtraRow(label, TextNormaliser.Key(label), span[labelStart].Line, values));
                    read.ConsumedEnd = Math.Max(read.ConsumedEnd, span[j - 1].End);
                }
            }
            labelStart = -1;
            i = j - 1;
        }
    }
}
