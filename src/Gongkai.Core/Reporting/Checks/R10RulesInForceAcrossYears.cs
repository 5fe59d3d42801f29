namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// R10 现行有效件数衔接: in table 二 第二十条第（一）项, 现行有效(Y) ≈ 现行有效(Y−1) + 本年制发(Y) − 本年废止(Y), for 规章 and
/// 行政规范性文件. Source: report-format.md §3 derivation hints and §6 R10 — heuristic and UNVERIFIED as a rule (revisions make it
/// inexact), so a warning with a configurable tolerance (<see cref="ReportCheckOptions.RulesInForceTolerance"/>).
/// Only between two reports in the 2021 format: the 2019 trial format has other columns (本年新制作/新公开/对外公开总数量).
/// </summary>
internal sealed class R10RulesInForceAcrossYears : IReportRule
{
    public const string Id = "R10";

    public void Check(CheckContext context, List<ReportFinding> into)
    {
        // Most checks have no previous report: no iterator for them.
        if (context.PreviousYear is null) return;
        into.AddRange(Findings(context));
    }

    private static IEnumerable<ReportFinding> Findings(CheckContext context)
    {
        if (context.PreviousYear is not { } previous || context.Report.Format != ReportFormat.F2021 || previous.Format != ReportFormat.F2021)
            yield break;
        var layout = context.Layout;
        foreach (var row in layout.ProactiveBlocks[0].Rows)
        {
            string inForce = ReportLayout.ProactiveCellId(row, "in_force");
            string issued = ReportLayout.ProactiveCellId(row, "issued");
            string repealed = ReportLayout.ProactiveCellId(row, "repealed");
            var (values, blank) = CellReading.Read(Id, context, $"表二“{row}”行", $"table 2 {CellNames.ProactiveRowEn(row)}",
                (context.Report, inForce), (previous, inForce), (context.Report, issued), (context.Report, repealed));
            if (blank is not null) { yield return blank; continue; }
            if (values is null) continue;
            decimal expected = values[1] + values[2] - values[3];
            if (Math.Abs(values[0] - expected) <= context.Options.RulesInForceTolerance) continue;
            string now = CellNames.Format(values[0]), exp = CellNames.Format(expected);
            yield return CheckContext.Finding(Id, FindingSeverity.Warning, FindingKind.Mismatch,
                [layout.Cell(inForce), layout.Cell(issued), layout.Cell(repealed)], exp, now,
                $"{CellNames.Zh(layout, inForce)}为 {now}；按上年现行有效 {CellNames.Format(values[1])} 加本年制发 {CellNames.Format(values[2])} 减本年废止 {CellNames.Format(values[3])}，约应为 {exp}（R10，修订等情形可使其不完全相等）。",
                $"{CellNames.En(layout, inForce)} is {now}; last year's {CellNames.Format(values[1])} in force + {CellNames.Format(values[2])} issued − {CellNames.Format(values[3])} repealed gives {exp} (R10; revisions can make this inexact).");
        }
    }
}
