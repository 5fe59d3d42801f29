using System.Runtime.CompilerServices;
using Gongkai.Core.Reporting;

namespace Gongkai.Documents.Reading.Text;

/// <summary>Where a table was found: [Start, End) in the text as written.</summary>
internal readonly record struct TableSpan(int Start, int End);

/// <summary>The document being read, the report being filled and the problems met so far.</summary>
internal sealed class ReadContext(TextDocument doc, AnnualReport report) : IDisposable
{
    public TextDocument Doc { get; } = doc;
    public AnnualReport Report { get; } = report;
    public ReportLayout Layout => Report.Layout;
    public List<ReadProblem> Problems { get; } = [];

    /// <summary>
    /// A buffer for the items of one row's text at a time. Kept for the thread's next read when the read ends: a new one
    /// per read (then 64-byte items, grown for table 四's header) was an eighth of all the memory a read + check allocates.
    /// </summary>
    public List<CellItem> Items { get; } = TakeSpareItems();

    /// <summary>A buffer grown beyond this many items by a huge table is left to the collector rather than kept.</summary>
    private const int MaxKeptItems = 1024;

    [ThreadStatic] private static List<CellItem>? _spareItems;

    private static List<CellItem> TakeSpareItems()
    {
        var items = _spareItems ?? new List<CellItem>(64);
        _spareItems = null;
        return items;
    }

    public void Dispose()
    {
        if (Items.Capacity > MaxKeptItems) return;
        Items.Clear();
        _spareItems = Items;
    }

    /// <summary>
    /// The line of <paramref name="textIndex"/> (<see cref="TextDocument.LineOf"/>) when it lies at or after the start of
    /// line <paramref name="hint"/>, found by stepping forward from there: a table's rows are read in order, a line or two
    /// apart, and a binary search over all lines per row cost more. Falls back to the search when the hint is behind by
    /// more than a few lines or past the index.
    /// </summary>
    public int LineFrom(int textIndex, int hint)
    {
        var doc = Doc;
        if (hint < 1 || hint > doc.LineCount || doc.LineStart(hint) > textIndex) return doc.LineOf(textIndex);
        for (int step = 0; step < MaxLineSteps; step++, hint++)
            if (hint == doc.LineCount || doc.LineStart(hint + 1) > textIndex) return hint;
        return doc.LineOf(textIndex);
    }

    private const int MaxLineSteps = 8;

    /// <summary>The layout's cells of a row (table 二 row label, table 三 row id, "" for table 四), in column order.</summary>
    public CellDefinition[] RowCells(string rowId) => (Layout.Format == ReportFormat.F2019 ? CellsByRow2019 : CellsByRow2021)[rowId];

    private static readonly Dictionary<string, CellDefinition[]> CellsByRow2021 = CellsByRow(ReportLayout.F2021);
    private static readonly Dictionary<string, CellDefinition[]> CellsByRow2019 = CellsByRow(ReportLayout.F2019);

    private static Dictionary<string, CellDefinition[]> CellsByRow(ReportLayout layout) =>
        layout.Cells.GroupBy(c => c.RowId).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    public void Problem(ReadProblemKind kind, string part, int? line, string zh, string en) =>
        Problems.Add(new ReadProblem(kind, part, line, zh, en));

    /// <summary>A label of the layout without cells of its own (group row, column head, caption) was not found.</summary>
    public void AbsentLabel(string part, string label, int? line, string tableZh, string tableEn)
    {
        Report.AbsentLabels.Add(label);
        Problem(ReadProblemKind.Missing, part, line, $"{tableZh}未找到“{label}”", $"{tableEn}: label “{label}” not found");
    }

    public void Extra(ReportTable table, string label, int line) => Report.Extras.Add(new ExtraPart(table, label, $"line {line}"));

    /// <summary>Puts one read cell into the report, or reports why it cannot be.</summary>
    public void Place(CellDefinition cell, in CellItem item)
    {
        if (item.Kind == CellItemKind.Value && item.Whole >= 0) Report.SetWhole(cell, item.Whole);
        else PlaceOther(cell, in item);
    }

    /// <summary>
    /// A cell that holds no whole number. Its own method: the <see cref="CellValue"/> temporaries of these paths were
    /// zeroed in the prologue of every <see cref="Place(CellDefinition, in CellItem)"/> call (72 bytes, with the vector
    /// registers' clearing after), and nearly every cell is a whole number.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void PlaceOther(CellDefinition cell, in CellItem item)
    {
        switch (item.Kind)
        {
            case CellItemKind.Value: Report.Set(cell, item.Value(Doc.Text)); break;
            case CellItemKind.Empty: Report.Set(cell, CellValue.Blank); break;
            default: Unreadable(cell, item.Start, item.End, item.Line); break;
        }
    }

    /// <summary>
    /// A cell holding words. Its own method: the message's interpolation handlers are struct temporaries the JIT would
    /// zero on every <see cref="Place(CellDefinition, in CellItem)"/> call, and nearly every cell is a number.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Unreadable(CellDefinition cell, int start, int end, int line)
    {
        string text = Doc.Text[start..end];
        Problem(ReadProblemKind.Unreadable, cell.Id, line,
            $"单元格“{Describe(cell)}”写的是“{text}”，不是数字", $"Cell {cell.Id} holds “{text}”, which is no number");
    }

    /// <summary>Puts a cell split from a digit run into the report, or its candidates when the split is not unique.</summary>
    public void Place(CellDefinition cell, CellSlot slot)
    {
        if (slot.Value is { } value)
        {
            Report.Set(cell, value);
            return;
        }
        var candidates = slot.Candidates!;
        Report.SetAmbiguous(cell.Id, candidates);
        Problem(ReadProblemKind.Ambiguous, cell.Id, slot.Line,
            $"单元格“{Describe(cell)}”的数字连在一起，可能是：{string.Join("、", candidates)}", $"Cell {cell.Id}: the digits run together; it may be {string.Join(", ", candidates)}");
    }

    /// <summary>Reports a row whose label was found but whose cells could not be placed.</summary>
    public void RowNotPlaced(string part, string label, in RowRead read, int expected, int line)
    {
        if (read.FoundCount == 0)
            Problem(ReadProblemKind.Missing, part, line, $"“{label}”后未找到数值（应有{expected}个）", $"No values after “{label}” ({expected} expected)");
        else
            Problem(ReadProblemKind.Unreadable, part, line, $"“{label}”后应有{expected}个数值，读到{read.FoundCount}个，无法对应到列",
                $"“{label}” should have {expected} values; {read.FoundCount} found, which cannot be matched to columns");
    }

    public void Surplus(ReportTable table, string label, in RowRead read)
    {
        if (read.SurplusCount > 0) Extra(table, $"{label}：多出{read.SurplusCount}个数值", read.SurplusLine);
    }

    private string Describe(CellDefinition cell)
    {
        if (cell.Table != ReportTable.Appeals) return $"{cell.RowLabel} / {cell.ColumnLabel}";
        var column = Layout.AppealColumns.First(c => c.Id == cell.ColumnId);
        return column.SubGroup is null ? $"{column.Group} / {column.Label}" : $"{column.Group} / {column.SubGroup} / {column.Label}";
    }
}
