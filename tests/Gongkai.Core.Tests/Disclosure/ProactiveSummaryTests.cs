using Gongkai.Core.Disclosure;
using Gongkai.Core.Disclosure.Catalogue;
using Gongkai.Core.Disclosure.Summary;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Core.Reporting.Prose;
using Gongkai.Core.Tests.Reporting;
using static Gongkai.Core.Tests.Disclosure.ItemBuilder;

namespace Gongkai.Core.Tests.Disclosure;

/// <summary>Section 一（一） from the records: the seed's 225 items (42 on the portal in eight categories, 183 on 红寺堡科技) and its sentence.</summary>
public class ProactiveSummaryTests
{
    private static readonly PublicationChannel WeChat = PublicationChannel.WeChat("红寺堡科技");

    private static readonly ProactiveSentenceTemplate SeedWording = ProactiveSentenceTemplate.Default with
    {
        ChannelDescriptions = new Dictionary<string, string> { [PublicationChannel.WeChatCode] = "日常科技服务、技术培训等" },
    };

    private const string SeedSentence =
        "2023年，我局通过政府门户网站、微信公众号等平台主动公开信息 225 条，其中：政府信息公开年报 1 件，机构职能 1 件，预决算公开 3 件，"
        + "行政权力运行 1 件，公示公告 4 件，专题专栏 1 件，政府开放日 1 件，部门动态 30 件，"
        + "通过“红寺堡科技”官方微信公众号转载、发布日常科技服务、技术培训等各类信息 183 条。";

    /// <summary>The seed agency's 2023 items, published through the full review, in a shuffled order.</summary>
    private static List<DisclosureItem> SeedItems()
    {
        var b = new ItemBuilder();
        var plan = new List<(string Category, PublicationChannel Channel)>();
        foreach (var (category, n) in new[] { ("annual-report", 1), ("functions", 1), ("budget", 3), ("power", 1), ("notices", 4), ("topics", 1), ("open-day", 1), ("news", 30) })
            plan.AddRange(Enumerable.Repeat((category, PublicationChannel.Portal), n));
        plan.AddRange(Enumerable.Repeat(("news", WeChat), 183));
        var random = new Random(2023);
        return plan.OrderBy(_ => random.Next())
            .Select((p, i) => b.Published(Content($"信息{i}", p.Category, new DateOnly(2023, 10, 8), p.Channel)))
            .ToList();
    }

    [Fact]
    public void SeedRecords_GiveTheSeedsCounts()
    {
        var summary = ProactiveSummary.Count(SeedItems(), 2023, Tree);

        Assert.Equal(225, summary.Total);
        Assert.Equal([1, 1, 3, 1, 4, 1, 1, 30, 183], summary.Parts.Select(p => p.Count));
        Assert.Equal(225, summary.Parts.Sum(p => p.Count));
        Assert.Equal([("portal", 42), ("wechat", 183)], summary.ByChannel.Select(c => (c.Code, c.Count)));
        Assert.Equal(213, summary.ByCategory.Single(c => c.Code == "news").Count);
    }

    [Fact]
    public void SeedRecords_GiveTheSeedsSentence()
    {
        var sentence = ProactiveSummary.Count(SeedItems(), 2023, Tree).Sentence(SeedWording).Value;

        Assert.Equal(SeedSentence, sentence);
    }

    [Fact]
    public void SeedRecords_WithTheSeedsSpacing_ReproduceTheSeedReportVerbatim()
    {
        var wording = SeedWording with { Lead = "{year} 年，{self}通过{channels}等平台主动公开信息 {total} 条，其中：" };

        var sentence = ProactiveSummary.Count(SeedItems(), 2023, Tree).Sentence(wording).Value;

        Assert.Contains(sentence, SeedText.Overview);
    }

