using Gongkai.Core.Requests.Duplicates;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Workflow;
using static Gongkai.Core.Tests.Requests.RequestBuilders;

namespace Gongkai.Core.Tests.Requests;

/// <summary>At registration, earlier requests by the same applicant or with similar content are shown with the evidence.</summary>
public class SimilarRequestFinderTests
{
    private static RequestSummary S(Applicant a, string text, string date, Outcome? outcome = null) =>
        new(RequestId.New(), a, text, D(date), outcome, outcome is null ? null : D(date));

    [Fact]
    public void SameApplicant_IsFoundByIdentity_EvenWithUnrelatedContent()
    {
        var zhang = Person();
        var candidate = S(zhang, "2023年道路维修资金使用情况", "2023-03-20");
        var earlier = S(Person(name: "张 三", phone: "139"), "某小区规划许可证", "2023-03-02");
        var report = SimilarRequestFinder.Find(candidate, [earlier]);
        var m = Assert.Single(report.Matches);
        Assert.Equal(ApplicantMatch.SameIdentity, m.ApplicantMatch);
        Assert.Contains("同一申请人", m.EvidenceZh);
        Assert.Equal(1, report.SameApplicantThisMonth);
    }

    [Fact]
    public void SimilarContent_FromAnotherApplicant_IsShownWithTheSharedPassages()
    {
        var candidate = S(Person(), "请公开2022年度科技项目资金分配结果。", "2023-03-20");
        var other = Person(name: "李四", id: IdNumber("11010519850101123"), phone: "13900000000");
        var earlier = S(other, "申请公开：2022年度科技项目资金的分配结果", "2023-02-10", Outcome.Disclosed);
        var unrelated = S(other, "城市绿化工程招标文件", "2023-02-11");
        var report = SimilarRequestFinder.Find(candidate, [earlier, unrelated]);
        var m = Assert.Single(report.Matches);
        Assert.Same(earlier, m.Earlier);
        Assert.Equal(ApplicantMatch.None, m.ApplicantMatch);
        Assert.True(m.ContentScore > 0.5, $"score {m.ContentScore}");
        Assert.Contains(m.SharedFragments, f => f.EndsWith("2022年度科技项目资金", StringComparison.Ordinal));
        Assert.Contains("分配结果", m.SharedFragments);
        Assert.Contains("已办结：（一）予以公开", m.EvidenceZh);
        Assert.Equal(0, report.SameApplicantThisMonth);
    }

    [Fact]
    public void SameNameAndPhone_WithADifferentDocument_IsAWeakerApplicantMatch()
    {
        var a = Person(phone: "138-0000-0000");
        var b = Applicant.Create(ApplicantKind.NaturalPerson, "张三", IdentityDocuments.Other(OtherDocumentType.Passport, "E1").Value,
            new ApplicantContact("13800000000", null, null)).Value;
        Assert.Equal(ApplicantMatch.SameNameAndContact, SimilarRequestFinder.MatchApplicant(a, b));
    }

    [Fact]
    public void Normalisation_IgnoresPunctuationSpacingAndFullWidthForms()
    {
        Assert.Equal("2022年abc", SimilarRequestFinder.Normalize("２０２２年，ＡＢＣ "));
        Assert.Equal(1.0, SimilarRequestFinder.Jaccard(
            SimilarRequestFinder.Bigrams(SimilarRequestFinder.Normalize("资金分配。")),
            SimilarRequestFinder.Bigrams(SimilarRequestFinder.Normalize("资金 分配"))));
    }

    [Fact]
    public void MonthlyCount_CountsOnlyTheSameApplicantInTheSameCalendarMonth()
    {
        var zhang = Person();
        var candidate = S(zhang, "甲", "2023-03-20");
        var report = SimilarRequestFinder.Find(candidate,
        [
            S(zhang, "乙", "2023-03-01"), S(zhang, "丙", "2023-03-19"), S(zhang, "丁", "2023-02-28"), S(Company(), "戊", "2023-03-05"),
        ]);
        Assert.Equal(2, report.SameApplicantThisMonth);
    }
}
