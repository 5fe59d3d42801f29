namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// X1 跨年度配对: the cross-report rules (R7, R9, R10) compare a report with the same agency's report for the year before.
/// When both years are known and the given report is not for Y−1, say so and skip those rules (comparing other years would
/// only produce false warnings); when both agency names are known and differ, say so but still compare.
/// </summary>
internal sealed class CrossYearPairing : IReportRule
{
    public const string Id = "X1";

    public void Check(CheckContext context, List<ReportFinding> into)
    {
        // Most checks have no previous report: no iterator for them.
        if (context.Previous is null) return;
        into.AddRange(Findings(context));
    }

    private static IEnumerable<ReportFinding> Findings(CheckContext context)
    {
        if (context.Previous is not { } previous) yield break;
        var report = context.Report;
        if (report.Year is int y && previous.Year is int p && p != y - 1)
            yield return CheckContext.Finding(Id, FindingSeverity.Warning, FindingKind.Unexpected, [], (y - 1).ToString(), p.ToString(),
                $"用于跨年度核对的上年报告是{p}年的，不是{y - 1}年的；R7、R9、R10 未执行（X1）。",
                $"The report given as last year's is for {p}, not {y - 1}; R7, R9 and R10 were not run (X1).");
        if (report.AgencyName is { } a && previous.AgencyName is { } b && !LabelText.SameLabel(a, b))
            yield return CheckContext.Finding(Id, FindingSeverity.Warning, FindingKind.Unexpected, [], a, b,
                $"上年报告的机关是“{b}”，本报告的机关是“{a}”，跨年度核对可能不适用（X1）。",
                $"Last year's report is by “{b}”, this one by “{a}”; the cross-year rules may not apply (X1).");
    }
}
