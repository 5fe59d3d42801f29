namespace Gongkai.Core.Disclosure;

/// <summary>
/// 三审: 经办人拟定 → 保密审查 → 分管领导审批 → 发布 (now or at a set time), with 退回 (back to the draft, with a comment) from either
/// review and 撤回 at any point. 条例第十七条 requires the review mechanism; the three steps are the seed report's practice
/// (“经办人拟定意见、部门保密审查、分管领导审批”). Roles (who may review, who may approve) are checked by the host's authorisation;
/// the item enforces the order of steps and the separation of duties of its <see cref="ReviewPolicy"/>.
/// </summary>
public sealed partial class DisclosureItem
{
    /// <summary>提交审核: the draft goes to the confidentiality review. The content is checked again (a category may have been retired).</summary>
    public DomainResult<ItemEvent> SubmitForReview(ActedBy by, Catalogue.CategoryTree tree)
    {
        if (Guard(by) is { } refused) return refused;
        if (Status != ItemStatus.Draft) return new ItemNotInStepError(Status, ItemStatus.Draft, "提交审核");
        var errors = Content.Validate(tree, by.On);
        if (errors.Count > 0) return DomainResult<ItemEvent>.Failure(errors);
        return Record(new ItemSubmittedForReview(Id, by.ActorId, by.At, Revision));
    }

    /// <summary>保密审查通过: the revision goes to the approving leader.</summary>
    public DomainResult<ItemEvent> PassConfidentialityReview(ActedBy by, string? comment = null)
    {
        if (Guard(by) is { } refused) return refused;
        if (Status != ItemStatus.AwaitingConfidentialityReview)
            return new ItemNotInStepError(Status, ItemStatus.AwaitingConfidentialityReview, "通过保密审查");
        if (DrafterReviewing(by.ActorId) is { } conflict) return conflict;
        return Record(new ConfidentialityReviewPassed(Id, by.ActorId, by.At, Revision, Trimmed(comment)));
    }

    /// <summary>退回修改: either reviewer returns the revision to the drafter, with a comment saying what to change.</summary>
    public DomainResult<ItemEvent> SendBack(ActedBy by, string comment)
    {
        if (Guard(by) is { } refused) return refused;
        if (Status is not (ItemStatus.AwaitingConfidentialityReview or ItemStatus.AwaitingLeaderApproval))
            return new ItemNotInStepError(Status, ItemStatus.AwaitingConfidentialityReview, "退回");
        if (Trimmed(comment) is not { } text) return new SendBackCommentRequiredError();
        if (DrafterReviewing(by.ActorId) is { } conflict) return conflict;
        return Record(new ItemSentBack(Id, by.ActorId, by.At, Revision, Status, text));
    }

    /// <summary>
    /// 分管领导审批: approves the revision for publication at <paramref name="publishAt"/> (null: at once). The item needs its 索引号 by
    /// now; a publication time in the past is refused (publication dates are what 条例第二十六条's timeliness is measured by).
    /// </summary>
    public DomainResult<ItemEvent> Approve(ActedBy by, DateTimeOffset? publishAt = null, string? comment = null)
    {
        if (Guard(by) is { } refused) return refused;
        if (Status != ItemStatus.AwaitingLeaderApproval) return new ItemNotInStepError(Status, ItemStatus.AwaitingLeaderApproval, "审批发布");
        if (DrafterReviewing(by.ActorId) is { } conflict) return conflict;
        if (Policy.SeparateReviewerFromApprover && ConfidentialityReview!.ActorId == by.ActorId)
            return new ApproverIsConfidentialityReviewerError(by.ActorId);
        if (IndexNumber is null) return new IndexNumberRequiredError();
        if (publishAt is { } when && when < by.At) return new PublishTimeInPastError(when, by.At);
        return Record(new ItemApproved(Id, by.ActorId, by.At, Revision, Trimmed(comment), publishAt ?? by.At));
    }

    /// <summary>定时发布: the scheduler records that a scheduled version's time has come. (<see cref="IsPublic"/> does not wait for it.)</summary>
    public DomainResult<ItemEvent> PublishScheduled(ActedBy by)
    {
        if (Guard(by) is { } refused) return refused;
        if (Status != ItemStatus.Scheduled) return new ItemNotInStepError(Status, ItemStatus.Scheduled, "定时发布");
        var version = _versions[^1];
        if (by.At < version.PublishAt) return new ScheduledTimeNotReachedError(version.PublishAt);
        return Record(new ScheduledItemPublished(Id, by.ActorId, by.At, version.Revision));
    }

    /// <summary>
    /// 撤回: takes the item off the portal, its search, feeds and sitemap at once (or abandons it before publication, dropping a
    /// scheduled version). Final; the history and the catalogue record of what was public stay.
    /// </summary>
    public DomainResult<ItemEvent> Withdraw(ActedBy by, string reason)
    {
        if (Guard(by) is { } refused) return refused;
        if (Trimmed(reason) is not { } text) return new WithdrawalReasonRequiredError();
        return Record(new ItemWithdrawn(Id, by.ActorId, by.At, text, StatusAt(by.At)));
    }

    private DomainError? DrafterReviewing(string actorId) =>
        Policy.SeparateDrafterFromReviewers && _authors.Contains(actorId) ? new ReviewerIsDrafterError(actorId) : null;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
