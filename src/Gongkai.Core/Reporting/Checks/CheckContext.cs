namespace Gongkai.Core.Reporting.Checks;

/// <summary>One consistency rule or rule family.</summary>
internal interface IReportRule
{
    IEnumerable<ReportFinding> Check(CheckContext context);
}

/// <summary>The report under check, last year's report when given, and the options.</summary>
internal sealed class CheckContext(AnnualReport report, AnnualReport? previous, ReportCheckOptions options)
{
    public AnnualReport Report { get; } = report;
    public AnnualReport? Previous { get; } = previous;
    public ReportCheckOptions Options { get; } = options;
    public ReportLayout Layout => Report.Layout;

    /// <summary>
    /// Last year's report when the cross-report rules (R7, R9, R10) can run: given, and not known to be of another year
    /// (comparing with a year that is not Y−1 would only produce false warnings; <see cref="CrossYearPairing"/> says so).
    /// </summary>
    public AnnualReport? PreviousYear =>
        Previous is not null && !(Report.Year is int y && Previous.Year is int p && p != y - 1) ? Previous : null;

    public static ReportFinding Finding(string ruleId, FindingSeverity severity, FindingKind kind, IEnumerable<CellDefinition> cells,
        string? expected, string? found, string zh, string en) =>
        new(ruleId, severity, [.. cells.Select(CellRef.ForCell)], expected, found, zh, en) { Kind = kind };
}
