using Gongkai.Core.Disclosure;
using static Gongkai.Core.Tests.Disclosure.ItemBuilder;

namespace Gongkai.Core.Tests.Disclosure;

/// <summary>三审 means three people: nobody reviews a revision they wrote or submitted, and the leader is not the confidentiality reviewer.</summary>
public class SeparationOfDutiesTests
{
    [Fact]
    public void ConfidentialityReview_ByTheDrafter_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Submitted();

        Refused<ReviewerIsDrafterError, ItemEvent>(item.PassConfidentialityReview(b.By(Clerk)));
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
        var item = b.ConfidentialityReviewed();

        Refused<ReviewerIsDrafterError, ItemEvent>(item.Approve(b.By(Clerk)));
    }

    [Fact]
    public void Approval_ByTheConfidentialityReviewer_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.ConfidentialityReviewed();

        Refused<ApproverIsConfidentialityReviewerError, ItemEvent>(item.Approve(b.By(Reviewer)));
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
        var item = b.Published();
        Ok(item.Edit(item.Content with { Body = "<p>第二版</p>" }, b.By("clerk-zhang"), Tree));
        Ok(item.SubmitForReview(b.By("clerk-zhang"), Tree));

        Ok(item.PassConfidentialityReview(b.By(Clerk)));
    }

    [Fact]
    public void Policy_Off_AllowsOnePersonForAllThreeSteps()
    {
        var b = new ItemBuilder();
        var policy = new ReviewPolicy { SeparateDrafterFromReviewers = false, SeparateReviewerFromApprover = false };
        var item = b.Draft(policy: policy);

        Ok(item.SubmitForReview(b.By(Clerk), Tree));
        Ok(item.PassConfidentialityReview(b.By(Clerk)));
        Ok(item.AssignIndexNumber(Rule.Format(item.Content.GeneratedOn, 1).Value, b.By(Clerk)));
        Ok(item.Approve(b.By(Clerk)));

        Assert.True(item.IsPublic(b.Now));
    }

    [Fact]
    public void Policy_DefaultsToBothSeparations()
    {
        Assert.True(ReviewPolicy.Default.SeparateDrafterFromReviewers);
        Assert.True(ReviewPolicy.Default.SeparateReviewerFromApprover);
    }
}
