using Gongkai.Core.Disclosure;
using static Gongkai.Core.Tests.Disclosure.ItemBuilder;

namespace Gongkai.Core.Tests.Disclosure;

/// <summary>三审 (条例第十七条; seed: 经办人拟定意见、部门保密审查、分管领导审批): every step from every state, legal or refused.</summary>
public class ReviewWorkflowTests
{
    public enum Step { Edit, Submit, PassConfidentialityReview, SendBack, Approve, PublishScheduled, Withdraw }

    private static DisclosureItem InState(ItemBuilder b, ItemStatus state) => state switch
    {
        ItemStatus.Draft => b.Draft(),
        ItemStatus.AwaitingConfidentialityReview => b.Submitted(),
        ItemStatus.AwaitingLeaderApproval => b.ConfidentialityReviewed(),
        ItemStatus.Scheduled => b.Scheduled(TimeSpan.FromHours(2)),
        ItemStatus.Published => b.Published(),
        _ => b.Withdrawn(),
    };

    private static DomainResult<ItemEvent> Do(ItemBuilder b, DisclosureItem item, Step step) => step switch
    {
        Step.Edit => item.Edit(item.Content with { Title = item.Content.Title + "（修订）" }, b.By(Clerk), Tree),
        Step.Submit => item.SubmitForReview(b.By(Clerk), Tree),
        Step.PassConfidentialityReview => item.PassConfidentialityReview(b.By(Reviewer), "无涉密内容"),
        Step.SendBack => item.SendBack(b.By(item.Status == ItemStatus.AwaitingConfidentialityReview ? Reviewer : Leader), "请补充培训地点"),
        Step.Approve => item.Approve(b.By(Leader)),
        Step.PublishScheduled => item.PublishScheduled(b.ByAfter("system", TimeSpan.FromHours(3))),
        _ => item.Withdraw(b.By(Leader), "信息有误"),
    };

