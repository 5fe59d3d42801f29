using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;

namespace Gongkai.Core.Tests.Reporting;

public class ProseRuleTests
{
    // 12 requests received in 2023 from natural persons: 10 disclosed, 2 withheld as process information.
    private static AnnualReport TwelveRequests() => TestReports.Zeros().With(
        ("t3.r1.c1", 12), ("t3.r1.c7", 12), ("t3.r3.1.c1", 10), ("t3.r3.1.c7", 10), ("t3.r3.3.6.c1", 2), ("t3.r3.3.6.c7", 2),
        ("t3.r3.7.c1", 12), ("t3.r3.7.c7", 12), ("t4.a1", 1), ("t4.a5", 1));

    [Fact]
    public void R8_ProseRestatingTheTable_HasNoFinding()
    {
        var report = TwelveRequests().WithOverview(
            "（二）依申请公开情况。2023年，我局共收到政府信息公开申请 12 件，予以公开十件，不予公开2件。因政府信息公开工作被申请行政复议1件，无行政诉讼案件。");

        Assert.Empty(ReportChecks.Run(report));
    }

    [Fact]
    public void R8_EachDistinctStatedNumber_IsReportedOnce_BeyondTheFirstEight()
    {
        // Twelve distinct numbers for one quantity, several stated twice (the first eight kept on the stack, the rest in a set).
        int[] stated = [1, 2, 3, 4, 5, 6, 7, 8, 3, 9, 10, 11, 13, 9, 13, 1];
        var report = TwelveRequests().WithOverview(string.Concat(stated.Select(n => $"共收到政府信息公开申请{n}件。")));

        var found = ReportChecks.Run(report).Where(f => f.RuleId == "R8").Select(f => f.Found).ToList();

        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "13"], found);
    }

    [Fact]
    public void R8_ReceivedNumberDifferingFromTable_IsWarningOnTheCell()
    {
        var report = TwelveRequests().WithOverview("2023年共收到政府信息公开申请859件。");

        var warning = Assert.Single(ReportChecks.Run(report));

        Assert.Equal(("R8", FindingSeverity.Warning, "12", "859"), (warning.RuleId, warning.Severity, warning.Expected, warning.Found));
        Assert.Equal(["t3.r1.c7"], warning.Cells.Select(c => c.CellId));
        Assert.Equal("第一部分称“收到政府信息公开申请859件”，而表三“一、本年新收政府信息公开申请数量”行“总计”列为 12（R8）。", warning.MessageZh);
    }

    [Fact]
    public void R8_OutcomeGroupNumber_IsComparedWithTheSumOfItsRows()
    {
        var report = TwelveRequests().WithOverview("2023年收到政府信息公开申请12件，其中不予公开3件。");

        var warning = Assert.Single(ReportChecks.Run(report));

        Assert.Equal(("R8", "2", "3"), (warning.RuleId, warning.Expected, warning.Found));
        Assert.Equal(8, warning.Cells.Count);
        Assert.Contains("表中不予公开各项之和为 2", warning.MessageZh);
    }

    [Fact]
    public void R8_DeniedAppealsWhileTableCountsOne_IsWarning()
    {
        var report = TwelveRequests().WithOverview("本年度收到政府信息公开申请12件，未发生因政府信息公开引起的行政复议、行政诉讼。");

        var warning = Assert.Single(ReportChecks.Run(report));

        Assert.Equal(("R8", "1", "0"), (warning.RuleId, warning.Expected, warning.Found));
        Assert.Equal(["t4.a5"], warning.Cells.Select(c => c.CellId));
    }

    [Fact]
    public void R8_ApproximateOrOtherYearNumbers_AreNotCompared()
    {
        var report = TwelveRequests().WithOverview("2022年收到政府信息公开申请30件。2023年收到政府信息公开申请约20件，同比增长5件。");

        Assert.Empty(ReportChecks.Run(report));
    }

    [Fact]
    public void R8_BlankTotalCell_IsUnverifiableWarning()
    {
        var report = TwelveRequests().WithOverview("2023年收到政府信息公开申请12件。");
        report.Set("t3.r1.c7", CellValue.Blank);

        var r8 = Assert.Single(ReportChecks.Run(report).OfRule("R8"));

        Assert.Equal((FindingSeverity.Warning, FindingKind.NotVerifiable), (r8.Severity, r8.Kind));
        Assert.Contains("本报告表三“一、本年新收政府信息公开申请数量”行“总计”列为空白", r8.MessageZh);
    }

    [Fact]
    public void R12_NoneReceivedWhileTableCountsNewRequests_IsWarning()
    {
        var report = TwelveRequests().WithOverview("2023年我局未收到政府信息公开申请。");

        var warning = Assert.Single(ReportChecks.Run(report));

        Assert.Equal(("R12", "0", "t3.r1.c7=12"), (warning.RuleId, warning.Expected, warning.Found));
        Assert.Equal("第一部分称“未收到政府信息公开申请”，但表三“一、本年新收政府信息公开申请数量”行“总计”列为 12（R12）。", warning.MessageZh);
    }

    [Fact]
    public void R12_NoneReceivedWithOnlyCarriedOverRequests_IsConsistent()
    {
        var report = TestReports.Zeros().With(("t3.r2.c1", 1), ("t3.r2.c7", 1), ("t3.r4.c1", 1), ("t3.r4.c7", 1))
            .WithOverview("2023年未收到政府信息公开申请。");

        Assert.Empty(ReportChecks.Run(report));
    }

    [Fact]
    public void R12_NoApplicationsAtAllWhileCarriedOver_IsWarning()
    {
        var report = TestReports.Zeros().With(("t3.r2.c1", 1), ("t3.r2.c7", 1), ("t3.r4.c1", 1), ("t3.r4.c7", 1))
            .WithOverview("2023年无政府信息公开申请。");

        var warning = Assert.Single(ReportChecks.Run(report));

        Assert.Equal("R12", warning.RuleId);
        Assert.Equal(["t3.r2.c7", "t3.r4.c7"], warning.Cells.Select(c => c.CellId));
    }

    [Theory]
    [InlineData("2023年，本机关共收取信息处理费120元。", true)]
    [InlineData("信息处理费收取情况：收取信息处理费0.02万元。", true)]
    [InlineData("2023年，本机关未收取信息处理费。", false)]
    [InlineData("本年度没有产生信息公开处理费。", false)]
    [InlineData("2023年，无收取信息处理费情况。", false)]
    [InlineData("（二）信息处理费收取情况。2023年收取信息处理费0元。", false)]
    public void R12_FeesCollectedWithoutAnyRequest_IsWarning(string sectionSix, bool warned)
    {
        var report = TestReports.Zeros();
        report.SetSection(SectionId.OtherMatters, sectionSix);

        var findings = ReportChecks.Run(report);

        Assert.Equal(warned, findings.Any(f => f.RuleId == "R12" && f.Names("t3.r1.c7") && f.Names("t3.r2.c7")));
        Assert.Equal(warned ? 1 : 0, findings.Count);
    }

    [Fact]
    public void R12_FeesCollectedWithRequests_IsConsistent()
    {
        var report = TwelveRequests();
        report.SetSection(SectionId.OtherMatters, "2023年共收取信息处理费120元。");

        Assert.Empty(ReportChecks.Run(report));
    }

    [Fact]
    public void P1_PartsNotMakingTheTotal_IsErrorWhenTheListIsClearlyComplete()
    {
        var report = TestReports.Zeros().WithOverview("主动公开信息 100 条，其中：政策文件 20 条，部门动态 70 条，其他信息 5 条。");

        var error = Assert.Single(ReportChecks.Run(report));

        Assert.Equal(("P1", FindingSeverity.Error, "100", "95"), (error.RuleId, error.Severity, error.Expected, error.Found));
        Assert.Equal("第一部分称“主动公开信息100条”，其后所列各项之和为 20 + 70 + 5 = 95，与总数不符（P1）。", error.MessageZh);
    }

    [Fact]
    public void P1_PartsShortOfTheTotalInAnOpenList_IsOnlyWarning()
    {
        var report = TestReports.Zeros().WithOverview("全年发布信息100条，其中政策解读20篇，图片新闻30条。");

        var warning = Assert.Single(ReportChecks.Run(report));

        Assert.Equal(("P1", FindingSeverity.Warning), (warning.RuleId, warning.Severity));
    }

    [Fact]
    public void P1_PartsExceedingTheTotal_IsErrorInAnySection()
    {
        var report = TestReports.Zeros();
        report.SetSection(SectionId.ProblemsAndImprovements, "组织培训 3 次，其中线上培训 2 次，线下培训 2 次。");

        var error = Assert.Single(ReportChecks.Run(report));

        Assert.Equal(("P1", FindingSeverity.Error), (error.RuleId, error.Severity));
        Assert.StartsWith("第五部分", error.MessageZh);
    }
}

