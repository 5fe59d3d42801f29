using Gongkai.Core.Agencies;
using Gongkai.Core.Reporting.Publication;

namespace Gongkai.Core.Tests.Reporting;

public class LatePublicationTests
{
    [Fact]
    public void DepartmentReport_PublishedOnFirstFebruary_IsOneDayLate()
    {
        var timeliness = LatePublicationCheck.Assess(2023, "某县自然资源局", null, new PublicationDate(new DateOnly(2024, 2, 1), PublicationDateSource.PageDateLine));

        Assert.Equal(new DateOnly(2024, 1, 31), timeliness.Due);
        Assert.True(timeliness.Late);
        var finding = LatePublicationCheck.Finding(timeliness)!;
        Assert.Equal("L1", finding.RuleId);
        Assert.Equal("2024-01-31", finding.Expected);
        Assert.Equal("2024-02-01", finding.Found);
        Assert.Contains("逾期 1 天", finding.MessageZh);
        Assert.Contains("条例第四十九条", finding.MessageZh);
    }

    [Fact]
    public void GovernmentReport_PublishedInMarch_IsOnTime()
    {
        var timeliness = LatePublicationCheck.Assess(2023, "某市某区人民政府", null, new PublicationDate(new DateOnly(2024, 3, 31), PublicationDateSource.PageMeta));

        Assert.Equal(ReportDeadlineKind.Government, timeliness.Kind);
        Assert.False(timeliness.Late);
        Assert.Null(LatePublicationCheck.Finding(timeliness));
    }

    [Fact]
    public void UnknownPublicationDate_IsNoFindingAndSaysUnknown()
    {
        var timeliness = LatePublicationCheck.Assess(2023, "某镇人民政府", null, null);

        Assert.Null(timeliness.Late);
        Assert.Equal(ReportDeadlineKind.Department, timeliness.Kind);
        Assert.Null(LatePublicationCheck.Finding(timeliness));
    }

    [Theory]
    [InlineData("某市某区人民政府", ReportDeadlineKind.Government)]
    [InlineData("某市某区人民政府办公室", ReportDeadlineKind.Department)]
    [InlineData("某镇人民政府", ReportDeadlineKind.Department)]
    [InlineData("某街道办事处", ReportDeadlineKind.Department)]
    [InlineData("平潭综合实验区交通与建设局", ReportDeadlineKind.Department)]
    public void KindFromName_TellsGovernmentsFromDepartments(string name, ReportDeadlineKind kind) =>
        Assert.Equal(kind, LatePublicationCheck.KindFromName(name));

    [Fact]
    public void NameGivingNoClue_IsJudgedByTheLaterGovernmentDate()
    {
        var timeliness = LatePublicationCheck.Assess(2019, "平潭综合实验区", null, new PublicationDate(new DateOnly(2020, 2, 20), PublicationDateSource.PageDateLine));

        Assert.Null(LatePublicationCheck.KindFromName("平潭综合实验区"));
        Assert.False(timeliness.Late);
    }

    [Fact]
    public void AgencyLevelFromRecords_DecidesTheKind() =>
        Assert.Equal(ReportDeadlineKind.Government, LatePublicationCheck.KindOf(AgencyLevel.Government));

    [Fact]
    public void PortalDateLine_IsThePublicationDate()
    {
        var date = PublicationDateFinder.Find("标题: 某局2022年度报告\n发布时间: 2023-01-09 19:36\n正文 统计期限自2022年1月1日起至2022年12月31日止", 2022);

        Assert.Equal(new PublicationDate(new DateOnly(2023, 1, 9), PublicationDateSource.PageDateLine), date);
    }

    [Fact]
    public void MetaTag_WinsOverTheDateLine()
    {
        var html = "<html><head><meta name=\"PubDate\" content=\"2024-02-03 09:00\"></head><body>发布日期：2024年1月30日 …</body></html>";

        Assert.Equal(new PublicationDate(new DateOnly(2024, 2, 3), PublicationDateSource.PageMeta), PublicationDateFinder.Find(html, 2023));
    }

    [Fact]
    public void ClosingDate_UnderTheAgencyName_IsUsedWhenNothingElseIs()
    {
        var text = "六、其他需要报告的事项\n无。\n\n某县自然资源局\n２０２４年１月２５日\n";

        Assert.Equal(new PublicationDate(new DateOnly(2024, 1, 25), PublicationDateSource.ClosingDate), PublicationDateFinder.Find(text, 2023));
    }

    [Fact]
    public void DateWithinTheReportedYear_IsNotAPublicationDate() =>
        Assert.Null(PublicationDateFinder.Find("时间：2023-06-01", 2023));
}
