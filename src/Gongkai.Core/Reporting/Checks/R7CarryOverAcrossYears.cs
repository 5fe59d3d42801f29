namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// R7 结转衔接: 二、上年结转 of year Y equals 四、结转下年度继续办理 of year Y−1, in every column of table 三.
/// Source: report-format.md §4.3 (r2 = last year's r4) and §6 R7 — heuristic across two reports (by construction when
/// derived from records), hence a warning.
/// </summary>
internal sealed class R7CarryOverAcrossYears : IReportRule
{
    public const string Id = "R7";

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
        foreach (var col in layout.RequestColumns)
        {
            string carriedIn = ReportLayout.RequestCellId("r2", col.Id), carriedOut = ReportLayout.RequestCellId("r4", col.Id);
            var (values, blank) = CellReading.Read(Id, context, $"表三“{col.Label}”列", $"table 3 {CellNames.RequestColumnEn(col.Id)}",
                (context.Report, carriedIn), (previous, carriedOut));
            if (blank is not null) { yield return blank; continue; }
            if (values is null || values[0] == values[1]) continue;
            string now = CellNames.Format(values[0]), then = CellNames.Format(values[1]);
            yield return CheckContext.Finding(Id, FindingSeverity.Warning, FindingKind.Mismatch, [layout.Cell(carriedIn)], then, now,
                $"{CellNames.Zh(layout, carriedIn)}为 {now}，上年报告的“四、结转下年度继续办理”同列为 {then}，二者应相等（R7）。",
                $"{CellNames.En(layout, carriedIn)} is {now}, but last year's r4 in the same column is {then}; they should be equal (R7).");
        }
    }
}
