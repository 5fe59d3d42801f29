using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Gongkai.Core.Reporting;

/// <summary>A prose section as written: the heading found (which may deviate from the official one) and its text.</summary>
public sealed record ReportSection(SectionId Id, string Heading, string Body);

/// <summary>A row, column or label found in a published report that the format does not have (a provincial row, a 小计 column).</summary>
public sealed record ExtraPart(ReportTable Table, string Label, string? Location);

/// <summary>
/// 政府信息公开工作年度报告: the statutory annual report of one agency for one year — the six sections and the
/// cells of tables 二, 三 and 四 keyed by their ids (report-format.md §9).
/// The same model holds a report computed from Gongkai's records and one read back from a published file;
/// a cell that was not read is absent (never an invented zero).
/// </summary>
public sealed class AnnualReport
{
    // Values by CellDefinition.Index: every rule and reader reaches a cell by position instead of hashing its id.
    // The value of each cell that holds a whole number ≥ 0 written without decimals (scale 0, no sign, no text) below 2^50,
    // else NotWhole: the arithmetic rules add these as longs instead of decimals, and such a cell's CellValue is made from
    // it when asked for (the same bits: scale 0, sign 0, no text). Nearly every cell of a report is one. The few others — a
    // fee with decimals, a blank or a dash — are kept as pairs of index and value; an array of full CellValues (32 bytes a
    // cell, 7 KB: it was most of what a read allocated, as nearly every report states its fees in 万元 with decimals) is
    // made only when more than MaxOtherPairs cells hold something else.
    private readonly long[] _whole;
    private CellValue[]? _values;
    private int[]? _otherIndex;
    private CellValue[]? _otherValue;
    private int _otherCount;
    private readonly bool[] _read;
    private int _readCount;
    private readonly Dictionary<SectionId, ReportSection> _sections = [];
    // Created on the first undecided cell: most reports have none.
    private Dictionary<string, IReadOnlyList<decimal>>? _ambiguous;

    public AnnualReport(ReportFormat format)
    {
        Format = format;
        Layout = ReportLayout.For(format);
        _read = new bool[Layout.Cells.Count];
        _whole = new long[Layout.Cells.Count];
        Array.Fill(_whole, NotWhole);
        Cells = new CellMap(this);
    }

    public ReportFormat Format { get; }
    public ReportLayout Layout { get; }

    /// <summary>The reporting agency's name, e.g. 红寺堡区科学技术局. Null when unknown.</summary>
    public string? AgencyName { get; set; }

    /// <summary>The reported calendar year. Null when unknown.</summary>
    public int? Year { get; set; }

    /// <summary>The title as written, e.g. 红寺堡区科学技术局2023年政府信息公开工作年度报告.</summary>
    public string? Title { get; set; }

    /// <summary>Text before the first section (the preamble stating the legal basis and period).</summary>
    public string? Preamble { get; set; }

    /// <summary>The date the report was published, when known (for the Art 49 deadline).</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>The cells read, by id, in the layout's reading order.</summary>
    public IReadOnlyDictionary<string, CellValue> Cells { get; }

    public IReadOnlyDictionary<SectionId, ReportSection> Sections => _sections;

    /// <summary>Cells a reader could not decide, with the candidate values (the cell itself stays absent).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<decimal>> AmbiguousCells => (IReadOnlyDictionary<string, IReadOnlyList<decimal>>?)_ambiguous ?? NoAmbiguousCells;

    private static readonly Dictionary<string, IReadOnlyList<decimal>> NoAmbiguousCells = new(StringComparer.Ordinal);

    /// <summary>How many cells of the layout were read.</summary>
    public int ReadCellCount => _readCount;

    /// <summary>Layout parts a reader did not find that have no cells of their own (group labels such as （四）无法提供, column heads).</summary>
    public List<string> AbsentLabels { get; } = [];

    /// <summary>Rows or columns found that the format does not have.</summary>
    public List<ExtraPart> Extras { get; } = [];

    /// <summary>The cell's value, or null when the cell was not read.</summary>
    public CellValue? this[string cellId] => Layout.TryGetCell(cellId, out var cell) && _read[cell.Index] ? ValueAt(cell.Index) : null;

    /// <summary>The cell's value, or null when the cell was not read. A definition of this report's layout is found by position.</summary>
    public CellValue? this[CellDefinition cell]
    {
        get
        {
            int i = IndexOf(cell);
            return i >= 0 && _read[i] ? ValueAt(i) : null;
        }
    }

    /// <summary>The value of the layout's cell at <paramref name="index"/> (<see cref="CellDefinition.Index"/>), when it was read.</summary>
    internal bool TryGetAt(int index, out CellValue value)
    {
        if (!_read[index])
        {
            value = default;
            return false;
        }
        value = ValueAt(index);
        return true;
    }

    /// <summary>The value of a read cell: made from its whole number, or the one stored when it is no such number.</summary>
    private CellValue ValueAt(int index) => _whole[index] is var whole and >= 0 ? CellValue.Of(whole) : OtherAt(index);

