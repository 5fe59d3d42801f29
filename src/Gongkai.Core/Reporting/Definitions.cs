namespace Gongkai.Core.Reporting;

/// <summary>A section heading of the format. <see cref="Heading"/> is the verbatim official form renderers emit.</summary>
public sealed record SectionDefinition(SectionId Id, string Heading, IReadOnlyList<string> Variants);

/// <summary>Kind of a table-三 row (report-format.md §4.2).</summary>
public enum RowKind
{
    /// <summary>D: a data row with 7 cells.</summary>
    Data,
    /// <summary>G: a group label only, no cells of its own.</summary>
    Group,
    /// <summary>T: the computed total row （七）总计.</summary>
    Total,
}

/// <summary>A row of table 三.</summary>
public sealed record RequestRow(string Id, RowKind Kind, string Label, string? ParentId)
{
    public bool HasCells => Kind != RowKind.Group;
    /// <summary>A leaf outcome row under 三、本年度办理结果: exactly one per concluded request.</summary>
    public bool IsOutcome => Kind == RowKind.Data && ParentId is not null;
}

/// <summary>A data column of table 三 (applicant kind). <see cref="GroupLabel"/> is the header above it, if any.</summary>
public sealed record RequestColumn(string Id, string Label, string? GroupLabel);

/// <summary>A column of table 四: 行政复议 / 行政诉讼 (未经复议直接起诉 | 复议后起诉) × outcome.</summary>
public sealed record AppealColumn(string Id, string Group, string? SubGroup, string Label);

/// <summary>A column of a table-二 block.</summary>
public sealed record ProactiveColumn(string Key, string Label, CellValueType Type);

/// <summary>
/// One block of table 二 (a 第二十条 item): its caption row, its column heads (after 信息内容) and its rows.
/// Cell ids are <c>t2.{row}.{column key}</c>.
/// </summary>
public sealed record ProactiveBlock(string Id, string Caption, IReadOnlyList<ProactiveColumn> Columns, IReadOnlyList<string> Rows)
{
    /// <summary>The first column head of every block.</summary>
    public const string ContentHeading = "信息内容";
}

/// <summary>
/// A table cell of the layout, in reading order. <see cref="Index"/> is its position in <see cref="ReportLayout.Cells"/>: reports
/// keep their values in an array by it, so rules and readers reach a cell without hashing its id.
/// </summary>
public sealed record CellDefinition(string Id, ReportTable Table, string RowId, string ColumnId, string RowLabel, string ColumnLabel, CellValueType Type)
{
    public int Index { get; init; }
}