public class PublishedProseTests
{
    // 平潭综合实验区 2023 report (shared/corpus/pingtan/005), section 一（二）, with the table totals of its truth file.
    private const string Pingtan2023 =
        "（二）依申请公开方面持续强化服务理念，严格按照《条例》要求，做好申请公开登记、审核、办理、答复、归档等各项工作，增强答复内容的针对性、规范性，进一步提高答复质量和群众满意度。" +
        "2023年全区接收通过邮寄、网络提交的各类政府信息公开申请共计81件，涉及自然人80件、商业企业1件。" +
        "办结依申请公开81件，其中：予以公开及部分公开42件，占51.85%；不予公开5件，占6.17%；无法提供31件，占38.27%；不予处理1件，占1.23%；其他处理2件，占2.47%；因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。";

    private static AnnualReport Pingtan2023Totals(decimal partlyDisclosed = 20) => TestReports.Zeros().With(
        ("t3.r1.c7", 81), ("t3.r3.1.c7", 22), ("t3.r3.2.c7", partlyDisclosed), ("t3.r3.3.4.c7", 5), ("t3.r3.4.1.c7", 31),
        ("t3.r3.5.2.c7", 1), ("t3.r3.6.1.c7", 1), ("t3.r3.6.3.c7", 1), ("t3.r3.7.c7", 81), ("t4.a5", 2), ("t4.b5", 5), ("t4.c5", 2))
        .WithOverview(Pingtan2023);

