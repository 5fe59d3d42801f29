using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;

namespace Gongkai.Core.Tests.Reporting;

public class ValueTypeRuleTests
{
    [Theory]
    [InlineData("t2.规章.issued", -1, "件数不能为负数")]
    [InlineData("t2.行政许可.decisions", 2.5, "件数必须是整数")]
    [InlineData("t2.行政事业性收费.amount_wan", -0.5, "金额不能为负数")]
    public void R6_In2021Format_WrongValueType_IsErrorOnThatCell(string cellId, double value, string reason)
    {
        var report = TestReports.Zeros().With((cellId, (decimal)value));

        var error = Assert.Single(ReportChecks.Run(report).Errors());

        Assert.Equal(("R6", FindingKind.InvalidValue), (error.RuleId, error.Kind));
        Assert.Equal([cellId], error.Cells.Select(c => c.CellId));
        Assert.Contains(reason, error.MessageZh);
    }

    [Fact]
    public void R6_AmountInTenThousandYuan_MayHaveSixDecimals()
    {
        var report = TestReports.Zeros().With(("t2.行政事业性收费.amount_wan", 5949.088667m));

        Assert.Empty(ReportChecks.Run(report));
    }

    [Fact]
    public void R6_In2019Format_ChangeColumnMayBeNegativeButNotFractional()
    {
        var negative = TestReports.Zeros(ReportFormat.F2019).With(("t2.行政处罚.change", -12));
        var fractional = TestReports.Zeros(ReportFormat.F2019).With(("t2.行政处罚.change", 1.5m));

        Assert.Empty(ReportChecks.Run(negative));
        var error = Assert.Single(ReportChecks.Run(fractional));
        Assert.Equal(("R6", "t2.行政处罚.change"), (error.RuleId, error.Cells[0].CellId));
    }

    [Fact]
    public void R6_In2019Format_ProcurementAmountIsDecimalButNotNegative()
    {
        Assert.Empty(ReportChecks.Run(TestReports.Zeros(ReportFormat.F2019).With(("t2.政府集中采购.amount", 394432.52m))));
        Assert.Equal("R6", Assert.Single(ReportChecks.Run(TestReports.Zeros(ReportFormat.F2019).With(("t2.政府集中采购.amount", -1)))).RuleId);
    }

    [Fact]
    public void R6_NegativeCountInTableThree_IsNamedBesidesTheBrokenTotals()
    {
        var report = TestReports.Zeros().With(("t3.r3.4.1.c1", -1), ("t3.r3.4.1.c7", -1), ("t3.r3.5.1.c1", 1), ("t3.r3.5.1.c7", 1));

        var errors = ReportChecks.Run(report).Errors();

        var error = Assert.Single(errors.OfRule("R6"), f => f.Names("t3.r3.4.1.c1"));
        Assert.Equal("表三“（四）无法提供 1.本机关不掌握相关政府信息”行“自然人”列为 -1，件数不能为负数（R6）。", error.MessageZh);
        Assert.DoesNotContain(errors, f => f.RuleId is "R1" or "R2" or "R3");
    }

    [Fact]
    public void R6_DashInTableTwo_IsAWarningSayingWhatIsWritten()
    {
        var report = TestReports.Zeros();
        report.Set("t2.规章.issued", CellValue.DashOf("/"));
        report.Set("t2.规章.repealed", CellValue.DashOf("/"));
        report.Set("t2.规章.in_force", CellValue.Blank);

        var warning = Assert.Single(ReportChecks.Run(report));

        Assert.Equal(("R6", FindingSeverity.Warning, FindingKind.NotVerifiable), (warning.RuleId, warning.Severity, warning.Kind));
        Assert.Equal(["t2.规章.issued", "t2.规章.repealed", "t2.规章.in_force"], warning.Cells.Select(c => c.CellId));
        Assert.Contains("表二“第二十条第（一）项”“规章”行“本年制发件数”列为“/”", warning.MessageZh);
        Assert.Contains("“现行有效件数”列为空白", warning.MessageZh);
    }
}
