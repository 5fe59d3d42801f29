namespace Gongkai.Core.Reporting;

/// <summary>Error: the format's arithmetic or structure is broken (stated or implied rule). Warning: plausibility only.</summary>
public enum FindingSeverity
{
    Warning,
    Error,
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
    string MessageEn);
