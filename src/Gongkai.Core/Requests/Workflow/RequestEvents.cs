using Gongkai.Core.Calendar;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Fees;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;

namespace Gongkai.Core.Requests.Workflow;

/// <summary>Which request, the legal date of the step, when it was recorded and by whom.</summary>
public sealed record EventStamp(RequestId RequestId, DateOnly On, DateTimeOffset RecordedAt, string ActorId)
{
    internal static EventStamp Of(RequestId id, Acting acting) => new(id, acting.On, acting.At, acting.Actor.Id);
}

/// <summary>
/// 办理记录: one step of a request, as the audit log keeps it. A request is the sum of its events: <see
/// cref="DisclosureRequest.FromHistory"/> rebuilds it from them, and the deadline is computed from them.
/// </summary>
public abstract record RequestEvent(EventStamp Stamp)
{
    /// <summary>The audit line in Chinese: what happened, with the dates that matter.</summary>
    public abstract string SummaryZh { get; }

    /// <summary>The outcome when this step ends the request.</summary>
    public virtual Outcome? Concludes => null;

    private protected static string F(DateOnly d) => ChineseDates.Format(d);
}

/// <summary>A 纠正 decision ordered a new answer: this request re-answers <paramref name="OriginalRequestId"/> (report-format.md §4.3).</summary>
/// <param name="DueDateSetByDecision">The date the decision sets for the new answer, when it sets one.</param>
public sealed record ReopeningOrder(RequestId OriginalRequestId, Appeals.AppealCaseId AppealCaseId, DateOnly? DueDateSetByDecision);

/// <summary>
/// 登记: the request was recorded. For 当面 and 邮寄 this is receipt (<paramref name="ReceivedOn"/> set); for 平常信函, 互联网, 传真 and
/// 电子邮件 receipt still needs confirmation (条例第三十一条).
/// </summary>
public sealed record RequestRegistered(
    EventStamp Stamp,
    Applicant Applicant,
    RequestedInformation Information,
    ReceiptChannel Channel,
    DateTimeOffset SubmittedAt,
    DateOnly ArrivedOn,
    DateOnly? ReceivedOn,
    ReopeningOrder? Reopening) : RequestEvent(Stamp)
{
    public override string SummaryZh => ReceivedOn is { } r
        ? $"{Channel.LabelZh()}登记申请，{F(r)}为收到申请之日" + (Reopening is null ? "" : "（复议或诉讼决定责令重新答复）")
        : $"{Channel.LabelZh()}提交申请（{F(ArrivedOn)}），待确认收到";
}

/// <summary>确认收到: the confirmation date is the received date (条例第三十一条第二项、第三项).</summary>
public sealed record ReceiptConfirmed(EventStamp Stamp) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"确认收到申请，{F(Stamp.On)}为收到申请之日";
}

/// <summary>A submission that was never received as an application (e.g. sent twice by mistake, or withdrawn before confirmation).</summary>
public sealed record SubmissionDiscarded(EventStamp Stamp, string ReasonZh) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"未确认收到即作废：{ReasonZh}";
}

/// <summary>A clerk checked an identity document that no algorithm can validate.</summary>
public sealed record IdentityChecked(EventStamp Stamp, string NoteZh) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"人工核验身份证明：{NoteZh}";
}

/// <summary>补正告知 (条例第三十条).</summary>
/// <param name="NoticeDue">The 7th working day after receipt (only for the first round).</param>
public sealed record CorrectionRequested(
    EventStamp Stamp, int Round, string ItemsZh, int PeriodWorkingDays, DateOnly PeriodEnds, DateOnly? NoticeDue) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"第{Round}次告知补正：{ItemsZh}；补正期限{PeriodWorkingDays}个工作日，至{F(PeriodEnds)}";
}

/// <summary>收到补正后的申请: the reply period restarts from this day (条例第三十条).</summary>
/// <param name="LateReasonZh">The good reason accepted for a correction received after the period.</param>
public sealed record CorrectedApplicationReceived(
    EventStamp Stamp, int Round, RequestedInformation Information, string? LateReasonZh) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"收到第{Round}次补正后的申请，答复期限自{F(Stamp.On)}重新计算"
                                        + (LateReasonZh is null ? "" : $"（逾期补正，正当理由：{LateReasonZh}）");
}

