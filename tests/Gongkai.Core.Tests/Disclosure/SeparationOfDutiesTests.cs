using Gongkai.Core.Disclosure;
using Gongkai.Core.Requests.Workflow;
using static Gongkai.Core.Tests.Disclosure.ItemBuilder;

namespace Gongkai.Core.Tests.Disclosure;

/// <summary>
/// Who may do what: the confidentiality review needs a 保密审查 role, approval and the withdrawal of approved content a 分管领导;
/// and 三审 means three people — nobody reviews a revision they wrote or submitted, and the leader is not the confidentiality reviewer.
/// </summary>
public class SeparationOfDutiesTests
{
    [Fact]
    public void ConfidentialityReview_BySomeoneWithoutTheRole_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Submitted();

        var error = Refused<ApproverLacksRoleError, ItemEvent>(item.PassConfidentialityReview(b.By("clerk-zhang")));
        Assert.Equal(StaffRole.ConfidentialityReviewer, error.Required);
    }

    [Fact]
    public void Approval_BySomeoneWithoutTheLeaderRole_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.ConfidentialityReviewed();

        Assert.Equal(StaffRole.ApprovingLeader, Refused<ApproverLacksRoleError, ItemEvent>(item.Approve(b.By(Reviewer))).Required);
    }

    [Fact]
    public void SendBack_NeedsTheRoleOfTheStage()
    {
        var b = new ItemBuilder();
        var atReview = b.Submitted();
        var atLeader = b.ConfidentialityReviewed();

        Assert.Equal(StaffRole.ConfidentialityReviewer, Refused<ApproverLacksRoleError, ItemEvent>(atReview.SendBack(b.By(Leader), "不行")).Required);
        Assert.Equal(StaffRole.ApprovingLeader, Refused<ApproverLacksRoleError, ItemEvent>(atLeader.SendBack(b.By(Reviewer), "不行")).Required);
    }

    [Fact]
    public void Withdrawal_OfApprovedContent_NeedsALeader_ButADraftCanBeAbandonedByItsClerk()
    {
        var b = new ItemBuilder();
        var published = b.Published();
        var draft = b.Draft();

        Refused<ApproverLacksRoleError, ItemEvent>(published.Withdraw(b.By(Clerk), "过时"));
        Ok(draft.Withdraw(b.By(Clerk), "不再需要"));
    }

    [Fact]
    public void ConfidentialityReview_ByTheDrafter_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Draft(drafter: AllHands);
        Ok(item.SubmitForReview(b.By(Clerk), Tree));

        Refused<ReviewerIsDrafterError, ItemEvent>(item.PassConfidentialityReview(b.By(AllHands)));
    }

    [Fact]
    public void ConfidentialityReview_ByWhoeverSubmitted_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Draft();
        Ok(item.SubmitForReview(b.By(Reviewer), Tree));

        Refused<ReviewerIsDrafterError, ItemEvent>(item.PassConfidentialityReview(b.By(Reviewer)));
    }

    [Fact]
    public void Approval_ByTheDrafter_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Draft(drafter: Leader);
        Ok(item.SubmitForReview(b.By(Clerk), Tree));
        Ok(item.PassConfidentialityReview(b.By(Reviewer)));
        Ok(item.AssignIndexNumber(Rule.Format(item.Content.GeneratedOn, 1).Value, b.By(Clerk)));

        Refused<ReviewerIsDrafterError, ItemEvent>(item.Approve(b.By(Leader)));
    }

    [Fact]
    public void Approval_ByTheConfidentialityReviewer_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Submitted();
        Ok(item.PassConfidentialityReview(b.By(AllHands)));
        Ok(item.AssignIndexNumber(Rule.Format(item.Content.GeneratedOn, 1).Value, b.By(Clerk)));

        Refused<ApproverIsConfidentialityReviewerError, ItemEvent>(item.Approve(b.By(AllHands)));
    }

    [Fact]
    public void Reviewer_WhoEditedAfterSendingBack_BecomesADrafterOfThatRevision()
    {
        var b = new ItemBuilder();
        var item = b.Submitted();
        Ok(item.SendBack(b.By(Reviewer), "错别字"));
        Ok(item.Edit(item.Content with { Title = "关于开展科技特派员技术培训的通知（更正）" }, b.By(Reviewer), Tree));
        Ok(item.SubmitForReview(b.By(Clerk), Tree));

        Refused<ReviewerIsDrafterError, ItemEvent>(item.PassConfidentialityReview(b.By(Reviewer)));
    }

    [Fact]
    public void Drafter_OfTheFirstVersion_MayReviewALaterRevisionSomeoneElseWrote()
    {
        var b = new ItemBuilder();
        var item = b.Draft(drafter: AllHands);
        b.ReviewAndPublish(item);
        Ok(item.Edit(item.Content with { Body = "<p>第二版</p>" }, b.By("clerk-zhang"), Tree));
        Ok(item.SubmitForReview(b.By("clerk-zhang"), Tree));

        Ok(item.PassConfidentialityReview(b.By(AllHands)));
    }

    [Fact]
    public void Policy_Off_AllowsOnePersonForAllThreeSteps()
    {
        var b = new ItemBuilder();
        var policy = new ReviewPolicy { SeparateDrafterFromReviewers = false, SeparateReviewerFromApprover = false };
        var item = b.Draft(policy: policy, drafter: AllHands);

        Ok(item.SubmitForReview(b.By(AllHands), Tree));
        Ok(item.PassConfidentialityReview(b.By(AllHands)));
        Ok(item.AssignIndexNumber(Rule.Format(item.Content.GeneratedOn, 1).Value, b.By(AllHands)));
        Ok(item.Approve(b.By(AllHands)));

        Assert.True(item.IsPublic(b.Now));
    }

    [Fact]
    public void Policy_DefaultsToBothSeparations()
    {
        Assert.True(ReviewPolicy.Default.SeparateDrafterFromReviewers);
        Assert.True(ReviewPolicy.Default.SeparateReviewerFromApprover);
    }
}
