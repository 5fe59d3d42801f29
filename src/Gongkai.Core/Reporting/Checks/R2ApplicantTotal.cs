namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// R2 申请人总计: in every data row of table 三, 总计 (c7) = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他.
/// Source: report-format.md §6 R2 — implied by the 总计 column (§4.1; 法人或其他组织 is a header only, no 小计).
/// </summary>
internal static class R2ApplicantTotal
{
    public const string Id = "R2";

    public static IEnumerable<ArithmeticIdentity> Identities(ReportLayout layout) =>
        layout.RequestRows.Where(r => r.HasCells).Select(row => new ArithmeticIdentity(
            Id, IdentityAxis.Row,
            $"表三“{CellNames.RequestRowZh(layout, row.Id)}”行", $"table 3 {CellNames.RequestRowEn(row.Id)}",
            [layout.Cell(ReportLayout.RequestCellId(row.Id, "c7"))],
            [.. layout.RequestColumns.Where(c => c.Id != "c7").Select(c => layout.Cell(ReportLayout.RequestCellId(row.Id, c.Id)))],
            "“总计”列", "各类申请人之和（自然人至其他）", "c7", "c1 + … + c6"));
}