/// <summary>视为放弃申请 (条例第三十条): concluded on the first working day after the correction period (report-format.md §4.3).</summary>
public sealed record DeemedWithdrawn(EventStamp Stamp, DateOnly PeriodEnded) : RequestEvent(Stamp)
{
    public override Outcome? Concludes => Outcome.CorrectionNotMade;
    public override string SummaryZh => $"补正期限于{F(PeriodEnded)}届满，申请人无正当理由逾期不补正，视为放弃申请";
}

/// <summary>书面征求意见 (条例第三十二条 third party, 第三十四条 other organ).</summary>
public sealed record ConsultationSent(EventStamp Stamp, int Number, ConsultedParty Party, string PartyNameZh) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"书面征求{(Party == ConsultedParty.ThirdParty ? "第三方" : "其他机关")}（{PartyNameZh}）意见（第{Number}次征求）";
}

/// <summary>The consulted party received the request: its 15 working days run from here.</summary>
public sealed record ConsultationDelivered(EventStamp Stamp, int Number) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"第{Number}次征求意见书于{F(Stamp.On)}送达";
}

/// <summary>What the consulted party said.</summary>
public enum ConsultationAnswer
{
    /// <summary>同意公开.</summary>
    Consents,
    /// <summary>不同意公开.</summary>
    Objects,
    /// <summary>其他意见.</summary>
    Other,
}

public sealed record ConsultationAnswered(EventStamp Stamp, int Number, ConsultationAnswer Answer) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"收到第{Number}次征求意见的答复：" + Answer switch
    {
        ConsultationAnswer.Consents => "同意公开",
        ConsultationAnswer.Objects => "不同意公开",
        _ => "其他意见",
    };
}

/// <summary>
/// No answer within 15 working days. 条例第三十四条: another organ's silence is consent; 第三十二条: for a third party the organ
/// decides on its own.
/// </summary>
public sealed record ConsultationExpired(EventStamp Stamp, int Number, DateOnly Limit, bool DeemedConsent) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"第{Number}次征求意见逾期（{F(Limit)}届满）未答复" + (DeemedConsent ? "，视为同意（条例第三十四条）" : "，由本机关依法决定（条例第三十二条）");
}

/// <summary>延期答复 approved by the head of the 政府信息公开工作机构 (条例第三十三条第二款).</summary>
public sealed record ExtensionApproved(EventStamp Stamp, int WorkingDays, string ReasonZh) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"政府信息公开工作机构负责人同意延长答复期限{WorkingDays}个工作日：{ReasonZh}";
}

/// <summary>The applicant was told of the extension; only now does it count (条例第三十三条第二款: 同意并告知申请人).</summary>
public sealed record ExtensionNotified(EventStamp Stamp) : RequestEvent(Stamp)
{
    public override string SummaryZh => "告知申请人延长答复期限";
}

/// <summary>
/// 条例第三十五条: the number or frequency clearly exceeds a reasonable range; the applicant is asked for reasons within
/// <paramref name="PeriodWorkingDays"/> (to <paramref name="ReasonsDue"/>). Requests asked before periods were recorded have none.
/// </summary>
public sealed record BulkReasonsAsked(EventStamp Stamp, string EvidenceZh, int? PeriodWorkingDays = null, DateOnly? ReasonsDue = null) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"申请数量、频次明显超过合理范围，要求申请人说明理由（条例第三十五条）：{EvidenceZh}"
                                        + (ReasonsDue is { } due ? $"；说明理由期限{PeriodWorkingDays}个工作日，至{F(due)}" : "");
}

/// <summary>The applicant's reasons arrived (by letter or visit recorded by a clerk, or on the status page).</summary>
public sealed record BulkReasonsGiven(EventStamp Stamp, string ReasonsZh) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"收到申请人说明的理由：{ReasonsZh}";
}

/// <summary>The period to give reasons passed without an answer.</summary>
public sealed record BulkReasonsNotGiven(EventStamp Stamp, DateOnly PeriodEnded) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"说明理由的期限于{F(PeriodEnded)}届满，申请人未说明理由";
}

/// <summary>
/// 条例第三十六条第六项, found in the 第三十五条 review: the request repeats one already answered; the reply (r3.5.2) names it.
/// </summary>
public sealed record BulkRequestFoundRepeated(EventStamp Stamp, RequestId RepeatOf, string ReasonsZh) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"经审查，属于重复申请（条例第三十六条第六项），将告知不予重复处理：{ReasonsZh}";
}

