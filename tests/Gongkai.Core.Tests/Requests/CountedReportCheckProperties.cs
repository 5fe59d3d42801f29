using FsCheck.Xunit;
using Gongkai.Core.Appeals;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Core.Requests.Statistics;
using Gongkai.Core.Tests.Appeals;

namespace Gongkai.Core.Tests.Requests;

/// <summary>
/// Tables 三 and 四 counted from random records pass ReportChecks: no error (R1–R3, R5 hold by construction), and against last
/// year's counted report neither R7 (r2 = last r4) nor R9 (x5 ≥ last x4) complains.
/// </summary>
public class CountedReportCheckProperties
{
    private static AnnualReport Counted(int seed, int year)
    {
        var format = ReportLayout.FormatForYear(year);
        var report = AnnualReport.Empty(format);
        report.Year = year;
        report.AgencyName = "某某局";
        RequestTableCounter.Count(RequestTableCounterTests.RandomFacts(seed), year).ApplyTo(report);
        AppealTableCounter.Count(AppealTableCounterTests.RandomCases(seed), year).ApplyTo(report);
        return report;
    }

    [Property(MaxTest = 100)]
    public bool CountedTables_HaveNoConsistencyError(int seed, byte year)
    {
        var report = Counted(seed, 2019 + year % 7);
        return ReportChecks.Run(report).All(f => !f.IsBlocking);
    }

    [Property(MaxTest = 100)]
    public bool CountedTables_AgreeWithLastYearsCountedReport_R7AndR9(int seed, byte year)
    {
        var y = 2021 + year % 5;
        var findings = ReportChecks.Run(Counted(seed, y), Counted(seed, y - 1));
        return findings.All(f => !f.IsBlocking && f.RuleId is not ("R7" or "R9"));
    }

    [Fact]
    public void ChangingOneCountedCell_IsCaughtByTheChecks()
    {
        var before = Counted(7, 2022);
        var report = Counted(7, 2023);
        report.Set(ReportLayout.RequestCellId("r2", "c1"), report.RequestCount("r2", "c1")!.Value + 1);
        var rules = ReportChecks.Run(report, before).Select(f => f.RuleId).ToHashSet();
        Assert.Contains("R1", rules);
        Assert.Contains("R2", rules);
        Assert.Contains("R7", rules);
    }
}
