using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;

namespace Gongkai.Core.Tests.Reporting;

public class StructureRuleTests
{
    private static AnnualReport Without(AnnualReport report, Func<CellDefinition, bool> which)
    {
        foreach (var cell in report.Layout.Cells.Where(which)) report.Unset(cell.Id);
        return report;
    }

    [Fact]
    public void R11_MissingSection_IsError()
    {
        var report = TestReports.Zeros();
        report.RemoveSection(SectionId.ProblemsAndImprovements);

        var error = Assert.Single(ReportChecks.Run(report));

        Assert.Equal(("R11", FindingSeverity.Error, FindingKind.Missing), (error.RuleId, error.Severity, error.Kind));
        Assert.Equal("缺少第五部分“五、存在的主要问题及改进情况”（R11）。", error.MessageZh);
    }

    [Fact]
    public void R11_HeadingVariant_IsWarningUnlessSwitchedOff()
    {
        var report = TestReports.Zeros();
        report.SetSection(SectionId.Appeals, "", "#### 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况");

        var warning = Assert.Single(ReportChecks.Run(report));
        Assert.Equal((FindingSeverity.Warning, FindingKind.Unexpected), (warning.Severity, warning.Kind));
        Assert.Empty(ReportChecks.Run(report, null, new ReportCheckOptions { WarnOnHeadingVariants = false }));
    }

    [Fact]
    public void R11_HeadingWithSpacesAndHalfWidthMarks_IsTheOfficialHeading()
    {
        var report = TestReports.Zeros();
        report.SetSection(SectionId.Overview, "", "### 一、 总体情况");

        Assert.Empty(ReportChecks.Run(report));
    }

    [Theory]
    [InlineData(ReportTable.Proactive, "缺少表二“主动公开政府信息情况”：未读到其中任何单元格（R11）。")]
    [InlineData(ReportTable.Requests, "缺少表三“收到和处理政府信息公开申请情况”：未读到其中任何单元格（R11）。")]
    [InlineData(ReportTable.Appeals, "缺少表四“政府信息公开行政复议、行政诉讼情况”：未读到其中任何单元格（R11）。")]
    public void R11_MissingTable_IsOneFinding(ReportTable table, string message)
    {
        var report = Without(TestReports.Zeros(), c => c.Table == table);
        report.AbsentLabels.Add(table == ReportTable.Requests ? "申请人情况" : table == ReportTable.Appeals ? "行政复议" : "信息内容");

        var error = Assert.Single(ReportChecks.Run(report));

        Assert.Equal(message, error.MessageZh);
        Assert.Equal(report.Layout.Cells.Count(c => c.Table == table), error.Cells.Count);
    }

    [Fact]
    public void R11_MissingGroupOfRows_IsOneFindingNamingTheGroup()
    {
        var report = Without(TestReports.Zeros(), c => c.RowId.StartsWith("r3.4.", StringComparison.Ordinal));
        report.AbsentLabels.Add("(四) 无法提供");

        var error = Assert.Single(ReportChecks.Run(report));

        Assert.Equal("表三缺少“（四）无法提供”及其全部 3 行（R11）。", error.MessageZh);
        Assert.Equal(21, error.Cells.Count);
    }

    [Fact]
    public void R11_MissingRow_IsOneFindingNamingRowWithItsGroup()
    {
        var report = Without(TestReports.Zeros(), c => c.RowId == "r3.4.1");

        var error = Assert.Single(ReportChecks.Run(report));

        Assert.Equal("表三缺少行：（四）无法提供 1.本机关不掌握相关政府信息（R11）。", error.MessageZh);
        Assert.Equal(7, error.Cells.Count);
        Assert.All(error.Cells, c => Assert.Equal(("r3.4.1", ReportTable.Requests), (c.RowId, c.Table)));
    }

    [Fact]
    public void R11_MissingRowIn2019Format_IsTheSingleOtherHandlingRow()
    {
        var report = Without(TestReports.Zeros(ReportFormat.F2019), c => c.RowId == "r3.6");

        var error = Assert.Single(ReportChecks.Run(report));

        Assert.Equal("表三缺少行：（六）其他处理（R11）。", error.MessageZh);
    }

