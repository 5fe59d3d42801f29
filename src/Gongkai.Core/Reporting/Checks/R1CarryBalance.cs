namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// R1 收支平衡: in every column of table 三, r1 + r2 = r3.7 + r4.
/// Source: the format's own note over table 三, “（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）”
/// (report-format.md §4.1, §6 R1 — stated). It must hold in each of the seven columns, not only in 总计.
/// </summary>
internal static class R1CarryBalance
{
    public const string Id = "R1";

    public static IEnumerable<ArithmeticIdentity> Identities(ReportLayout layout) =>
        layout.RequestColumns.Select(col => new ArithmeticIdentity(
            Id, IdentityAxis.Column,
            $"表三“{col.Label}”列", $"table 3 {CellNames.RequestColumnEn(col.Id)}",
            [Cell(layout, "r1", col.Id), Cell(layout, "r2", col.Id)],
            [Cell(layout, "r3.7", col.Id), Cell(layout, "r4", col.Id)],
            "第一项加第二项之和", "第三项加第四项之和", "r1 + r2", "r3.7 + r4"));

    private static CellDefinition Cell(ReportLayout layout, string row, string col) => layout.Cell(ReportLayout.RequestCellId(row, col));
}