    /// <summary>Cells holding something else than a whole number kept as pairs before the full array is made.</summary>
    private const int MaxOtherPairs = 16;

    private CellValue OtherAt(int index)
    {
        if (_values is not null) return _values[index];
        for (int k = 0; k < _otherCount; k++)
            if (_otherIndex![k] == index) return _otherValue![k];
        return default;
    }

    private void SetOther(int index, CellValue value)
    {
        if (_values is not null)
        {
            _values[index] = value;
            return;
        }
        for (int k = 0; k < _otherCount; k++)
        {
            if (_otherIndex![k] != index) continue;
            _otherValue![k] = value;
            return;
        }
        if (_otherCount == MaxOtherPairs)
        {
            _values = new CellValue[_read.Length];
            for (int k = 0; k < _otherCount; k++) _values[_otherIndex![k]] = _otherValue![k];
            _values[index] = value;
            (_otherIndex, _otherValue, _otherCount) = (null, null, 0);
            return;
        }
        if (_otherIndex is null || _otherCount == _otherIndex.Length)
        {
            int capacity = _otherIndex is null ? 4 : _otherIndex.Length * 2;
            Array.Resize(ref _otherIndex, capacity);
            Array.Resize(ref _otherValue, capacity);
        }
        _otherIndex[_otherCount] = index;
        _otherValue![_otherCount] = value;
        _otherCount++;
    }

    private void RemoveOther(int index)
    {
        if (_values is not null)
        {
            _values[index] = default;
            return;
        }
        for (int k = 0; k < _otherCount; k++)
        {
            if (_otherIndex![k] != index) continue;
            _otherCount--;
            _otherIndex[k] = _otherIndex[_otherCount];
            _otherValue![k] = _otherValue[_otherCount];
            _otherValue[_otherCount] = default;
            return;
        }
    }

    /// <summary>Marks a cell that was not read or holds no whole number ≥ 0 of scale 0 below 2^50 (<see cref="WholeAt"/>).</summary>
    internal const long NotWhole = -1;

    /// <summary>The largest middle 32 bits of a whole number below 2^50: sums of a few hundred of them stay far from overflow.</summary>
    private const uint MaxWholeHigh = (1u << 18) - 1;

    /// <summary>
    /// The number of the layout's cell at <paramref name="index"/> when it was read and holds a whole number ≥ 0 written
    /// without decimals (scale 0, no sign) below 2^50 — the same value as its decimal — else <see cref="NotWhole"/>.
    /// </summary>
    internal long WholeAt(int index) => _whole[index];

    /// <summary>Whether the layout's cell at <paramref name="index"/> was read.</summary>
    internal bool IsReadAt(int index) => _read[index];

    private static long WholeOf(in CellValue value)
    {
        if (!value.IsNumber || value.Text is not null) return NotWhole;
        // From the decimal's parts (no decimal comparison or conversion: this runs for every cell set): flags (sign and
        // scale), high, middle and low 32 bits of the 96-bit integer.
        Span<int> parts = stackalloc int[4];
        decimal.GetBits(value.Number, parts);
        if (parts[3] != 0 || parts[2] != 0 || (uint)parts[1] > MaxWholeHigh) return NotWhole;
        return ((long)parts[1] << 32) | (uint)parts[0];
    }

    /// <summary>The cell's number, or null when it was not read or holds no number.</summary>
    public decimal? Number(string cellId) => this[cellId]?.AsNumber;

    /// <summary>The cell's number, or null when it was not read or holds no number.</summary>
    public decimal? Number(CellDefinition cell) => this[cell]?.AsNumber;

    public void Set(string cellId, CellValue value) => Set(Layout.Cell(cellId), value); // the id must belong to this format

    public void Set(CellDefinition cell, CellValue value)
    {
        int i = IndexOf(cell);
        if (i < 0) throw new ArgumentException($"'{cell.Id}' is not a cell of the {Format} format.", nameof(cell));
        long whole = WholeOf(value);
        if (whole < 0) SetOther(i, value);
        SetAt(i, cell, whole);
    }

    /// <summary>
    /// Sets the cell to the whole number <paramref name="count"/> (a count of requests, items or cases): the same as
    /// <c>Set(cell, CellValue.Of(count))</c>, without making a <see cref="CellValue"/> and taking its decimal apart again.
    /// Readers place nearly every cell of tables 二, 三 and 四 this way. A negative count, or one of 2^50 or more, is kept
    /// as its decimal like any other number.
    /// </summary>
    public void SetWhole(CellDefinition cell, long count)
    {
        if ((ulong)count > MaxWhole)
        {
            SetLarge(cell, count);
            return;
        }
        int i = IndexOf(cell);
        if (i < 0) ThrowNotACell(cell);
        SetAt(i, cell, count);
    }

    // The rare paths of SetWhole in methods of their own: their decimal, CellValue and message temporaries were zeroed on
    // every call (about a hundred bytes), and readers call SetWhole for nearly every cell.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SetLarge(CellDefinition cell, long count) => Set(cell, CellValue.Of(count));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowNotACell(CellDefinition cell) =>
        throw new ArgumentException($"'{cell.Id}' is not a cell of the {Format} format.", nameof(cell));

