using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;

namespace Gongkai.Core.Tests.Reporting;

public class CrossYearRuleTests
{
    // This year: 2 requests carried in from 2022 (natural persons), both disclosed.
    private static AnnualReport ThisYear(ReportFormat format = ReportFormat.F2021) => TestReports.Zeros(format, format == ReportFormat.F2019 ? 2020 : 2023).With(
        ("t3.r2.c1", 2), ("t3.r2.c7", 2), ("t3.r3.1.c1", 2), ("t3.r3.1.c7", 2), ("t3.r3.7.c1", 2), ("t3.r3.7.c7", 2));

    private static AnnualReport LastYear(int carriedOut, ReportFormat format = ReportFormat.F2021) =>
        TestReports.Zeros(format, format == ReportFormat.F2019 ? 2019 : 2022).With(
            ("t3.r1.c1", carriedOut), ("t3.r1.c7", carriedOut), ("t3.r4.c1", carriedOut), ("t3.r4.c7", carriedOut));

    [Theory]
    [InlineData(ReportFormat.F2019)]
    [InlineData(ReportFormat.F2021)]
    public void R7_CarriedInEqualsLastYearsCarriedOut_Holds(ReportFormat format)
    {
        Assert.Empty(ReportChecks.Run(ThisYear(format), LastYear(2, format)));
    }

    [Fact]
    public void R7_CarriedInDiffersFromLastYearsCarriedOut_IsWarningPerColumn()
    {
        var findings = ReportChecks.Run(ThisYear(), LastYear(3));

        Assert.Equal(["t3.r2.c1", "t3.r2.c7"], findings.Select(f => f.Cells.Single().CellId));
        Assert.All(findings, f => Assert.Equal(("R7", FindingSeverity.Warning, "3", "2"), (f.RuleId, f.Severity, f.Expected, f.Found)));
        Assert.StartsWith("表三“二、上年结转政府信息公开申请数量”行“自然人”列为 2，上年报告的“四、结转下年度继续办理”同列为 3", findings[0].MessageZh);
    }

    [Fact]
    public void CrossYearRules_WithoutPreviousReport_DoNotRun()
    {
        Assert.Empty(ReportChecks.Run(ThisYear()));
    }

    [Fact]
    public void X1_PreviousReportOfAnotherYear_IsWarnedAndCrossYearRulesSkipped()
    {
        var previous = LastYear(3);
        previous.Year = 2020;

        var finding = Assert.Single(ReportChecks.Run(ThisYear(), previous));

        Assert.Equal(("X1", FindingSeverity.Warning, "2022", "2020"), (finding.RuleId, finding.Severity, finding.Expected, finding.Found));
    }

    [Fact]
    public void X1_PreviousReportOfAnotherAgency_IsWarnedButCompared()
    {
        var previous = LastYear(3);
        previous.AgencyName = "某县生态环境局";

        var findings = ReportChecks.Run(ThisYear(), previous);

        Assert.Equal(["X1", "R7", "R7"], findings.Select(f => f.RuleId));
    }

    [Fact]
    public void R7_BlankCellInLastYearsReport_IsUnverifiableWarning()
    {
        var previous = LastYear(2);
        previous.Set("t3.r4.c1", CellValue.Blank);

        var finding = Assert.Single(ReportChecks.Run(ThisYear(), previous));

        Assert.Equal(("R7", FindingSeverity.Warning, FindingKind.NotVerifiable), (finding.RuleId, finding.Severity, finding.Kind));
        Assert.Contains("上年报告表三“四、结转下年度继续办理”行“自然人”列为空白", finding.MessageZh);
        Assert.Equal(["t3.r2.c1"], finding.Cells.Select(c => c.CellId));
    }

    [Theory]
    [InlineData(1, 0, true)]
    [InlineData(1, 1, false)]
    [InlineData(0, 0, false)]
    public void R9_PendingCasesLastYear_AreCountedAgainThisYear(int pendingLastYear, int totalThisYear, bool warned)
    {
        var previous = LastYear(2).With(("t4.c4", pendingLastYear), ("t4.c5", pendingLastYear));
        var report = ThisYear().With(("t4.c3", totalThisYear), ("t4.c5", totalThisYear));

        var findings = ReportChecks.Run(report, previous);

        Assert.Equal(warned, findings.Any(f => f.RuleId == "R9" && f.Names("t4.c5")));
        Assert.Equal(warned ? 1 : 0, findings.Count);
    }

    [Fact]
    public void R10_RulesInForce_FollowLastYearPlusIssuedMinusRepealed()
    {
        var previous = LastYear(2).With(("t2.行政规范性文件.in_force", 16));
        var report = ThisYear().With(("t2.行政规范性文件.issued", 5), ("t2.行政规范性文件.repealed", 6), ("t2.行政规范性文件.in_force", 15));

        Assert.Empty(ReportChecks.Run(report, previous));
    }

    [Fact]
    public void R10_RulesInForceOffByMoreThanTolerance_IsWarning()
    {
        var previous = LastYear(2).With(("t2.行政规范性文件.in_force", 16));
        var report = ThisYear().With(("t2.行政规范性文件.issued", 5), ("t2.行政规范性文件.in_force", 20));

        var warning = Assert.Single(ReportChecks.Run(report, previous));
        Assert.Equal(("R10", "21", "20"), (warning.RuleId, warning.Expected, warning.Found));
        Assert.Equal("t2.行政规范性文件.in_force", warning.Cells[0].CellId);
        Assert.Empty(ReportChecks.Run(report, previous, new ReportCheckOptions { RulesInForceTolerance = 1 }));
    }

    [Fact]
    public void R10_AcrossTheFormatChange_IsNotRun()
    {
        var previous = LastYear(2, ReportFormat.F2019).With(("t2.规范性文件.total_published", 90));
        previous.Year = 2020;
        var report = ThisYear().With(("t2.行政规范性文件.in_force", 15));
        report.Year = 2021;

        Assert.Empty(ReportChecks.Run(report, previous));
    }
}