    // state, step, status afterwards (null: refused), error when refused
    public static TheoryData<ItemStatus, Step, ItemStatus?, Type?> Matrix()
    {
        var data = new TheoryData<ItemStatus, Step, ItemStatus?, Type?>();
        void Legal(ItemStatus s, Step step, ItemStatus after) => data.Add(s, step, after, null);
        void Illegal(ItemStatus s, Step step, Type error) => data.Add(s, step, null, error);
        var notInStep = typeof(ItemNotInStepError);

        Legal(ItemStatus.Draft, Step.Edit, ItemStatus.Draft);
        Legal(ItemStatus.Draft, Step.Submit, ItemStatus.AwaitingConfidentialityReview);
        Illegal(ItemStatus.Draft, Step.PassConfidentialityReview, notInStep);
        Illegal(ItemStatus.Draft, Step.SendBack, notInStep);
        Illegal(ItemStatus.Draft, Step.Approve, notInStep);
        Illegal(ItemStatus.Draft, Step.PublishScheduled, notInStep);
        Legal(ItemStatus.Draft, Step.Withdraw, ItemStatus.Withdrawn);

        Illegal(ItemStatus.AwaitingConfidentialityReview, Step.Edit, typeof(ItemUnderReviewError));
        Illegal(ItemStatus.AwaitingConfidentialityReview, Step.Submit, notInStep);
        Legal(ItemStatus.AwaitingConfidentialityReview, Step.PassConfidentialityReview, ItemStatus.AwaitingLeaderApproval);
        Legal(ItemStatus.AwaitingConfidentialityReview, Step.SendBack, ItemStatus.Draft);
        Illegal(ItemStatus.AwaitingConfidentialityReview, Step.Approve, notInStep);
        Illegal(ItemStatus.AwaitingConfidentialityReview, Step.PublishScheduled, notInStep);
        Legal(ItemStatus.AwaitingConfidentialityReview, Step.Withdraw, ItemStatus.Withdrawn);

        Illegal(ItemStatus.AwaitingLeaderApproval, Step.Edit, typeof(ItemUnderReviewError));
        Illegal(ItemStatus.AwaitingLeaderApproval, Step.Submit, notInStep);
        Illegal(ItemStatus.AwaitingLeaderApproval, Step.PassConfidentialityReview, notInStep);
        Legal(ItemStatus.AwaitingLeaderApproval, Step.SendBack, ItemStatus.Draft);
        Legal(ItemStatus.AwaitingLeaderApproval, Step.Approve, ItemStatus.Published);
        Illegal(ItemStatus.AwaitingLeaderApproval, Step.PublishScheduled, notInStep);
        Legal(ItemStatus.AwaitingLeaderApproval, Step.Withdraw, ItemStatus.Withdrawn);

        Legal(ItemStatus.Scheduled, Step.Edit, ItemStatus.Draft);
        Illegal(ItemStatus.Scheduled, Step.Submit, notInStep);
        Illegal(ItemStatus.Scheduled, Step.PassConfidentialityReview, notInStep);
        Illegal(ItemStatus.Scheduled, Step.SendBack, notInStep);
        Illegal(ItemStatus.Scheduled, Step.Approve, notInStep);
        Legal(ItemStatus.Scheduled, Step.PublishScheduled, ItemStatus.Published);
        Legal(ItemStatus.Scheduled, Step.Withdraw, ItemStatus.Withdrawn);

        Legal(ItemStatus.Published, Step.Edit, ItemStatus.Draft);
        Illegal(ItemStatus.Published, Step.Submit, notInStep);
        Illegal(ItemStatus.Published, Step.PassConfidentialityReview, notInStep);
        Illegal(ItemStatus.Published, Step.SendBack, notInStep);
        Illegal(ItemStatus.Published, Step.Approve, notInStep);
        Illegal(ItemStatus.Published, Step.PublishScheduled, notInStep);
        Legal(ItemStatus.Published, Step.Withdraw, ItemStatus.Withdrawn);

        foreach (var step in Enum.GetValues<Step>()) Illegal(ItemStatus.Withdrawn, step, typeof(ItemWithdrawnError));
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Step_FromEveryState_IsTakenOrRefusedByName(ItemStatus state, Step step, ItemStatus? after, Type? error)
    {
        var b = new ItemBuilder();
        var item = InState(b, state);
        int historyBefore = item.History.Count;

        var result = Do(b, item, step);

        if (after is { } expected)
        {
            Assert.True(result.Succeeded, result.Error?.MessageEn);
            Assert.Equal(expected, item.Status);
            Assert.Same(result.Value, item.History[^1]);
            Assert.NotEmpty(result.Value.SummaryZh);
        }
        else
        {
            Assert.False(result.Succeeded);
            Assert.IsType(error!, Assert.Single(result.Errors));
            Assert.Equal(state, item.Status);
            Assert.Equal(historyBefore, item.History.Count);
        }
    }

    [Fact]
    public void Matrix_CoversEveryStateAndStep()
    {
        var covered = Matrix().Select(row => ((ItemStatus)row[0], (Step)row[1])).ToHashSet();
        Assert.Equal(Enum.GetValues<ItemStatus>().Length * Enum.GetValues<Step>().Length, covered.Count);
    }

    [Fact]
    public void SendBack_WithoutComment_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Submitted();

        Refused<SendBackCommentRequiredError, ItemEvent>(item.SendBack(b.By(Reviewer), "  "));
    }

    [Fact]
    public void SendBack_FromLeader_ReturnsToDraftAndDropsTheConfidentialityReview()
    {
        var b = new ItemBuilder();
        var item = b.ConfidentialityReviewed();

        var sent = Assert.IsType<ItemSentBack>(Ok(item.SendBack(b.By(Leader), "标题不规范")));

        Assert.Equal((ItemStatus.AwaitingLeaderApproval, "标题不规范"), (sent.From, sent.Comment));
        Assert.Null(item.ConfidentialityReview);
        Ok(item.Edit(item.Content with { Title = "关于开展2023年科技特派员技术培训的通知" }, b.By(Clerk), Tree));
        Ok(item.SubmitForReview(b.By(Clerk), Tree));
        Assert.Equal(ItemStatus.AwaitingConfidentialityReview, item.Status);
    }

    [Fact]
    public void SendBack_OfADraft_NamesBothReviewStagesInTheRefusal()
    {
        var b = new ItemBuilder();
        var item = b.Draft();

        var error = Refused<ItemNotInStepError, ItemEvent>(item.SendBack(b.By(Reviewer), "退回"));

        Assert.Equal([ItemStatus.AwaitingConfidentialityReview, ItemStatus.AwaitingLeaderApproval], error.Allowed);
        Assert.Equal("该信息当前为“拟稿”，只有“待保密审查”或“待分管领导审批”的信息才能退回", error.MessageZh);
    }

