namespace Gongkai.Core.Reporting.Checks;

/// <summary>Settings for the rules the spec marks UNVERIFIED or heuristic (report-format.md §3, §6).</summary>
public sealed record ReportCheckOptions
{
    public static ReportCheckOptions Default { get; } = new();

    /// <summary>
    /// R10: how far 现行有效(Y) may be from 现行有效(Y−1) + 制发(Y) − 废止(Y) before a warning. The spec calls this
    /// relation approximate and UNVERIFIED as a rule (revisions make it inexact), so the tolerance is configurable; default 0.
    /// </summary>
    public decimal RulesInForceTolerance { get; init; }

    /// <summary>R11: warn when a section heading is worded differently from the format (e.g. SEED's 五、存在主要问题及改进情况).</summary>
    public bool WarnOnHeadingVariants { get; init; } = true;
}
