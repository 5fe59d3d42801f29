namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// 勾稽关系检查: runs every consistency rule of report-format.md §6 (R1–R12), Gongkai's prose arithmetic (P1) and the
/// cross-report pairing check (X1) on one annual report, with last year's report for R7, R9 and R10 when given.
/// Errors (<see cref="ReportFinding.IsBlocking"/>) break the format's arithmetic or structure; warnings are plausibility only.
/// A blank, dash or 不适用 cell is never computed as 0: a rule it feeds says it cannot be verified. An absent (unread) cell
/// is reported once, by R11, and the arithmetic rules skip identities that need it.
/// </summary>
public static class ReportChecks
{
    /// <summary>Changes whenever a rule is added or its meaning changes; JSON output and stored results carry it.</summary>
    public const string RuleSetVersion = "2026.1";

    /// <summary>The rules, in the order their findings are listed.</summary>
    public static IReadOnlyList<ReportRule> Rules { get; } =
    [
        new("R11", RuleBasis.Stated, FindingSeverity.Error, "结构完整：六个部分及表二、三、四的全部行列", "Structure: six sections and every row and column of tables 2, 3, 4", "国办公开办函〔2021〕30号 / 〔2019〕60号; report-format.md §2–§5, §7"),
        new("R6", RuleBasis.Implied, FindingSeverity.Error, "数值类型：件数为非负整数，金额为非负数", "Value types: counts are whole numbers ≥ 0, amounts ≥ 0", "report-format.md §3, §6 R6"),
        new("R1", RuleBasis.Stated, FindingSeverity.Error, "表三每列：第一项加第二项之和等于第三项加第四项之和", "Table 3, every column: r1 + r2 = r3.7 + r4", "表三表头注；report-format.md §4.1"),
        new("R2", RuleBasis.Implied, FindingSeverity.Error, "表三每行：总计等于各类申请人之和", "Table 3, every row: c7 = c1 + … + c6", "总计 column; report-format.md §4.1"),
        new("R3", RuleBasis.Implied, FindingSeverity.Error, "表三每列：（七）总计等于各项办理结果之和", "Table 3, every column: r3.7 = sum of outcome rows", "（七）总计 row; report-format.md §4.2, §7"),
        new("R4", RuleBasis.RecordLevel, FindingSeverity.Error, "一件申请只计一种办理结果（区分处理只计部分公开）", "One request, one outcome (区分处理 only as partly disclosed)", "r3.2 label; checked on records, not on report files"),
        new("R5", RuleBasis.Implied, FindingSeverity.Error, "表四：各总计等于四种结果之和", "Table 4: each 总计 = the sum of its four outcomes", "总计 columns; report-format.md §5"),
        new("P1", RuleBasis.Implied, FindingSeverity.Error, "文字部分所列分项之和等于所称总数", "Prose: listed parts add up to the stated total", "the report's own arithmetic; report-format.md §8"),
        new("R8", RuleBasis.Heuristic, FindingSeverity.Warning, "文字部分所述申请、结果、复议诉讼数与表格一致", "Prose numbers about requests, outcomes and appeals equal the cells", "report-format.md §6 R8"),
        new("R12", RuleBasis.Heuristic, FindingSeverity.Warning, "文字称无申请时表三无申请；称收取信息处理费时应有申请", "Prose denying requests agrees with table 3; fees collected imply requests", "report-format.md §6 R12, §8; 国办函〔2020〕109号"),
        new("X1", RuleBasis.Heuristic, FindingSeverity.Warning, "上年报告应为同一机关上一年度的报告", "The previous report is the same agency's report for Y−1", "precondition of R7, R9, R10", CrossReport: true),
        new("R7", RuleBasis.Heuristic, FindingSeverity.Warning, "本年上年结转等于上年结转下年度（每列）", "r2(Y) = r4(Y−1), every column", "report-format.md §4.3, §6 R7", CrossReport: true),
        new("R9", RuleBasis.Heuristic, FindingSeverity.Warning, "表四各组本年总计不少于上年尚未审结", "Table 4: x5(Y) ≥ x4(Y−1) per group", "report-format.md §5, §6 R9", CrossReport: true),
        new("R10", RuleBasis.Heuristic, FindingSeverity.Warning, "现行有效件数约等于上年现行有效加本年制发减本年废止", "In force(Y) ≈ in force(Y−1) + issued(Y) − repealed(Y)", "report-format.md §3, §6 R10 (UNVERIFIED)", CrossReport: true),
    ];

    private static readonly IReportRule[] Checks =
    [
        new R11Structure(),
        new R6ValueTypes(),
        new ArithmeticRules(),
        new P1ProseArithmetic(),
        new R8ProseNumbers(),
        new R12ProseClaims(),
        new CrossYearPairing(),
        new R7CarryOverAcrossYears(),
        new R9OpenAppealsAcrossYears(),
        new R10RulesInForceAcrossYears(),
    ];

    public static IReadOnlyList<ReportFinding> Run(AnnualReport report, AnnualReport? previous = null) =>
        Run(report, previous, ReportCheckOptions.Default);

    public static IReadOnlyList<ReportFinding> Run(AnnualReport report, AnnualReport? previous, ReportCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        var context = new CheckContext(report, previous, options);
        // A plain loop rather than SelectMany; the result stays a read-only copy, in rule order.
        var findings = new List<ReportFinding>();
        foreach (var rule in Checks) rule.Check(context, findings);
        return [.. findings];
    }
}
