namespace Gongkai.Core.Requests.Workflow;

public sealed partial class DisclosureRequest
{
    /// <summary>
    /// 要求说明理由 (条例第三十五条): the number or frequency of the applicant's requests clearly exceeds a reasonable range, so the
    /// organ asks for reasons within <paramref name="periodWorkingDays"/> (default <see cref="RequestRules.BulkReasonsPeriodWorkingDays"/>).
    /// <paramref name="evidenceZh"/> records why (e.g. the earlier requests found at registration). The reply clock is not paused
    /// (the 条例 gives no pause).
    /// </summary>
    public DomainResult<RequestStep> AskReasonsForBulkRequests(string evidenceZh, Acting acting, int? periodWorkingDays = null)
    {
        if (Guard(acting) is { } error) return error;
        if (BulkReview is not null) return new BulkReasonsAlreadyAskedError();
        if (string.IsNullOrWhiteSpace(evidenceZh)) return new ReasonRequiredError("要求说明理由（数量、频次明显超过合理范围的情况）");
        var period = periodWorkingDays ?? Rules.BulkReasonsPeriodWorkingDays;
        if (period < 1) return new BulkReasonsPeriodNotPositiveError(period);
        var due = Calendar.AddWorkingDays(acting.On, period).Date;
        return Record(new BulkReasonsAsked(EventStamp.Of(Id, acting), evidenceZh.Trim(), period, due));
    }

    /// <summary>The applicant's reasons arrived (a late answer is still taken while the period's expiry is not recorded).</summary>
    public DomainResult<RequestStep> ReceiveBulkReasons(string reasonsZh, Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (AnswerCheck(acting) is { } invalid) return invalid;
        if (string.IsNullOrWhiteSpace(reasonsZh)) return new ReasonRequiredError("申请人说明理由");
        return Record(new BulkReasonsGiven(EventStamp.Of(Id, acting), reasonsZh.Trim()));
    }

    /// <summary>The period to give reasons passed without an answer; the organ may now decide.</summary>
    public DomainResult<RequestStep> RecordBulkReasonsNotGiven(Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (AnswerCheck(acting) is { } invalid) return invalid;
        var review = BulkReview!;
        if (review.ReasonsDue is { } due && acting.On <= due) return new BulkReasonsPeriodNotExpiredError(due);
        return Record(new BulkReasonsNotGiven(EventStamp.Of(Id, acting), review.ReasonsDue ?? acting.On));
    }

    /// <summary>
    /// 条例第三十五条: the reasons given are reasonable. When the request cannot be answered within the 第三十三条 period, the organ may
    /// set a reasonable later date (no numeric cap) and tell the applicant; it must be later than the current due date.
    /// </summary>
    public DomainResult<RequestStep> FindBulkRequestsReasonable(DateOnly? laterReplyDate, Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (BulkDecisionCheck(acting) is { } invalid) return invalid;
        if (BulkReview!.ReasonsGivenOn is null) return new BulkReasonsNotGivenError();
        if (laterReplyDate is { } later && Deadline().Value.DueDate is { } due && later <= due)
            return new LaterReplyDateTooEarlyError(later, due);
        return Record(new BulkRequestsFoundReasonable(EventStamp.Of(Id, acting), laterReplyDate));
    }

    /// <summary>条例第三十五条: the reasons are not reasonable, or none were given in time → 不予处理, concluded as r3.5.4 无正当理由大量反复申请.</summary>
    public DomainResult<RequestStep> FindBulkRequestsUnreasonable(string reasonsZh, Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (BulkDecisionCheck(acting) is { } invalid) return invalid;
        if (string.IsNullOrWhiteSpace(reasonsZh)) return new ReasonRequiredError("认定理由不合理、不予处理");
        return Record(new BulkRequestsFoundUnreasonable(EventStamp.Of(Id, acting), reasonsZh.Trim()));
    }

    /// <summary>
    /// The review found that the request repeats <paramref name="repeatOf"/>, already answered (条例第三十六条第六项): the reply
    /// that follows must be 重复申请 (r3.5.2) and names that request.
    /// </summary>
    public DomainResult<RequestStep> FindBulkRequestRepeated(RequestId repeatOf, string reasonsZh, Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (BulkDecisionCheck(acting) is { } invalid) return invalid;
        if (repeatOf == Id) return new RepeatedRequestReferenceMissingError();
        if (string.IsNullOrWhiteSpace(reasonsZh)) return new ReasonRequiredError("认定重复申请");
        return Record(new BulkRequestFoundRepeated(EventStamp.Of(Id, acting), repeatOf, reasonsZh.Trim()));
    }

    private DomainError? AnswerCheck(Acting acting) => BulkReview switch
    {
        null => new BulkReasonsNotAskedError(),
        { Decision: not null } => new BulkDecisionAlreadyMadeError(),
        { Answered: true } => new BulkReasonsAlreadyAnsweredError(),
        var r => NotBefore(acting, r.ReasonsAskedOn, "要求说明理由之日"),
    };

    private DomainError? BulkDecisionCheck(Acting acting) => BulkReview switch
    {
        null => new BulkReasonsNotAskedError(),
        { Decision: not null } => new BulkDecisionAlreadyMadeError(),
        { Answered: false } r => new BulkReasonsAwaitedError(r.ReasonsDue),
        var r => NotBefore(acting, r.ReasonsGivenOn ?? r.NoReasonsRecordedOn!.Value, r.ReasonsGivenOn is null ? "登记未说明理由之日" : "收到理由之日"),
    };
}