    [Fact]
    public void GeneratedSentence_IsReadBackByTheProseAnalyser_As225EqualToTheSumOfItsParts()
    {
        var sentence = ProactiveSummary.Count(SeedItems(), 2023, Tree).Sentence(SeedWording).Value;
        var report = AnnualReport.Empty(ReportFormat.F2021);
        report.Year = 2023;
        report.SetSection(SectionId.Overview, $"**（一）信息主动公开情况。**{sentence}");

        var items = ProseFacts.ProactiveItems(report);

        Assert.NotNull(items);
        Assert.Equal(225, items.Total);
        Assert.Equal(225, items.PartsSum);
        Assert.Equal([1, 1, 3, 1, 4, 1, 1, 30, 183], items.Parts.Select(p => p.Count));
        Assert.True(items.ClearlyComplete);
        Assert.DoesNotContain(ReportChecks.Run(report), f => f.RuleId == "P1");
    }

    [Fact]
    public void Item_OnPortalAndWeChat_CountsOnceInTheTotalAndInBothChannels()
    {
        var b = new ItemBuilder();
        var both = b.Published(Content(channels: [PublicationChannel.Portal, WeChat]));

        var summary = ProactiveSummary.Count([both], 2023, Tree);

        Assert.Equal(1, summary.Total);
        Assert.Equal([(SummaryPartKind.Category, "notices", 1)], summary.Parts.Select(p => (p.Kind, p.Code, p.Count)));
        Assert.Equal([1, 1], summary.ByChannel.Select(c => c.Count));
    }

    [Fact]
    public void Item_WithdrawnBeforeTheYearEnds_DoesNotCount_ButOneWithdrawnLaterDoes()
    {
        var b = new ItemBuilder();
        var withdrawnInYear = b.Published();
        Ok(withdrawnInYear.Withdraw(b.By(Leader), "错误"));
        var withdrawnNextYear = b.Published();
        Ok(withdrawnNextYear.Withdraw(At(Leader, new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.FromHours(8))), "过时"));

        var summary = ProactiveSummary.Count([withdrawnInYear, withdrawnNextYear], 2023, Tree);

        Assert.Equal(1, summary.Total);
    }

    [Fact]
    public void Item_FirstPublishedTheYearBefore_DoesNotCountAgainForARevision()
    {
        var b = new ItemBuilder();
        var item = b.Published();
        Ok(item.Edit(item.Content with { Title = "第二版" }, b.ByAfter(Clerk, TimeSpan.FromDays(120)), Tree));
        b.ReviewAndPublish(item);

        Assert.Equal(1, ProactiveSummary.Count([item], 2023, Tree).Total);
        Assert.Equal(0, ProactiveSummary.Count([item], 2024, Tree).Total);
    }

    [Fact]
    public void Item_ScheduledIntoTheNextYear_CountsThere()
    {
        var b = new ItemBuilder();
        var item = b.Scheduled(TimeSpan.FromDays(100));

        Assert.Equal(0, ProactiveSummary.Count([item], 2023, Tree).Total);
        Assert.Equal(1, ProactiveSummary.Count([item], 2024, Tree).Total);
    }

    [Fact]
    public void NoItems_SaysSo()
    {
        Assert.Equal("2023年，我局未主动公开信息。", ProactiveSummary.Count(Array.Empty<DisclosureItem>(), 2023, Tree).Sentence().Value);
    }

    [Fact]
    public void Template_WithAnUnknownPlaceholder_IsRefused()
    {
        var wording = ProactiveSentenceTemplate.Default with { CategoryPart = "{name} {count} 件" };

        var error = Assert.IsType<SentencePlaceholderUnknownError>(Assert.Single(ProactiveSummary.Count(SeedItems(), 2023, Tree).Sentence(wording).Errors));
        Assert.Equal("{name}", error.Placeholder);
    }

    [Fact]
    public void ChannelWithoutAccountName_UsesTheChannelNameAlone()
    {
        var b = new ItemBuilder();
        var weibo = PublicationChannel.Other("weibo", "政务微博").Value;
        var item = b.Published(Content(channels: weibo));

        var sentence = ProactiveSummary.Count([item], 2023, Tree).Sentence().Value;

        Assert.Equal("2023年，我局通过政务微博等平台主动公开信息 1 条，其中：通过政务微博转载、发布各类信息 1 条。", sentence);
    }
}
