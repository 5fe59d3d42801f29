using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Prose;

namespace Gongkai.Core.Tests.Reporting;

public class ProseAnalyzerTests
{
    private static ProseAnalysis Read(string text, int? year = 2023) => ProseAnalyzer.Analyze(text, SectionId.Overview, year);

    private static (ProseQuantity, decimal)[] Numbers(string text, int? year = 2023) =>
        [.. Read(text, year).Statements.Where(s => !s.Approximate).Select(s => (s.Quantity, s.Count))];

    [Theory]
    [InlineData("共收到政府信息公开申请859件", 859)]
    [InlineData("全年共收到政府信息公开申请十二件", 12)]
    [InlineData("本年度新收政府信息公开申请 2 0 件", 20)]
    [InlineData("共收到政府信息公开申请１０５件", 105)]
    [InlineData("收到政府信息公开申请一百零五件", 105)]
    [InlineData("接收通过邮寄、网络提交的各类政府信息公开申请共计81件", 81)]
    [InlineData("全年共受理依申请公开两件", 2)]
    [InlineData("收到政府信息公开申请，共计3件", 3)]
    [InlineData("收到政府信息公开申请1,234件", 1234)]
    public void Received_IsReadInManyWritings(string text, decimal expected)
    {
        Assert.Equal([(ProseQuantity.Received, expected)], Numbers(text));
    }

    [Fact]
    public void SentenceOfManyQuantities_IsReadNumberByNumber()
    {
        var numbers = Numbers("2025年，全区共收到政府信息公开申请154件，上年结转3件，共办结148件，结转至2026年9件；予以公开及部分公开71件，不予公开5件，无法提供53件，不予处理2件，其他处理11件；行政复议36起，行政诉讼9起。", 2025);

        Assert.Equal(
        [
            (ProseQuantity.Received, 154m), (ProseQuantity.CarriedIn, 3m), (ProseQuantity.Concluded, 148m), (ProseQuantity.CarriedOut, 9m),
            (ProseQuantity.DisclosedOrPartlyDisclosed, 71m), (ProseQuantity.Withheld, 5m), (ProseQuantity.CannotProvide, 53m),
            (ProseQuantity.NotProcessed, 2m), (ProseQuantity.OtherHandling, 11m), (ProseQuantity.Reconsideration, 36m), (ProseQuantity.Litigation, 9m),
        ], numbers);
    }

    [Fact]
    public void AppealsNamedTogether_AreOneCombinedNumber()
    {
        Assert.Equal([(ProseQuantity.ReconsiderationAndLitigation, 0m)], Numbers("因政府信息公开引起的行政复议、行政诉讼案件0件"));
    }

    [Theory]
    [InlineData("收到政府信息公开申请后，在5个工作日内予以答复")]
    [InlineData("依据条例第十四条不予公开")]
    [InlineData("收到群众来信12件，均已依申请公开渠道答复")]
    [InlineData("较上年收到政府信息公开申请增加了12件")]
    [InlineData("上年度收到政府信息公开申请12件")]
    [InlineData("2022年收到政府信息公开申请12件")]
    [InlineData("予以公开率为95%")]
    public void NumbersNotRestatingThisYearsCells_AreNotRead(string text)
    {
        Assert.Empty(Numbers(text));
    }

    [Theory]
    [InlineData("累计主动公开政府信息7700余条")]
    [InlineData("收到政府信息公开申请约20件")]
    [InlineData("收到政府信息公开申请近二十件")]
    public void ApproximateNumbers_AreMarkedApproximate(string text)
    {
        Assert.True(Assert.Single(Read(text).Statements).Approximate);
    }

    [Theory]
    [InlineData("2023年我局未收到公民、法人及其他组织向我局提出的政府信息公开申请情况。", ApplicationDenialKind.NoneReceived)]
    [InlineData("本年度没有收到政府信息公开申请", ApplicationDenialKind.NoneReceived)]
    [InlineData("本年度无政府信息公开申请", ApplicationDenialKind.NoneAtAll)]
    [InlineData("全年没有依申请公开事项的申请", ApplicationDenialKind.NoneAtAll)]
    public void DenialOfApplications_IsRead(string text, ApplicationDenialKind kind)
    {
        Assert.Equal(kind, Assert.Single(Read(text).Denials).Kind);
    }

    [Fact]
    public void SeedSentence_DeniesApplicationsAndBothKindsOfAppeals()
    {
        var read = Read("2023 年我局未收到公民、法人及其他组织向我局提出的政府信息公开申请情况且无因政府信息公开申请引起的行政复议、行政诉讼案件。");

        Assert.Equal(ApplicationDenialKind.NoneReceived, Assert.Single(read.Denials).Kind);
        Assert.Equal([(ProseQuantity.Reconsideration, 0m), (ProseQuantity.Litigation, 0m)], read.Statements.Select(s => (s.Quantity, s.Count)));
        Assert.All(read.Statements, s => Assert.True(s.FromNegation));
    }

