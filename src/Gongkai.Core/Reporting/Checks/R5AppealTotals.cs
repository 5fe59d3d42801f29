namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// R5 复议诉讼总计: in table 四, a5 = a1 + a2 + a3 + a4 (行政复议), b5 = b1 + … + b4 (未经复议直接起诉),
/// c5 = c1 + … + c4 (复议后起诉). Source: report-format.md §5 and §6 R5 — implied by the three 总计 columns.
/// </summary>
internal static class R5AppealTotals
{
    public const string Id = "R5";

    public static IEnumerable<ArithmeticIdentity> Identities(ReportLayout layout) =>
        new[] { "a", "b", "c" }.Select(g => new ArithmeticIdentity(
            Id, IdentityAxis.Group,
            $"表四“{CellNames.AppealGroupZh(g)}”", $"table 4 group {g} ({CellNames.AppealGroupEn(g)})",
            [layout.Cell(ReportLayout.AppealCellId($"{g}5"))],
            [.. Enumerable.Range(1, 4).Select(i => layout.Cell(ReportLayout.AppealCellId($"{g}{i}")))],
            "“总计”列", "结果维持、结果纠正、其他结果、尚未审结之和", $"{g}5", $"{g}1 + {g}2 + {g}3 + {g}4"));
}
