using Gongkai.Core.Disclosure;
using static Gongkai.Core.Tests.Disclosure.ItemBuilder;

namespace Gongkai.Core.Tests.Disclosure;

/// <summary>
/// IsPublic — the one predicate of the portal, its search, feeds and sitemap: nothing is public without both approvals, before
/// its time, or after withdrawal; a revision of public content keeps the approved version public until it is approved itself.
/// </summary>
public class PublicationTests
{
    [Fact]
    public void IsPublic_Draft_IsFalse()
    {
        var b = new ItemBuilder();
        Assert.False(b.Draft().IsPublic(b.Now.AddYears(1)));
    }

    [Fact]
    public void IsPublic_AwaitingConfidentialityReview_IsFalse()
    {
        var b = new ItemBuilder();
        Assert.False(b.Submitted().IsPublic(b.Now.AddYears(1)));
    }

    [Fact]
    public void IsPublic_WithOnlyTheConfidentialityReview_IsFalse()
    {
        var b = new ItemBuilder();
        Assert.False(b.ConfidentialityReviewed().IsPublic(b.Now.AddYears(1)));
    }

    [Fact]
    public void IsPublic_Published_IsTrueFromTheApprovalOn()
    {
        var b = new ItemBuilder();
        var item = b.Published();
        var approvedAt = item.Versions[0].LeaderApproval.At;

        Assert.False(item.IsPublic(approvedAt.AddTicks(-1)));
        Assert.True(item.IsPublic(approvedAt));
        Assert.Equal(ItemStatus.Published, item.Status);
    }

    [Fact]
    public void IsPublic_Scheduled_IsFalseUntilTheTimeThenTrueWithoutTheScheduler()
    {
        var b = new ItemBuilder();
        var item = b.Scheduled(TimeSpan.FromDays(2));
        var at = item.Versions[0].PublishAt;

        Assert.False(item.IsPublic(at.AddSeconds(-1)));
        Assert.Equal(ItemStatus.Scheduled, item.StatusAt(at.AddSeconds(-1)));
        Assert.True(item.IsPublic(at));
        Assert.Equal(ItemStatus.Published, item.StatusAt(at));
        Assert.Equal(ItemStatus.Scheduled, item.Status);
    }

    [Fact]
    public void PublishScheduled_BeforeTheTime_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Scheduled(TimeSpan.FromDays(2));

        Refused<ScheduledTimeNotReachedError, ItemEvent>(item.PublishScheduled(b.By("system")));
    }

    [Fact]
    public void IsPublic_Withdrawn_IsFalseFromTheWithdrawalOn()
    {
        var b = new ItemBuilder();
        var item = b.Published();
        var withdrawal = b.By(Leader);
        Ok(item.Withdraw(withdrawal, "内容有误"));

        Assert.True(item.IsPublic(withdrawal.At.AddTicks(-1)));
        Assert.False(item.IsPublic(withdrawal.At));
        Assert.False(item.IsPublic(withdrawal.At.AddYears(1)));
    }

    [Fact]
    public void IsPublic_ScheduledThenWithdrawn_NeverBecomesPublic()
    {
        var b = new ItemBuilder();
        var item = b.Scheduled(TimeSpan.FromDays(2));
        Ok(item.Withdraw(b.By(Leader), "活动取消"));

        Assert.False(item.IsPublic(b.Now.AddDays(3)));
        Assert.Empty(item.Publications);
    }

    [Fact]
    public void EditAfterPublication_KeepsTheApprovedVersionPublicUntilTheRevisionIsApproved()
    {
        var b = new ItemBuilder();
        var item = b.Published();
        var original = item.Content;

        Ok(item.Edit(original with { Body = "<p>培训时间调整为10月20日</p>" }, b.By(Clerk), Tree));
        Assert.Equal(ItemStatus.Draft, item.Status);
        Assert.True(item.IsPublic(b.Now));
        Assert.Equal(original, item.PublicVersionAt(b.Now)!.Content);

        Ok(item.SubmitForReview(b.By(Clerk), Tree));
        Ok(item.PassConfidentialityReview(b.By(Reviewer)));
        Assert.Equal(original, item.PublicVersionAt(b.Now)!.Content);

        Ok(item.Approve(b.By(Leader)));
        Assert.Equal("<p>培训时间调整为10月20日</p>", item.PublicVersionAt(b.Now)!.Content.Body);
        Assert.Equal(2, item.Publications.Count);
    }

    [Fact]
    public void EditAfterPublication_RestartsBothReviews()
    {
        var b = new ItemBuilder();
        var item = b.Published();
        Ok(item.Edit(item.Content with { Body = "<p>更正</p>" }, b.By(Clerk), Tree));

        Refused<ItemNotInStepError, ItemEvent>(item.Approve(b.By(Leader)));
        Refused<ItemNotInStepError, ItemEvent>(item.PassConfidentialityReview(b.By(Reviewer)));
    }

    [Fact]
    public void EditOfAScheduledItem_DropsTheSchedule_SoNothingGoesPublicAtThatTime()
    {
        var b = new ItemBuilder();
        var item = b.Scheduled(TimeSpan.FromDays(2));
        var scheduledAt = item.Versions[0].PublishAt;

        var edited = Assert.IsType<ItemEdited>(Ok(item.Edit(item.Content with { Title = "改期通知" }, b.By(Clerk), Tree)));

        Assert.True(edited.CancelledSchedule);
        Assert.True(item.Versions[0].Cancelled);
        Assert.False(item.IsPublic(scheduledAt.AddDays(1)));
    }

    [Fact]
    public void ScheduledRevisionOfAPublicItem_ReplacesThePublicVersionAtItsTime()
    {
        var b = new ItemBuilder();
        var item = b.Published();
        Ok(item.Edit(item.Content with { Title = "第二版" }, b.By(Clerk), Tree));
        var publishAt = b.Now.AddDays(5);
        b.ReviewAndPublish(item, publishAt);

        Assert.Equal(ItemStatus.Scheduled, item.Status);
        Assert.NotEqual("第二版", item.PublicVersionAt(publishAt.AddTicks(-1))!.Content.Title);
        Assert.Equal("第二版", item.PublicVersionAt(publishAt)!.Content.Title);
    }
}
