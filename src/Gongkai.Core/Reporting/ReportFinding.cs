namespace Gongkai.Core.Reporting;

/// <summary>
/// Error: the format's arithmetic or structure is broken (stated or implied rule) — blocking.
/// Warning: plausibility only — advisory.
/// </summary>
public enum FindingSeverity
{
    Warning,
    Error,
}

/// <summary>What kind of problem a finding states, so blank cells, missing parts and wrong numbers can be told apart.</summary>
public enum FindingKind
{
    /// <summary>Numbers that should agree do not.</summary>
    Mismatch,
    /// <summary>An input of the rule holds no number (blank, dash or 不适用), so the rule could not be checked. Never computed as zero.</summary>
    NotVerifiable,
    /// <summary>A number the format does not allow in that cell (negative, fractional count).</summary>
    InvalidValue,
    /// <summary>A section, table, row, column, label or cell of the format was not found.</summary>
    Missing,
    /// <summary>A cell the reader could not decide between several values.</summary>
    Ambiguous,
    /// <summary>Something the format does not have or words it differently (an extra row, a heading variant, an unpaired report).</summary>
    Unexpected,
}

/// <summary>A cell a finding concerns: table, row id and column id (report-format.md §9), plus the full cell id.</summary>
public sealed record CellRef(ReportTable Table, string RowId, string ColumnId, string CellId)
{
    public static CellRef ForCell(CellDefinition cell) => new(cell.Table, cell.RowId, cell.ColumnId, cell.Id);
}

/// <summary>
/// One result of a consistency check (勾稽关系). <see cref="RuleId"/> is R1…R12 of report-format.md §6, or P1 for prose arithmetic.
/// Expected and Found are the numbers compared, written as text so blanks and dashes can be stated too.
/// </summary>
public sealed record ReportFinding(
    string RuleId,
    FindingSeverity Severity,
    IReadOnlyList<CellRef> Cells,
    string? Expected,
    string? Found,
    string MessageZh,
    string MessageEn)
{
    public FindingKind Kind { get; init; } = FindingKind.Mismatch;

    /// <summary>Blocking findings (errors) mean the report breaks the format; advisory ones (warnings) are plausibility only.</summary>
    public bool IsBlocking => Severity == FindingSeverity.Error;
}
