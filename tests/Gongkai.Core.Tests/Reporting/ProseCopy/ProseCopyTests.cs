using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.ProseCopy;

namespace Gongkai.Core.Tests.Reporting.ProseCopy;

public class ProseCopyTests
{
    private static AnnualReport Report(string agency, int year, string problems, string? overview = null)
    {
        var report = AnnualReport.Empty(ReportFormat.F2021);
        report.AgencyName = agency;
        report.Year = year;
        report.SetSection(SectionId.ProblemsAndImprovements, problems);
        if (overview is not null) report.SetSection(SectionId.Overview, overview);
        return report;
    }

    private static ProseCopySource Previous(AnnualReport report) => new(ProseFingerprint.Of(report), ProseCopyRelation.PreviousYear, "prev.txt");
    private static ProseCopySource Sibling(AnnualReport report) => new(ProseFingerprint.Of(report), ProseCopyRelation.Sibling, report.AgencyName);

    [Fact]
    public void SectionFive_WhenOnlyTheYearAndFiguresChanged_IsCopiedFromLastYear()
    {
        var last = Report("某县自然资源局", 2022, SeedText.ProblemsAndImprovements);
        var copy = SeedText.ProblemsAndImprovements.Replace("2023", "2024").Replace("一是", "1.");
        var current = Report("某县自然资源局", 2023, copy);

        var findings = ProseCopyCheck.Run(ProseFingerprint.Of(current), Previous(last), []);

        var finding = Assert.Single(findings);
        Assert.Equal("C1", finding.Finding.RuleId);
        Assert.Equal(SectionId.ProblemsAndImprovements, finding.Match.Section);
        Assert.True(finding.Match.Percent >= 95, $"similarity {finding.Match.Percent}");
        Assert.Contains("五、存在的主要问题及改进情况", finding.Finding.Found);
        Assert.Contains("疑似照搬上年报告", finding.Finding.MessageZh);
        Assert.NotEmpty(finding.Match.Passages);
        Assert.All(finding.Match.Passages, p => Assert.Contains(p.Text.TrimEnd('…'), copy));
    }

    [Fact]
    public void SiblingReport_WithOnlyTheAgencyNameReplaced_IsCopiedFromThatSibling()
    {
        var original = SeedText.Overview;
        var sibling = Report("红寺堡区科学技术局", 2023, "本年度无。", original);
        var copied = Report("红寺堡区农业农村局", 2023, "本年度无。", original.Replace("红寺堡区科学技术局", "红寺堡区农业农村局"));
        var unrelated = Report("红寺堡区教育局", 2023, "本年度无。", SeedText.ProblemsAndImprovements + SeedText.ProblemsAndImprovements);

        var findings = ProseCopyCheck.Run(ProseFingerprint.Of(copied), null, [Sibling(unrelated), Sibling(sibling)]);

        var finding = Assert.Single(findings);
        Assert.Equal("C2", finding.Finding.RuleId);
        Assert.Equal("红寺堡区科学技术局", finding.Match.Source.AgencyName);
        Assert.Equal(100, finding.Match.Percent);
        Assert.Contains("红寺堡区科学技术局2023年度报告", finding.Finding.MessageZh);
    }

    [Fact]
    public void IndependentlyWrittenSections_AreNotCopies()
    {
        var a = Report("甲局", 2023, SeedText.ProblemsAndImprovements);
        var b = Report("甲局", 2022, SeedText.Overview);

        Assert.Empty(ProseCopyCheck.Run(ProseFingerprint.Of(a), Previous(b), []));
        var match = Assert.Single(ProseCopyComparison.Compare(ProseFingerprint.Of(a), Previous(b)));
        Assert.True(match.Containment < 0.2, $"containment {match.Containment}");
    }

    [Fact]
    public void ShortStockSentence_IsNotCompared()
    {
        var a = Report("甲局", 2023, "本机关无其他需要报告的事项。");
        var b = Report("甲局", 2022, "本机关无其他需要报告的事项。");

        Assert.Empty(ProseCopyComparison.Compare(ProseFingerprint.Of(a), Previous(b)));
    }

    [Fact]
    public void StatutoryHeadingsAlone_DoNotMakeACopy()
    {
        string headings = string.Concat(Enumerable.Repeat("主动公开情况依申请公开情况政府信息管理情况政府信息公开平台建设情况监督保障情况", 3));
        var a = Report("甲局", 2023, "", headings + SeedText.ProblemsAndImprovements);
        var b = Report("甲局", 2022, "", headings + "今年各项工作按计划推进，培训覆盖全体干部职工，群众满意度持续提升，未发生泄密事件，网站栏目更新及时，留言办理规范有序，政策解读材料同步上网，重大决策预公开落实到位。");

        var match = Assert.Single(ProseCopyComparison.Compare(ProseFingerprint.Of(a), Previous(b)));
        Assert.True(match.Containment < 0.1, $"containment {match.Containment}");
    }

    [Fact]
    public void SiblingOfAnotherYear_OrTheSameAgency_IsNotASibling()
    {
        var text = SeedText.Overview;
        var report = Report("甲局", 2023, "", text);
        var otherYear = Report("乙局", 2022, "", text);
        var sameAgency = Report("甲 局", 2023, "", text);

        Assert.Empty(ProseCopyCheck.Run(ProseFingerprint.Of(report), null, [Sibling(otherYear), Sibling(sameAgency)]));
    }
}
