namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// R3 办理结果总计: in every column of table 三, （七）总计 (r3.7) = the sum of every leaf outcome row —
/// r3.1 + r3.2 + Σ r3.3.1–8 + Σ r3.4.1–3 + Σ r3.5.1–5 + Σ r3.6.1–3 (F2021), or + r3.6 where the 2019 trial format has a single
/// （六）其他处理 row. Source: report-format.md §6 R3 — implied by （七）总计; §7 for the F2019 r3.6 row.
/// </summary>
internal static class R3OutcomeTotal
{
    public const string Id = "R3";

    public static IEnumerable<ArithmeticIdentity> Identities(ReportLayout layout) =>
        layout.RequestColumns.Select(col => new ArithmeticIdentity(
            Id, IdentityAxis.Column,
            $"表三“{col.Label}”列", $"table 3 {CellNames.RequestColumnEn(col.Id)}",
            [layout.Cell(ReportLayout.RequestCellId("r3.7", col.Id))],
            [.. layout.OutcomeRows.Select(r => layout.Cell(ReportLayout.RequestCellId(r.Id, col.Id)))],
            "“（七）总计”行", "各项办理结果之和（（一）至（六））", "r3.7", "the sum of outcome rows r3.1 … r3.6"));
}