    /// <summary>The largest number kept as a whole number (<see cref="WholeAt"/>): below 2^50.</summary>
    private const long MaxWhole = (1L << 50) - 1;

    /// <summary>Marks the cell at <paramref name="i"/> read with <paramref name="whole"/> (its other value already stored when NotWhole).</summary>
    private void SetAt(int i, CellDefinition cell, long whole)
    {
        // A cell holds another value exactly when it was read and holds no whole number: only then is there one to remove
        // (looking for it in the pairs on every whole number set was a scan of up to 16 per cell once a fee had decimals).
        bool heldOther = _read[i] && _whole[i] == NotWhole;
        if (!_read[i]) { _read[i] = true; _readCount++; }
        _whole[i] = whole;
        if (whole >= 0 && heldOther) RemoveOther(i);
        if (_ambiguous is { Count: > 0 }) _ambiguous.Remove(cell.Id);
    }

    public void Set(string cellId, decimal value) => Set(cellId, CellValue.Of(value));

    public void Unset(string cellId)
    {
        if (Layout.TryGetCell(cellId, out var cell)) Clear(cell.Index);
    }

    public void SetAmbiguous(string cellId, IReadOnlyList<decimal> candidates)
    {
        var cell = Layout.Cell(cellId);
        Clear(cell.Index);
        (_ambiguous ??= new(StringComparer.Ordinal))[cellId] = candidates;
    }

    public void SetSection(SectionId id, string body, string? heading = null) =>
        _sections[id] = new ReportSection(id, heading ?? Layout.Section(id).Heading, body);

    public void RemoveSection(SectionId id) => _sections.Remove(id);

    /// <summary>Table 三 cell by row and column id.</summary>
    public decimal? RequestCount(string rowId, string columnId) => Number(ReportLayout.RequestCellId(rowId, columnId));

    /// <summary>Table 四 cell by column id.</summary>
    public decimal? AppealCount(string columnId) => Number(ReportLayout.AppealCellId(columnId));

    /// <summary>A report with every cell of the layout set to zero and every section present but empty.</summary>
    public static AnnualReport Empty(ReportFormat format)
    {
        var report = new AnnualReport(format);
        foreach (var cell in report.Layout.Cells) report.Set(cell, CellValue.Of(0));
        foreach (var s in report.Layout.Sections) report.SetSection(s.Id, "");
        return report;
    }

    public AnnualReport Clone()
    {
        var copy = new AnnualReport(Format)
        {
            AgencyName = AgencyName, Year = Year, Title = Title, Preamble = Preamble, PublishedOn = PublishedOn,
        };
        if (_values is not null) copy._values = (CellValue[])_values.Clone();
        if (_otherIndex is not null)
        {
            copy._otherIndex = (int[])_otherIndex.Clone();
            copy._otherValue = (CellValue[])_otherValue!.Clone();
            copy._otherCount = _otherCount;
        }
        _read.CopyTo(copy._read, 0);
        _whole.CopyTo(copy._whole, 0);
        copy._readCount = _readCount;
        foreach (var (k, v) in _sections) copy._sections[k] = v;
        if (_ambiguous is not null) copy._ambiguous = new(_ambiguous, StringComparer.Ordinal);
        copy.AbsentLabels.AddRange(AbsentLabels);
        copy.Extras.AddRange(Extras);
        return copy;
    }

    private int IndexOf(CellDefinition cell) => Layout.Owns(cell) ? cell.Index : IndexOfForeign(cell);

    /// <summary>
    /// A definition of another layout object, found by its id. Its own method: the look-up's result is a temporary the JIT
    /// zeroed in the prologue of every <see cref="SetWhole"/> call, and readers place cells of the report's own layout.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int IndexOfForeign(CellDefinition cell) => Layout.TryGetCell(cell.Id, out var own) ? own.Index : -1;

    private void Clear(int index)
    {
        if (!_read[index]) return;
        _read[index] = false;
        RemoveOther(index);
        _whole[index] = NotWhole;
        _readCount--;
    }

    /// <summary>The read cells as a dictionary by id, over the report's arrays (no copy).</summary>
    private sealed class CellMap(AnnualReport report) : IReadOnlyDictionary<string, CellValue>
    {
        public CellValue this[string key] => report[key] ?? throw new KeyNotFoundException($"Cell '{key}' was not read.");

        public IEnumerable<string> Keys => this.Select(kv => kv.Key);

        public IEnumerable<CellValue> Values => this.Select(kv => kv.Value);

        public int Count => report._readCount;

        public bool ContainsKey(string key) => report[key] is not null;

        public bool TryGetValue(string key, out CellValue value)
        {
            var found = report[key];
            value = found.GetValueOrDefault();
            return found.HasValue;
        }

        public IEnumerator<KeyValuePair<string, CellValue>> GetEnumerator()
        {
            var cells = report.Layout.Cells;
            for (int i = 0; i < cells.Count; i++)
                if (report._read[i]) yield return new(cells[i].Id, report.ValueAt(i));
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
