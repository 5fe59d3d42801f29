namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// R9 未结案件衔接: per group of table 四, 总计 of year Y ≥ 尚未审结 of year Y−1 — a case still open on 31 December is
/// counted again the next year (Gongkai's counting rule, report-format.md §5). Source: §6 R9 — heuristic, hence a warning.
/// </summary>
internal sealed class R9OpenAppealsAcrossYears : IReportRule
{
    public const string Id = "R9";

    public void Check(CheckContext context, List<ReportFinding> into)
    {
        // Most checks have no previous report: no iterator for them.
        if (context.PreviousYear is null) return;
        into.AddRange(Findings(context));
    }

    private static IEnumerable<ReportFinding> Findings(CheckContext context)
    {
        if (context.PreviousYear is not { } previous) yield break;
        var layout = context.Layout;
        foreach (var g in new[] { "a", "b", "c" })
        {
            string total = ReportLayout.AppealCellId($"{g}5"), pending = ReportLayout.AppealCellId($"{g}4");
            var (values, blank) = CellReading.Read(Id, context, $"表四“{CellNames.AppealGroupZh(g)}”", $"table 4 group {g}",
                (context.Report, total), (previous, pending));
            if (blank is not null) { yield return blank; continue; }
            if (values is null || values[0] >= values[1]) continue;
            string now = CellNames.Format(values[0]), then = CellNames.Format(values[1]);
            yield return CheckContext.Finding(Id, FindingSeverity.Warning, FindingKind.Mismatch, [layout.Cell(total)], $"≥ {then}", now,
                $"{CellNames.Zh(layout, total)}为 {now}，少于上年报告同组“尚未审结”的 {then}：上年未审结的案件本年应再次计入（R9）。",
                $"{CellNames.En(layout, total)} is {now}, less than last year's pending cases in the same group ({then}); cases open at the year end count again (R9).");
        }
    }
}