    [Fact]
    public void R11_MissingColumn_IsOneFinding()
    {
        var report = Without(TestReports.Zeros(), c => c.Table == ReportTable.Requests && c.ColumnId == "c2");

        var error = Assert.Single(ReportChecks.Run(report));

        Assert.Equal("表三缺少列：“商业企业”（R11）。", error.MessageZh);
        Assert.Equal("Table 3 lacks column c2 (commercial enterprises) (R11).", error.MessageEn);
        Assert.Equal(25, error.Cells.Count);
    }

    [Fact]
    public void R11_ScatteredMissingCells_AreGroupedPerRow()
    {
        var report = Without(TestReports.Zeros(), c => c.Id is "t3.r2.c3" or "t3.r2.c6" or "t4.a1" or "t4.b4");

        var errors = ReportChecks.Run(report);

        Assert.Equal(2, errors.Count);
        Assert.Equal("表三“二、上年结转政府信息公开申请数量”行未读到“科研机构”“其他”列（R11）。", errors[0].MessageZh);
        Assert.Equal("表四未读到：“行政复议—结果维持”列、“行政诉讼—未经复议直接起诉—尚未审结”列（R11）。", errors[1].MessageZh);
    }

    [Fact]
    public void R11_MissingAppealGroupAndProactiveBlock_AreOneFindingEach()
    {
        var report = Without(TestReports.Zeros(), c => c.Id.StartsWith("t4.b", StringComparison.Ordinal) || c.RowId is "行政处罚" or "行政强制");

        var errors = ReportChecks.Run(report);

        Assert.Equal(["表二缺少“第二十条第（六）项”（R11）。", "表四缺少“行政诉讼—未经复议直接起诉”各列（R11）。"], errors.Select(f => f.MessageZh));
    }

    [Fact]
    public void R11_MissingProactiveRow_NamesBlockAndRow()
    {
        var report = Without(TestReports.Zeros(), c => c.RowId == "规章");

        Assert.Equal("表二“第二十条第（一）项”缺少行：规章（R11）。", Assert.Single(ReportChecks.Run(report)).MessageZh);
    }

    [Fact]
    public void R11_AbsentPartNamedById_IsNotRepeated()
    {
        var report = Without(TestReports.Zeros(), c => c.RowId is "r3.5.2" || c.Id == "t4.a3");
        report.AbsentLabels.AddRange(["t3.r3.5.2", "t4.a3"]);

        Assert.Equal(2, ReportChecks.Run(report).Count);
    }

    [Fact]
    public void R11_AbsentLabelWithoutMissingCells_IsError()
    {
        var report = TestReports.Zeros();
        report.AbsentLabels.Add("法人或其他组织");

        var error = Assert.Single(ReportChecks.Run(report));

        Assert.Equal("未找到表三的标签“法人或其他组织”（R11）。", error.MessageZh);
    }

    [Fact]
    public void R11_AmbiguousCell_IsErrorListingCandidates_AndNotAlsoMissing()
    {
        var report = TestReports.Zeros();
        report.SetAmbiguous("t3.r1.c1", [15, 1]);

        var error = Assert.Single(ReportChecks.Run(report));

        Assert.Equal(("R11", FindingKind.Ambiguous, "15|1"), (error.RuleId, error.Kind, error.Found));
        Assert.Equal("表三“一、本年新收政府信息公开申请数量”行“自然人”列无法确定，可能是 15 或 1（R11）。", error.MessageZh);
    }

    [Fact]
    public void R11_ExtraRow_IsWarning()
    {
        var report = TestReports.Zeros();
        report.Extras.Add(new ExtraPart(ReportTable.Proactive, "其他主动公开文件", "第二十条第（一）项"));

        var warning = Assert.Single(ReportChecks.Run(report));

        Assert.Equal((FindingSeverity.Warning, FindingKind.Unexpected), (warning.Severity, warning.Kind));
        Assert.Equal("表二有格式之外的行或列“其他主动公开文件”（位置：第二十条第（一）项）（R11）。", warning.MessageZh);
    }
}
