using Gongkai.Core.Requests.Workflow;

namespace Gongkai.Core.Disclosure;

/// <summary>
/// 三审: 经办人拟定 → 保密审查 → 分管领导审批 → 发布 (now or at a set time), with 退回 (back to the draft, with a comment) from either
/// review and 撤回 at any point. 条例第十七条 requires the review mechanism; the three steps are the seed report's practice
/// (“经办人拟定意见、部门保密审查、分管领导审批”). The confidentiality review needs the <see cref="StaffRole.ConfidentialityReviewer"/>
/// role, the approval and the withdrawal of approved content the <see cref="StaffRole.ApprovingLeader"/> role; the separation of
/// duties follows the item's <see cref="ReviewPolicy"/>.
/// </summary>
public sealed partial class DisclosureItem
{
    /// <summary>提交审核: the draft goes to the confidentiality review. The content is checked again (a category may have been retired).</summary>
    public DomainResult<ItemEvent> SubmitForReview(Acting acting, Catalogue.CategoryTree tree)
    {
        if (Guard(acting) is { } refused) return refused;
        if (Status != ItemStatus.Draft) return new ItemNotInStepError(Status, [ItemStatus.Draft], "提交审核");
        var errors = Content.Validate(tree, acting.RecordedOn);
        if (errors.Count > 0) return DomainResult<ItemEvent>.Failure(errors);
        return Record(new ItemSubmittedForReview(Id, acting.Actor.Id, acting.At, Revision));
    }

    /// <summary>保密审查通过: the revision goes to the approving leader.</summary>
    public DomainResult<ItemEvent> PassConfidentialityReview(Acting acting, string? comment = null)
    {
        if (Guard(acting) is { } refused) return refused;
        if (Status != ItemStatus.AwaitingConfidentialityReview)
            return new ItemNotInStepError(Status, [ItemStatus.AwaitingConfidentialityReview], "通过保密审查");
        if (Reviewer(acting, StaffRole.ConfidentialityReviewer) is { } problem) return problem;
        return Record(new ConfidentialityReviewPassed(Id, acting.Actor.Id, acting.At, Revision, Trimmed(comment)));
    }

    /// <summary>退回修改: the reviewer of the current stage returns the revision to the drafter, with a comment saying what to change.</summary>
    public DomainResult<ItemEvent> SendBack(Acting acting, string comment)
    {
        if (Guard(acting) is { } refused) return refused;
        if (Status is not (ItemStatus.AwaitingConfidentialityReview or ItemStatus.AwaitingLeaderApproval))
            return new ItemNotInStepError(Status, [ItemStatus.AwaitingConfidentialityReview, ItemStatus.AwaitingLeaderApproval], "退回");
        if (Trimmed(comment) is not { } text) return new SendBackCommentRequiredError();
        var role = Status == ItemStatus.AwaitingConfidentialityReview ? StaffRole.ConfidentialityReviewer : StaffRole.ApprovingLeader;
        if (Reviewer(acting, role) is { } problem) return problem;
        return Record(new ItemSentBack(Id, acting.Actor.Id, acting.At, Revision, Status, text));
    }

    /// <summary>
    /// 分管领导审批: approves the revision for publication at <paramref name="publishAt"/> (null: at once). The item needs its 索引号 by
    /// now; a publication time in the past is refused (publication dates are what 条例第二十六条's timeliness is measured by).
    /// </summary>
    public DomainResult<ItemEvent> Approve(Acting acting, DateTimeOffset? publishAt = null, string? comment = null)
    {
        if (Guard(acting) is { } refused) return refused;
        if (Status != ItemStatus.AwaitingLeaderApproval) return new ItemNotInStepError(Status, [ItemStatus.AwaitingLeaderApproval], "审批发布");
        if (Reviewer(acting, StaffRole.ApprovingLeader) is { } problem) return problem;
        if (Policy.SeparateReviewerFromApprover && ConfidentialityReview!.ActorId == acting.Actor.Id)
            return new ApproverIsConfidentialityReviewerError(acting.Actor.Id);
        if (IndexNumber is null) return new IndexNumberRequiredError();
        if (publishAt is { } when && when < acting.At) return new PublishTimeInPastError(when, acting.At);
        return Record(new ItemApproved(Id, acting.Actor.Id, acting.At, Revision, Trimmed(comment), publishAt ?? acting.At));
    }

    /// <summary>定时发布: the scheduler records that a scheduled version's time has come. (<see cref="IsPublic"/> does not wait for it.)</summary>
    public DomainResult<ItemEvent> PublishScheduled(Acting acting)
    {
        if (Guard(acting) is { } refused) return refused;
        if (Status != ItemStatus.Scheduled) return new ItemNotInStepError(Status, [ItemStatus.Scheduled], "定时发布");
        var version = _versions[^1];
        if (acting.At < version.PublishAt) return new ScheduledTimeNotReachedError(version.PublishAt);
        return Record(new ScheduledItemPublished(Id, acting.Actor.Id, acting.At, version.Revision));
    }

    /// <summary>
    /// 撤回: takes the item off the portal, its search, feeds and sitemap at once (or abandons it before publication, dropping a
    /// scheduled version). Final; the history and the catalogue record of what was public stay. Approved content is withdrawn by
    /// an approving leader, as it was approved by one (Gongkai's rule); a draft or an item under review by anyone handling it.
    /// </summary>
    public DomainResult<ItemEvent> Withdraw(Acting acting, string reason)
    {
        if (Guard(acting) is { } refused) return refused;
        if (Trimmed(reason) is not { } text) return new WithdrawalReasonRequiredError();
        bool approved = _versions.Any(v => !v.Cancelled);
        if (approved && !acting.Actor.Has(StaffRole.ApprovingLeader)) return new ApproverLacksRoleError(acting.Actor.Id, StaffRole.ApprovingLeader);
        return Record(new ItemWithdrawn(Id, acting.Actor.Id, acting.At, text, StatusAt(acting.At)));
    }

    private DomainError? Reviewer(Acting acting, StaffRole role)
    {
        if (!acting.Actor.Has(role)) return new ApproverLacksRoleError(acting.Actor.Id, role);
        return Policy.SeparateDrafterFromReviewers && _authors.Contains(acting.Actor.Id) ? new ReviewerIsDrafterError(acting.Actor.Id) : null;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
