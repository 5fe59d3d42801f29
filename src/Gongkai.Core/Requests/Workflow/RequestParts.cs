using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Fees;
using Gongkai.Core.Requests.Outcomes;

namespace Gongkai.Core.Requests.Workflow;

/// <summary>Where a request stands in the workflow. Consultations, extension, 第三十五条 review, fee and reply draft are tracked beside it.</summary>
public enum RequestStatus
{
    /// <summary>Submitted by letter, online, fax or e-mail; not received in law until confirmed (条例第三十一条).</summary>
    AwaitingReceiptConfirmation,
    /// <summary>Received and being handled; the reply clock runs (except in excluded spans).</summary>
    Open,
    /// <summary>补正 asked; the clock restarts when the corrected application arrives (条例第三十条).</summary>
    AwaitingCorrection,
    /// <summary>Ended with exactly one outcome.</summary>
    Concluded,
    /// <summary>A submission that was never received (not counted anywhere).</summary>
    Discarded,
}

/// <summary>One 补正 round.</summary>
public sealed record CorrectionRecord(int Round, DateOnly NoticeOn, string ItemsZh, int PeriodWorkingDays, DateOnly PeriodEnds, DateOnly? CorrectedOn);

/// <summary>One consultation (条例第三十二条、第三十四条). Open until answered or recorded as expired.</summary>
public sealed record ConsultationRecord(
    int Number, ConsultedParty Party, string PartyNameZh, DateOnly SentOn,
    DateOnly? DeliveredOn, DateOnly? AnsweredOn, ConsultationAnswer? Answer, DateOnly? ExpiredOn)
{
    public bool IsOpen => AnsweredOn is null && ExpiredOn is null;
}

/// <summary>延期答复: counts only once the applicant is notified (条例第三十三条第二款).</summary>
public sealed record ExtensionRecord(int WorkingDays, string ReasonZh, DateOnly ApprovedOn, string ApproverId, DateOnly? NotifiedOn)
{
    public bool InForce => NotifiedOn is not null;
}

/// <summary>How a 条例第三十五条 review ended.</summary>
public enum BulkDecision
{
    /// <summary>The reasons are reasonable: the request is handled (perhaps by a later date).</summary>
    Reasonable,
    /// <summary>The reasons are not reasonable (or none were given): 不予处理, r3.5.4.</summary>
    Unreasonable,
    /// <summary>The request repeats one already answered (条例第三十六条第六项): 不予处理 by a reply, r3.5.2.</summary>
    RepeatedRequest,
}

/// <summary>
/// 条例第三十五条 review: reasons asked (with a period to answer); the applicant's answer, or the period passed without one; then
/// the decision — reasonable (perhaps with a later reply date), unreasonable (r3.5.4), or a repeat of an answered request (r3.5.2).
/// </summary>
public sealed record BulkReviewRecord(
    DateOnly ReasonsAskedOn, string EvidenceZh, int? PeriodWorkingDays, DateOnly? ReasonsDue,
    DateOnly? ReasonsGivenOn, string? ReasonsZh, DateOnly? NoReasonsRecordedOn,
    BulkDecision? Decision, DateOnly? LaterReplyDate, RequestId? RepeatOf)
{
    /// <summary>null while undecided; true only for <see cref="BulkDecision.Reasonable"/>.</summary>
    public bool? Reasonable => Decision switch { null => null, BulkDecision.Reasonable => true, _ => false };

    /// <summary>The applicant answered, or the period passed without an answer: the organ can decide.</summary>
    public bool Answered => ReasonsGivenOn is not null || NoReasonsRecordedOn is not null;
}

/// <summary>The stage of the request's 信息处理费.</summary>
public enum FeeStage
{
    /// <summary>Proposed by the clerk, awaiting a leader's approval.</summary>
    Proposed,
    /// <summary>Approved; the notice has not gone out.</summary>
    Approved,
    /// <summary>Notice sent; awaiting payment.</summary>
    AwaitingPayment,
    Paid,
}

public sealed record FeeRecord(ProcessingFeeQuote Quote, DateOnly ProposedOn, DateOnly? ApprovedOn, DateOnly? NoticeSentOn, DateOnly? PaymentDue, DateOnly? PaidOn)
{
    public FeeStage Stage => PaidOn is not null ? FeeStage.Paid
        : NoticeSentOn is not null ? FeeStage.AwaitingPayment
        : ApprovedOn is not null ? FeeStage.Approved
        : FeeStage.Proposed;
}

/// <summary>
/// 答复意见: the outcome the reply will carry and its reasons. <see cref="RepeatOf"/> names the earlier answered request of a 重复申请
/// (条例第三十六条第六项).
/// </summary>
public sealed record ReplyDraft(Outcome Outcome, string? ReasonsZh, RequestId? RepeatOf = null);
