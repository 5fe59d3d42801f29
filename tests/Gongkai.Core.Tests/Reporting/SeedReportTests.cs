using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Core.Reporting.Prose;

namespace Gongkai.Core.Tests.Reporting;

public class SeedReportTests
{
    [Fact]
    public void SeedReport_AsPublished_HasNoErrors()
    {
        var findings = ReportChecks.Run(TestReports.Seed());

        Assert.True(findings.Errors().Count == 0, findings.Describe());
    }

    [Fact]
    public void SeedReport_SectionFiveHeadingWithoutDe_IsOnlyAHeadingWarning()
    {
        var findings = ReportChecks.Run(TestReports.Seed());

        var finding = Assert.Single(findings);
        Assert.Equal(("R11", FindingSeverity.Warning, FindingKind.Unexpected), (finding.RuleId, finding.Severity, finding.Kind));
        Assert.Contains("五、存在的主要问题及改进情况", finding.MessageZh);
    }

    [Fact]
    public void SeedReport_ProactiveItems_Are225WithNineParts()
    {
        var items = ProseFacts.ProactiveItems(TestReports.Seed());

        Assert.NotNull(items);
        Assert.Equal(225, items.Total);
        Assert.Equal([1, 1, 3, 1, 4, 1, 1, 30, 183], items.Parts.Select(p => p.Count));
        Assert.Equal("政府信息公开年报", items.Parts[0].Label);
        Assert.Equal("部门动态", items.Parts[7].Label);
        Assert.Contains("各类信息", items.Parts[8].Label);
        Assert.True(items.ClearlyComplete);
    }

    [Fact]
    public void SeedReport_DeniesApplicationsAndAppeals_AndCollectedNoFee()
    {
        var prose = ProseFacts.Analyze(TestReports.Seed(), ProseFacts.StatementSections);

        var denial = Assert.Single(prose.Denials);
        Assert.Equal(ApplicationDenialKind.NoneReceived, denial.Kind);
        Assert.Equal([ProseQuantity.Reconsideration, ProseQuantity.Litigation],
            prose.Statements.Where(s => s.FromNegation && s.Count == 0).Select(s => s.Quantity));
        var fee = Assert.Single(prose.Fees);
        Assert.False(fee.Collected);
    }

    public static TheoryData<string> TableThreeAndFourCells() =>
        [.. ReportLayout.F2021.Cells.Where(c => c.Table != ReportTable.Proactive).Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(TableThreeAndFourCells))]
    public void SeedReport_AnySingleTableNumberChanged_IsAnErrorNamingTheCell(string cellId)
    {
        var report = TestReports.Seed().With((cellId, 1));

        var errors = ReportChecks.Run(report).Errors();

        Assert.Contains(errors, f => f.Names(cellId) && f.RuleId is "R1" or "R2" or "R3" or "R5");
    }

    [Fact]
    public void SeedReport_ProactiveTotalMistyped_IsAProseArithmeticError()
    {
        var report = TestReports.Seed().WithOverview(SeedText.Overview.Replace("225 条", "226 条"));

        var finding = Assert.Single(ReportChecks.Run(report).Errors());

        Assert.Equal("P1", finding.RuleId);
        Assert.Equal(("226", "225"), (finding.Expected, finding.Found));
    }
}