    [Fact]
    public void Withdraw_WithoutReason_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Published();

        Refused<WithdrawalReasonRequiredError, ItemEvent>(item.Withdraw(b.By(Leader), ""));
    }

    [Fact]
    public void Approve_WithoutIndexNumber_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Submitted();
        Ok(item.PassConfidentialityReview(b.By(Reviewer)));

        Refused<IndexNumberRequiredError, ItemEvent>(item.Approve(b.By(Leader)));
    }

    [Fact]
    public void Approve_WithPublicationTimeInThePast_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.ConfidentialityReviewed();
        var by = b.By(Leader);

        Refused<PublishTimeInPastError, ItemEvent>(item.Approve(by, by.At.AddMinutes(-1)));
    }

    [Fact]
    public void Step_DatedBeforeThePreviousStep_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Draft();

        Refused<StepBeforePreviousError, ItemEvent>(item.SubmitForReview(At(Clerk, Start), Tree));
    }

    [Fact]
    public void SubmitForReview_AfterTheCategoryWasRetired_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Draft();
        var tree = Tree.Retire("notices").Value;

        var result = item.SubmitForReview(b.By(Clerk), tree);

        Assert.IsType<Core.Disclosure.Catalogue.CategoryRetiredError>(Assert.Single(result.Errors));
    }

    [Fact]
    public void Edit_WithNothingChanged_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Draft();

        Refused<ItemUnchangedError, ItemEvent>(item.Edit(item.Content, b.By(Clerk), Tree));
    }

    [Fact]
    public void Edit_RecordsRevisionWithWhoWhenAndWhatChanged()
    {
        var b = new ItemBuilder();
        var item = b.Draft();
        var by = b.By("clerk-zhang");

        Ok(item.Edit(item.Content with { Title = "新标题", Summary = "新概述" }, by, Tree));

        var revision = item.Revisions[^1];
        Assert.Equal((2, "clerk-zhang", by.At), (revision.Number, revision.ActorId, revision.At));
        Assert.Equal(["title", "summary"], revision.ChangedFields);
        Assert.Equal("名称、内容概述", revision.ChangedFieldsZh);
        Assert.Equal("新标题", revision.Content.Title);
        Assert.Equal(2, item.Revision);
    }

    [Fact]
    public void Draft_WithInvalidContent_ReportsEveryProblem()
    {
        var b = new ItemBuilder();
        var content = Content() with { Title = "", IssuingAgency = " ", Body = "", Channels = [], GeneratedOn = new DateOnly(2030, 1, 1) };

        var result = DisclosureItem.Draft(DisclosureItemId.New(), content, b.By(Clerk), Tree);

        Assert.Equal(
            [typeof(ItemTitleRequiredError), typeof(ItemIssuingAgencyRequiredError), typeof(ItemGeneratedDateInFutureError),
             typeof(ItemContentEmptyError), typeof(ItemChannelRequiredError)],
            result.Errors.Select(e => e.GetType()));
    }

    [Fact]
    public void FromHistory_RebuildsTheSameItem()
    {
        var b = new ItemBuilder();
        var item = b.Published();
        Ok(item.Edit(item.Content with { Body = "<p>更正</p>" }, b.By(Clerk), Tree));
        Ok(item.SubmitForReview(b.By(Clerk), Tree));
        Ok(item.SendBack(b.By(Reviewer), "请核对"));

        var rebuilt = DisclosureItem.FromHistory(item.History);

        Assert.Equal((item.Id, item.Status, item.Revision, item.IndexNumber, item.Content), (rebuilt.Id, rebuilt.Status, rebuilt.Revision, rebuilt.IndexNumber, rebuilt.Content));
        Assert.Equal(item.Versions, rebuilt.Versions);
        Assert.Equal(item.Authors.Order(), rebuilt.Authors.Order());
        Assert.Equal(item.IsPublic(b.Now), rebuilt.IsPublic(b.Now));
    }

    [Fact]
    public void FromHistory_NotStartingWithADraft_IsABug()
    {
        var b = new ItemBuilder();
        var item = b.Submitted();

        Assert.Throws<ArgumentException>(() => DisclosureItem.FromHistory(item.History.Skip(1)));
    }
}
