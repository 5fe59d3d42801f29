using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;

namespace Gongkai.Core.Tests.Reporting;

public class ArithmeticRuleTests
{
    public static TheoryData<ReportFormat> Formats => [ReportFormat.F2019, ReportFormat.F2021];

    [Theory]
    [MemberData(nameof(Formats))]
    public void R1_WhenNewRequestsExceedOutcomesAndCarryOver_IsErrorInThatColumnAndTotal(ReportFormat format)
    {
        var report = TestReports.Zeros(format).With(("t3.r1.c3", 2), ("t3.r1.c7", 2));

        var errors = ReportChecks.Run(report).Errors();

        Assert.Equal(["R1", "R1"], errors.Select(f => f.RuleId));
        var column = errors.Single(f => f.Names("t3.r1.c3"));
        Assert.Equal(("0", "2"), (column.Expected, column.Found));
        Assert.Contains("表三“科研机构”列：第一项加第二项之和为 2，第三项加第四项之和为 0", column.MessageZh);
        Assert.Contains("r1 + r2 = 2 but r3.7 + r4 = 0", column.MessageEn);
        Assert.Contains(errors, f => f.Names("t3.r1.c7"));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void R1_WhenCarriedOverRequestsBalance_HoldsInEveryColumn(ReportFormat format)
    {
        var report = TestReports.Zeros(format).With(
            ("t3.r2.c1", 3), ("t3.r2.c7", 3), ("t3.r4.c1", 1), ("t3.r4.c7", 1),
            ("t3.r3.1.c1", 2), ("t3.r3.1.c7", 2), ("t3.r3.7.c1", 2), ("t3.r3.7.c7", 2));

        Assert.Empty(ReportChecks.Run(report));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void R2_WhenRowTotalDisagreesWithApplicantColumns_NamesTheTotalCellFirst(ReportFormat format)
    {
        var report = TestReports.Zeros(format).With(("t3.r3.2.c7", 1));

        var errors = ReportChecks.Run(report).Errors();

        var row = Assert.Single(errors.OfRule("R2"));
        Assert.Equal("t3.r3.2.c7", row.Cells[0].CellId);
        Assert.Equal(7, row.Cells.Count);
        Assert.StartsWith("表三“（二）部分公开”行：“总计”列为 1，各类申请人之和（自然人至其他）为 0", row.MessageZh);
        Assert.Contains("最可能有误的是表三“（二）部分公开”行“总计”列：现为 1，按表中其他数字应为 0", row.MessageZh);
        Assert.Equal("t3.r3.2.c7", Assert.Single(errors.OfRule("R3")).Cells[0].CellId);
    }

    [Fact]
    public void R3_In2019Format_CountsTheSingleOtherHandlingRow()
    {
        var report = TestReports.Zeros(ReportFormat.F2019).With(
            ("t3.r1.c6", 2), ("t3.r1.c7", 2), ("t3.r3.6.c6", 2), ("t3.r3.6.c7", 2), ("t3.r3.7.c6", 2), ("t3.r3.7.c7", 2));

        Assert.Empty(ReportChecks.Run(report));
    }

    [Fact]
    public void R3_In2021Format_WhenTotalLeavesOutAnOtherHandlingSubRow_IsErrorInThatColumnAndTotal()
    {
        var report = TestReports.Zeros(ReportFormat.F2021).With(
            ("t3.r1.c6", 3), ("t3.r1.c7", 3), ("t3.r3.6.1.c6", 1), ("t3.r3.6.1.c7", 1), ("t3.r3.6.3.c6", 2), ("t3.r3.6.3.c7", 2),
            ("t3.r3.7.c6", 2), ("t3.r3.7.c7", 2), ("t3.r4.c6", 1), ("t3.r4.c7", 1));

        var errors = ReportChecks.Run(report).Errors();

        Assert.Equal(["R3", "R3"], errors.Select(f => f.RuleId));
        Assert.All(errors, f => Assert.Equal(("3", "2"), (f.Expected, f.Found)));
        Assert.Contains(errors[0].Cells, c => c.CellId == "t3.r3.6.1.c6");
        Assert.Contains(errors[1].Cells, c => c.CellId == "t3.r3.6.1.c7");
    }

    [Theory]
    [InlineData("a", "行政复议")]
    [InlineData("b", "行政诉讼—未经复议直接起诉")]
    [InlineData("c", "行政诉讼—复议后起诉")]
    public void R5_WhenGroupTotalMissesAnOutcome_IsErrorNamingGroupCells(string group, string label)
    {
        var report = TestReports.Zeros().With(($"t4.{group}2", 1));

        var error = Assert.Single(ReportChecks.Run(report).Errors());

        Assert.Equal("R5", error.RuleId);
        Assert.Equal([$"t4.{group}5", $"t4.{group}1", $"t4.{group}2", $"t4.{group}3", $"t4.{group}4"], error.Cells.Select(c => c.CellId));
        Assert.Equal(ReportTable.Appeals, error.Cells[0].Table);
        Assert.StartsWith($"表四“{label}”：“总计”列为 0", error.MessageZh);
    }

    [Fact]
    public void R5_WhenGroupTotalsAddUp_Holds()
    {
        var report = TestReports.Zeros().With(("t4.a1", 1), ("t4.a4", 2), ("t4.a5", 3), ("t4.c3", 1), ("t4.c5", 1));

        Assert.Empty(ReportChecks.Run(report));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void BlankCell_InAnIdentity_IsNotCountedAsZeroButReportedAsUnverifiable(ReportFormat format)
    {
        var report = TestReports.Zeros(format);
        report.Set("t3.r4.c3", CellValue.Blank);

        var findings = ReportChecks.Run(report);

        Assert.All(findings, f => Assert.Equal((FindingSeverity.Error, FindingKind.NotVerifiable), (f.Severity, f.Kind)));
        var r1 = Assert.Single(findings.OfRule("R1"));
        Assert.Equal(["t3.r4.c3"], r1.Cells.Select(c => c.CellId));
        Assert.Equal("t3.r4.c3=blank", r1.Found);
        Assert.Null(r1.Expected);
        Assert.Equal("Cannot verify R1 in table 3 column c3 (research institutions): t3.r4.c3 is blank; not counted as 0.", r1.MessageEn);
        Assert.Equal("无法核验R1（表三“科研机构”列）：表三“四、结转下年度继续办理”行“科研机构”列为空白，不按 0 计算。", r1.MessageZh);
        Assert.Single(findings.OfRule("R2"));
    }

    [Fact]
    public void DashAndNotApplicable_AreNamedAsWritten()
    {
        var report = TestReports.Zeros();
        report.Set("t4.b2", CellValue.DashOf("—"));
        report.Set("t4.b3", CellValue.NotApplicableOf("不适用"));

        var finding = Assert.Single(ReportChecks.Run(report));

        Assert.Equal(("R5", FindingKind.NotVerifiable), (finding.RuleId, finding.Kind));
        Assert.Contains("表四“行政诉讼—未经复议直接起诉—结果纠正”列为“—”", finding.MessageZh);
        Assert.Contains("填写“不适用”", finding.MessageZh);
        Assert.Equal("t4.b2=dash:—; t4.b3=na:不适用", finding.Found);
    }

    [Fact]
    public void BlankColumn_IsOneUnverifiableFindingPerRule_NotOnePerRow()
    {
        var report = TestReports.Zeros();
        foreach (var row in report.Layout.RequestRows.Where(r => r.HasCells))
            report.Set(ReportLayout.RequestCellId(row.Id, "c4"), CellValue.Blank);

        var findings = ReportChecks.Run(report);

        Assert.Equal(["R1", "R2", "R3"], findings.Select(f => f.RuleId));
        var rows = findings.OfRule("R2").Single();
        Assert.Equal(25, rows.Cells.Count);
        Assert.Contains("每处的“社会公益组织”列为空白", rows.MessageZh);
        Assert.Contains("22 cells are blank", findings.OfRule("R3").Single().MessageEn);
    }

    [Fact]
    public void AbsentCell_IsReportedOnlyByStructure_AndItsIdentitiesAreSkipped()
    {
        var report = TestReports.Zeros().With(("t3.r1.c2", 5));
        report.Unset("t3.r4.c2");

        var findings = ReportChecks.Run(report);

        var missing = Assert.Single(findings, f => f.Names("t3.r4.c2"));
        Assert.Equal(("R11", FindingKind.Missing), (missing.RuleId, missing.Kind));
        Assert.DoesNotContain(findings, f => f.RuleId == "R1" && f.Names("t3.r1.c2"));
        Assert.Contains(findings, f => f.RuleId == "R2" && f.Names("t3.r1.c2"));
    }

    [Fact]
    public void TwoWrongCellsInDifferentRowsAndColumns_AreBothLocated()
    {
        var report = TestReports.Zeros().With(("t3.r3.1.c1", 2), ("t3.r3.5.2.c4", 1));

        var errors = ReportChecks.Run(report).Errors();

        Assert.Contains(errors, f => f.RuleId == "R2" && f.Cells[0].CellId == "t3.r3.1.c1" && f.MessageEn.Contains("Most likely"));
        Assert.Contains(errors, f => f.RuleId == "R3" && f.Cells[0].CellId == "t3.r3.5.2.c4" && f.MessageEn.Contains("Most likely"));
    }
}
