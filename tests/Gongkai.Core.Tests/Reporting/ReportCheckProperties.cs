using FsCheck;
using FsCheck.Xunit;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;

namespace Gongkai.Core.Tests.Reporting;

/// <summary>
/// Random consistent reports (SampleReports.Consistent) of both formats and any density pass every rule; any one-cell change
/// to a cell of an arithmetic identity, or a value the cell's type forbids, is caught by an error naming that cell.
/// </summary>
public class ReportCheckProperties
{
    private static readonly double[] Densities = [0, 0.05, 0.3, 0.7, 1];

    private static AnnualReport Sample(int seed, bool f2019, byte density) =>
        SampleReports.Consistent(new Random(seed), f2019 ? ReportFormat.F2019 : ReportFormat.F2021, Densities[density % Densities.Length]);

    private static CellDefinition Pick(AnnualReport report, IEnumerable<CellDefinition> cells, int index)
    {
        var list = cells.ToList();
        return list[(int)((uint)index % (uint)list.Count)];
    }

    [Property(MaxTest = 150)]
    public bool ConsistentReport_HasNoFindingAtAll(int seed, bool f2019, byte density) =>
        ReportChecks.Run(Sample(seed, f2019, density)).Count == 0;

    [Property(MaxTest = 300)]
    public bool ChangingOneCoveredCell_IsAnErrorNamingIt(int seed, bool f2019, byte density, int cellIndex, NonZeroInt delta)
    {
        var report = Sample(seed, f2019, density);
        var cell = Pick(report, report.Layout.Cells.Where(c => c.Table != ReportTable.Proactive), cellIndex);
        report.Set(cell.Id, report.Number(cell.Id)!.Value + delta.Get);

        return ReportChecks.Run(report).Any(f => f.IsBlocking && f.Names(cell.Id) && f.RuleId is "R1" or "R2" or "R3" or "R5");
    }

    [Property(MaxTest = 300)]
    public bool ChangingOneCellOfTableThree_PointsAtThatCell(int seed, bool f2019, byte density, int cellIndex, NonZeroInt delta)
    {
        var report = Sample(seed, f2019, density);
        var cell = Pick(report, report.Layout.Cells.Where(c => c.Table == ReportTable.Requests), cellIndex);
        var original = report.Number(cell.Id)!.Value;
        report.Set(cell.Id, original + delta.Get);

        var located = ReportChecks.Run(report).Where(f => f.RuleId is "R1" or "R2" or "R3").ToList();
        return located.Count >= 2 && located.All(f => f.Cells[0].CellId == cell.Id && f.MessageZh.Contains($"应为 {original}"));
    }

    [Property(MaxTest = 200)]
    public bool BlankingOneCoveredCell_IsAnUnverifiableErrorNamingIt(int seed, bool f2019, byte density, int cellIndex)
    {
        var report = Sample(seed, f2019, density);
        var cell = Pick(report, report.Layout.Cells.Where(c => c.Table != ReportTable.Proactive), cellIndex);
        report.Set(cell.Id, CellValue.Blank);

        var findings = ReportChecks.Run(report);
        return findings.Any(f => f.IsBlocking && f.Kind == FindingKind.NotVerifiable && f.Names(cell.Id))
            && findings.All(f => f.Kind == FindingKind.NotVerifiable);
    }

    [Property(MaxTest = 200)]
    public bool ValueTheTypeForbids_IsAnErrorNamingTheCell(int seed, bool f2019, byte density, int cellIndex, PositiveInt size)
    {
        var report = Sample(seed, f2019, density);
        var cell = Pick(report, report.Layout.Cells.Where(c => c.Table == ReportTable.Proactive), cellIndex);
        decimal bad = cell.Type switch
        {
            CellValueType.SignedCount => size.Get + 0.5m,
            _ => -size.Get,
        };
        report.Set(cell.Id, bad);

        return ReportChecks.Run(report).Any(f => f.RuleId == "R6" && f.IsBlocking && f.Names(cell.Id));
    }

    [Property(MaxTest = 100)]
    public bool RemovingOneCell_IsOneStructureErrorAndNoArithmeticFinding(int seed, bool f2019, byte density, int cellIndex)
    {
        var report = Sample(seed, f2019, density);
        var cell = Pick(report, report.Layout.Cells, cellIndex);
        report.Unset(cell.Id);

        var findings = ReportChecks.Run(report);
        return findings.Count == 1 && findings[0].RuleId == "R11" && findings[0].Names(cell.Id);
    }
}
