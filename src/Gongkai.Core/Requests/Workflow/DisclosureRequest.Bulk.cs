namespace Gongkai.Core.Requests.Workflow;

public sealed partial class DisclosureRequest
{
    /// <summary>
    /// 条例第三十五条: the number or frequency of the applicant's requests clearly exceeds a reasonable range, so the organ asks for
    /// reasons. <paramref name="evidenceZh"/> records why (e.g. the earlier requests found at registration). The reply clock is not
    /// paused (the 条例 gives no pause).
    /// </summary>
    public DomainResult<RequestStep> AskReasonsForBulkRequests(string evidenceZh, Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (BulkReview is not null) return new BulkReasonsAlreadyAskedError();
        if (string.IsNullOrWhiteSpace(evidenceZh)) return new ReasonRequiredError("要求说明理由（数量、频次明显超过合理范围的情况）");
        return Record(new BulkReasonsAsked(EventStamp.Of(Id, acting), evidenceZh.Trim()));
    }

    /// <summary>
    /// 条例第三十五条: the reasons are reasonable. When the request cannot be answered within the 第三十三条 period, the organ may set a
    /// reasonable later date (no numeric cap) and tell the applicant; it must be later than the current due date.
    /// </summary>
    public DomainResult<RequestStep> FindBulkRequestsReasonable(DateOnly? laterReplyDate, Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (BulkDecisionCheck() is { } invalid) return invalid;
        if (laterReplyDate is { } later && Deadline().Value.DueDate is { } due && later <= due)
            return new LaterReplyDateTooEarlyError(later, due);
        return Record(new BulkRequestsFoundReasonable(EventStamp.Of(Id, acting), laterReplyDate));
    }

    /// <summary>条例第三十五条: the reasons are not reasonable → 不予处理, concluded as r3.5.4 无正当理由大量反复申请.</summary>
    public DomainResult<RequestStep> FindBulkRequestsUnreasonable(string reasonsZh, Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (BulkDecisionCheck() is { } invalid) return invalid;
        if (string.IsNullOrWhiteSpace(reasonsZh)) return new ReasonRequiredError("认定理由不合理、不予处理");
        return Record(new BulkRequestsFoundUnreasonable(EventStamp.Of(Id, acting), reasonsZh.Trim()));
    }

    private DomainError? BulkDecisionCheck() => BulkReview switch
    {
        null => new BulkReasonsNotAskedError(),
        { Reasonable: not null } => new BulkDecisionAlreadyMadeError(),
        _ => null,
    };
}