/// <summary>条例第三十五条: the reasons are reasonable; a later reply date may be set when the normal period cannot be kept.</summary>
public sealed record BulkRequestsFoundReasonable(EventStamp Stamp, DateOnly? LaterReplyDate) : RequestEvent(Stamp)
{
    public override string SummaryZh => "申请人说明的理由合理" + (LaterReplyDate is { } d ? $"，确定延迟答复的合理期限至{F(d)}并告知申请人（条例第三十五条）" : "，按期答复");
}

/// <summary>条例第三十五条: the reasons are unreasonable → 不予处理 (r3.5.4).</summary>
public sealed record BulkRequestsFoundUnreasonable(EventStamp Stamp, string ReasonsZh) : RequestEvent(Stamp)
{
    public override Outcome? Concludes => Outcome.ExcessiveRequests;
    public override string SummaryZh => $"申请人说明的理由不合理，不予处理（条例第三十五条）：{ReasonsZh}";
}

/// <summary>The clerk proposes a 信息处理费 (method and computed quote, fees.md §5 item 1).</summary>
public sealed record FeeProposed(EventStamp Stamp, ProcessingFeeQuote Quote) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"拟收取信息处理费{Quote.Total}元（{(Quote.Method == FeeMethod.PerPiece ? "按件计收" : "按量计收")}）";
}

public sealed record FeeApproved(EventStamp Stamp) : RequestEvent(Stamp)
{
    public override string SummaryZh => "领导审批同意收取信息处理费";
}

public sealed record FeeRejected(EventStamp Stamp, string ReasonZh) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"领导未同意收取信息处理费：{ReasonZh}";
}

/// <summary>收费通知 sent; payment is due 20 working days later (fees.md §4).</summary>
public sealed record FeeNoticeSent(EventStamp Stamp, long AmountYuan, DateOnly PaymentDue) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"发出收费通知，金额{AmountYuan}元，缴费期限至{F(PaymentDue)}";
}

public sealed record FeePaid(EventStamp Stamp) : RequestEvent(Stamp)
{
    public override string SummaryZh => "申请人缴纳信息处理费";
}

/// <summary>逾期未缴费 → no further processing (r3.6.2).</summary>
public sealed record FeeNotPaidInTime(EventStamp Stamp, DateOnly PaymentDue) : RequestEvent(Stamp)
{
    public override Outcome? Concludes => Outcome.FeeNotPaid;
    public override string SummaryZh => $"申请人逾期（{F(PaymentDue)}届满）未按收费通知要求缴纳费用，不再处理其申请";
}

/// <summary>答复 drafted (拟定答复意见); a new revision replaces the previous one and its approvals.</summary>
public sealed record ReplyDrafted(EventStamp Stamp, int Revision, ReplyDraft Draft) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"拟定答复（第{Revision}稿）：{Draft.Outcome.Info().LabelZh}";
}

public sealed record ReplyApproved(EventStamp Stamp, int Revision, ReplyApprovalStep Step) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"{Step.LabelZh()}通过（第{Revision}稿）";
}

/// <summary>An approver sent the draft back; it must be drafted again.</summary>
public sealed record ReplyReturned(EventStamp Stamp, int Revision, ReplyApprovalStep Step, string ReasonZh) : RequestEvent(Stamp)
{
    public override string SummaryZh => $"{Step.LabelZh()}退回第{Revision}稿：{ReasonZh}";
}

/// <summary>答复 issued: the request is concluded with the draft's outcome on this date.</summary>
public sealed record ReplyReleased(EventStamp Stamp, int Revision, Outcome Outcome) : RequestEvent(Stamp)
{
    public override Outcome? Concludes => Outcome;
    public override string SummaryZh => $"作出答复（第{Revision}稿）：{Outcome.Info().LabelZh}";
}

/// <summary>The applicant withdrew: concluded as r3.6.3 其他 (practice, report-format.md §4.3).</summary>
public sealed record RequestWithdrawn(EventStamp Stamp, string? ReasonZh) : RequestEvent(Stamp)
{
    public override Outcome? Concludes => Outcome.OtherEnding;
    public override string SummaryZh => "申请人撤回申请" + (ReasonZh is null ? "" : $"：{ReasonZh}");
}
