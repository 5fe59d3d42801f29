using Gongkai.Core.Reporting.Prose;

namespace Gongkai.Core.Reporting.Checks;

/// <summary>
/// R12 有无申请: prose that denies applications (“未收到…政府信息公开申请”: r1 = 0; “无…申请”: r1 = r2 = r3.7 = r4 = 0) must not
/// face a table that counts some; and prose saying 信息处理费 was collected implies at least one application (r1 + r2 &gt; 0).
/// Source: report-format.md §6 R12 and §8 (fee plausibility; 国办函〔2020〕109号) — heuristics, hence warnings.
/// Numbers stated in prose against an all-zero table are R8's (each is compared with its cell), so they are not repeated here.
/// </summary>
internal sealed class R12ProseClaims : IReportRule
{
    public const string Id = "R12";

    private static readonly string[] AllRows = ["r1", "r2", "r3.7", "r4"];

    public void Check(CheckContext context, List<ReportFinding> into)
    {
        // Most prose denies nothing and says of the fee, if anything, that none was collected: no iterator then.
        var prose = context.Prose;
        if (prose.Denials.Count == 0 && CollectedFee(prose.Fees) is null) return;
        into.AddRange(Findings(context));
    }

    /// <summary>The first statement in a statement section that a fee was collected, or null.</summary>
    private static FeeStatement? CollectedFee(IReadOnlyList<FeeStatement> fees)
    {
        for (int i = 0; i < fees.Count; i++)
            if (fees[i].Collected && CheckContext.IsStatementSection(fees[i].Section)) return fees[i];
        return null;
    }

    private static IEnumerable<ReportFinding> Findings(CheckContext context)
    {
        var report = context.Report;
        var layout = context.Layout;
        var prose = context.Prose;

        // Most prose denies nothing: no LINQ pipeline over an empty list.
        var denials = prose.Denials.Count == 0 ? [] : prose.Denials.Where(d => CheckContext.IsStatementSection(d.Section)).DistinctBy(d => d.Kind);
        foreach (var denial in denials)
        {
            string[] rows = denial.Kind == ApplicationDenialKind.NoneReceived ? ["r1"] : AllRows;
            var ids = rows.Select(r => ReportLayout.RequestCellId(r, "c7")).ToArray();
            string quote = $"第{R8ProseNumbers.SectionZh(denial.Section)}部分称“{denial.Quote}”";
            var (values, blank) = CellReading.Read(Id, context, quote, $"section {(int)denial.Section} (“{denial.Quote}”)",
                [.. ids.Select(id => (report, id))]);
            if (blank is not null) { yield return blank; continue; }
            if (values is null) continue;
            var nonZero = ids.Zip(values).Where(p => p.Second != 0).ToList();
            if (nonZero.Count == 0) continue;
            yield return CheckContext.Finding(Id, FindingSeverity.Warning, FindingKind.Mismatch, nonZero.Select(p => layout.Cell(p.First)),
                "0", string.Join("; ", nonZero.Select(p => $"{p.First}={CellNames.Format(p.Second)}")),
                $"{quote}，但{string.Join("、", nonZero.Select(p => $"{CellNames.Zh(layout, p.First)}为 {CellNames.Format(p.Second)}"))}（R12）。",
                $"Section {(int)denial.Section} says there were no applications (“{denial.Quote}”), but {string.Join(", ", nonZero.Select(p => $"{p.First} = {CellNames.Format(p.Second)}"))} (R12).");
        }

        if (CollectedFee(prose.Fees) is { } fee)
        {
            string[] ids = [ReportLayout.RequestCellId("r1", "c7"), ReportLayout.RequestCellId("r2", "c7")];
            string quote = $"第{R8ProseNumbers.SectionZh(fee.Section)}部分称“{fee.Quote}”";
            var (values, blank) = CellReading.Read(Id, context, quote, $"section {(int)fee.Section} (fee statement)", [.. ids.Select(id => (report, id))]);
            if (blank is not null) yield return blank;
            else if (values is not null && values.Sum() == 0)
                yield return CheckContext.Finding(Id, FindingSeverity.Warning, FindingKind.Mismatch, ids.Select(layout.Cell), "> 0", "0",
                    $"{quote}，即收取了信息处理费，但表三本年新收与上年结转申请均为 0：没有申请就不会产生信息处理费（R12）。",
                    $"Section {(int)fee.Section} says information processing fees were collected (“{fee.Quote}”), but table 3 shows no new and no carried-over applications (r1 + r2 = 0) (R12).");
        }
    }
}
