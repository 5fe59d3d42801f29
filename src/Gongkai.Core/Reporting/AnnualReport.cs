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
    private readonly Dictionary<string, CellValue> _cells;
    private readonly Dictionary<SectionId, ReportSection> _sections = [];
    private readonly Dictionary<string, IReadOnlyList<decimal>> _ambiguous = new(StringComparer.Ordinal);

    public AnnualReport(ReportFormat format)
    {
        Format = format;
        Layout = ReportLayout.For(format);
        // Sized for every cell of the format: readers fill it cell by cell, and growing it would cost more than the reading.
        _cells = new(Layout.Cells.Count, StringComparer.Ordinal);
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

    public IReadOnlyDictionary<string, CellValue> Cells => _cells;
    public IReadOnlyDictionary<SectionId, ReportSection> Sections => _sections;

    /// <summary>Cells a reader could not decide, with the candidate values (the cell itself stays absent).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<decimal>> AmbiguousCells => _ambiguous;

    /// <summary>Layout parts a reader did not find that have no cells of their own (group labels such as （四）无法提供, column heads).</summary>
    public List<string> AbsentLabels { get; } = [];

    /// <summary>Rows or columns found that the format does not have.</summary>
    public List<ExtraPart> Extras { get; } = [];

    /// <summary>The cell's value, or null when the cell was not read.</summary>
    public CellValue? this[string cellId] => _cells.TryGetValue(cellId, out var v) ? v : null;

    /// <summary>The cell's number, or null when it was not read or holds no number.</summary>
    public decimal? Number(string cellId) => _cells.TryGetValue(cellId, out var v) ? v.AsNumber : null;

    public void Set(string cellId, CellValue value)
    {
        Layout.Cell(cellId); // the id must belong to this format
        _cells[cellId] = value;
        _ambiguous.Remove(cellId);
    }

    public void Set(string cellId, decimal value) => Set(cellId, CellValue.Of(value));

    public void Unset(string cellId) => _cells.Remove(cellId);

    public void SetAmbiguous(string cellId, IReadOnlyList<decimal> candidates)
    {
        Layout.Cell(cellId);
        _cells.Remove(cellId);
        _ambiguous[cellId] = candidates;
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
        foreach (var cell in report.Layout.Cells) report._cells[cell.Id] = CellValue.Of(0);
        foreach (var s in report.Layout.Sections) report.SetSection(s.Id, "");
        return report;
    }

    public AnnualReport Clone()
    {
        var copy = new AnnualReport(Format)
        {
            AgencyName = AgencyName, Year = Year, Title = Title, Preamble = Preamble, PublishedOn = PublishedOn,
        };
        foreach (var (k, v) in _cells) copy._cells[k] = v;
        foreach (var (k, v) in _sections) copy._sections[k] = v;
        foreach (var (k, v) in _ambiguous) copy._ambiguous[k] = v;
        copy.AbsentLabels.AddRange(AbsentLabels);
        copy.Extras.AddRange(Extras);
        return copy;
    }
}