    [Theory]
    [InlineData("对无法提供的申请依法告知理由")]
    [InlineData("对无正当理由大量反复申请的，不予处理")]
    [InlineData("无需另行申请")]
    public void WordsStartingWithWu_AreNoDenial(string text)
    {
        var read = Read("依申请公开工作中，" + text);

        Assert.Empty(read.Denials);
        Assert.Empty(read.Statements);
    }

    [Fact]
    public void OnlyReconsiderationDenied_LeavesLitigationUnread()
    {
        var read = Read("本年度政府信息公开工作没有被申请行政复议。");

        Assert.Equal([(ProseQuantity.Reconsideration, 0m)], read.Statements.Select(s => (s.Quantity, s.Count)));
    }

    [Theory]
    [InlineData("共收取信息处理费120元", true, 120)]
    [InlineData("收取信息处理费０.５万元", true, 5000)]
    [InlineData("收取信息处理费0元", false, 0)]
    public void FeeAmount_IsReadInYuan(string text, bool collected, decimal yuan)
    {
        var fee = Assert.Single(Read(text).Fees);

        Assert.Equal((collected, yuan), (fee.Collected, fee.AmountYuan));
    }

    [Theory]
    [InlineData("共收取信息处理费٣元")]
    [InlineData("共收取信息处理费99999999999999999999999999999999元")]
    [InlineData("共收取信息处理费9999999999999999999999999999万元")]
    public void FeeAmountNoDecimalHolds_IsNotReadButTheCollectionIs(string text)
    {
        var fee = Assert.Single(Read(text).Fees);

        Assert.Equal((true, (decimal?)null), (fee.Collected, fee.AmountYuan));
    }

    [Fact]
    public void FeeHeadingAlone_StatesNothing()
    {
        Assert.Empty(Read("（二）信息处理费收取情况。").Fees);
    }

    [Fact]
    public void SeedProactiveSentence_IsTotalWithNineParts()
    {
        var b = Assert.Single(Read("2023 年，我局通过政府门户网站、微信公众号等平台主动公开信息 225 条，其中：政府信息公开年报 1 件，机构职能 1 件，预决算公开 3 件，行政权力运行 1 件，公示公告 4 件，专题专栏 1 件，政府开放日 1 件，部门动态 30 件，通过“红寺堡科技”官方微信公众号转载、发布日常科技服务、技术培训等各类信息 183 条。").Breakdowns);

        Assert.Equal(("我局通过政府门户网站、微信公众号等平台主动公开信息", 225m, "条"), (b.TotalLabel, b.Total, b.Unit));
        Assert.Equal(225, b.PartsSum);
        Assert.Equal(["政府信息公开年报", "机构职能", "预决算公开", "行政权力运行", "公示公告", "专题专栏", "政府开放日", "部门动态",
            "通过“红寺堡科技”官方微信公众号转载、发布日常科技服务、技术培训等各类信息"], b.Parts.Select(p => p.Label));
        Assert.True(b.ClearlyComplete);
    }

    [Fact]
    public void BreakdownFollowedByAnotherStatement_StopsWhereTheOtherStatementBegins()
    {
        var b = Assert.Single(Read("办结依申请公开81件，其中：予以公开及部分公开42件，占51.85%；不予公开5件，占6.17%；无法提供31件，占38.27%；不予处理1件，占1.23%；其他处理2件，占2.47%；因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。").Breakdowns);

        Assert.Equal([42m, 5m, 31m, 1m, 2m], b.Parts.Select(p => p.Count));
        Assert.Equal(["予以公开及部分公开", "不予公开", "无法提供", "不予处理", "其他处理"], b.Parts.Select(p => p.Label));
    }

    [Fact]
    public void BreakdownWithCatchAllPartNotMakingTheTotal_IsClearlyCompleteAndShort()
    {
        var b = Assert.Single(Read("我区政府信息公开单位共公布政府信息2599条，(其中机构职能类信息25条，政策、规范性文件类信息68条，其他应主动公开政府信息856条)").Breakdowns);

        Assert.Equal((2599m, 949m, true), (b.Total, b.PartsSum, b.ClearlyComplete));
    }

    [Fact]
    public void SingleListedPart_IsNoBreakdown()
    {
        Assert.Empty(Read("共收到政府信息公开申请81件，其中自然人80件。").Breakdowns);
    }

    [Fact]
    public void ApproximateTotal_MakesTheBreakdownApproximate()
    {
        Assert.True(Assert.Single(Read("发布信息2000余条，其中：政策文件20条，动态新闻30条。").Breakdowns).Approximate);
    }
}