    [Fact]
    public void PublishedProse_RestatingItsTable_HasNoProseFinding()
    {
        var findings = ReportChecks.Run(Pingtan2023Totals());

        Assert.DoesNotContain(findings, f => f.RuleId is "R8" or "R12" or "P1");
    }

    [Fact]
    public void PublishedProse_WhenTableDisagrees_NamesTheCellsOfTheCombinedOutcome()
    {
        var findings = ReportChecks.Run(Pingtan2023Totals(partlyDisclosed: 19));

        var warning = Assert.Single(findings.OfRule("R8"));
        Assert.Equal(["t3.r3.1.c7", "t3.r3.2.c7"], warning.Cells.Select(c => c.CellId));
        Assert.Equal(("41", "42"), (warning.Expected, warning.Found));
    }

    [Fact]
    public void PublishedProse_PartsShortOfTheStatedTotal_IsError()
    {
        // 平潭综合实验区 2019 report (shared/corpus/pingtan/001): the listed categories add up to 2533, not 2599.
        var report = TestReports.Zeros(ReportFormat.F2019).WithOverview(
            "（一）基本情况今年，我区政府信息公开单位共公布政府信息2599条，(其中机构职能类信息25条，政策、规范性文件类信息68条，规划计划类信息28条，行政许可类信息69条，重大建设项目信息90条，为民办实事类信息175条，民政扶贫救灾社会保障就业类信息67条，国土资源城乡建设环保能源类信息983条，科教文体卫生类信息48条，安全生产、应急管理类信息124条，其他应主动公开政府信息856条)对于主动公开的政府信息，主要通过政府门户网站发布公开。");

        var error = Assert.Single(ReportChecks.Run(report));

        Assert.Equal(("P1", FindingSeverity.Error, "2599", "2533"), (error.RuleId, error.Severity, error.Expected, error.Found));
    }
}
