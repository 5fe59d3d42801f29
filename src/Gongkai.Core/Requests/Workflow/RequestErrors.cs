using Gongkai.Core.Calendar;
using Gongkai.Core.Requests.Fees;
using Gongkai.Core.Requests.Outcomes;

namespace Gongkai.Core.Requests.Workflow;

// Every illegal step of the request workflow is refused with one of these, never with an exception or silence.

file static class D
{
    public static string Zh(DateOnly d) => ChineseDates.Format(d);
    public static string Iso(DateOnly d) => ChineseDates.Iso(d);
}

// ---- state ----

/// <summary>The request has ended; nothing more can happen to it.</summary>
public sealed record RequestConcludedError(Outcome Outcome, DateOnly ConcludedOn) : DomainError("request-concluded",
    $"该申请已于{D.Zh(ConcludedOn)}办结（{Outcome.Info().LabelZh}），不能再办理", $"the request was concluded on {D.Iso(ConcludedOn)} ({Outcome.RowId()})");

/// <summary>The submission was discarded before receipt.</summary>
public sealed record RequestDiscardedError() : DomainError("request-discarded",
    "该提交未确认收到即已作废，不能再办理", "the submission was discarded before receipt");

/// <summary>条例第三十一条: an online, e-mail, fax or letter application is received only when receipt is confirmed.</summary>
public sealed record ReceiptNotConfirmedError() : DomainError("receipt-not-confirmed",
    "尚未确认收到申请（条例第三十一条），请先确认收到", "receipt has not been confirmed yet (Art 31)");

public sealed record ReceiptAlreadyConfirmedError(DateOnly ReceivedOn) : DomainError("receipt-already-confirmed",
    $"该申请已于{D.Zh(ReceivedOn)}收到，无需再确认", $"the request was already received on {D.Iso(ReceivedOn)}");

/// <summary>A received request counts in table 三 and must be concluded with an outcome; only an unconfirmed submission can be discarded.</summary>
public sealed record ReceivedRequestCannotBeDiscardedError(DateOnly ReceivedOn) : DomainError("received-request-cannot-be-discarded",
    $"申请已于{D.Zh(ReceivedOn)}收到，应当依法作出处理，不能作废", $"the request was received on {D.Iso(ReceivedOn)}; it must be concluded, not discarded");

/// <summary>While waiting for the applicant's correction only the correction, its expiry or a withdrawal can happen.</summary>
public sealed record AwaitingCorrectionError(DateOnly PeriodEnds) : DomainError("awaiting-correction",
    $"正在等待申请人补正（补正期限至{D.Zh(PeriodEnds)}），此时不能办理该事项", $"waiting for the applicant's correction (period ends {D.Iso(PeriodEnds)})");

// ---- dates, people ----

public sealed record EventDateInFutureError(DateOnly On, DateOnly Today) : DomainError("event-date-in-future",
    $"办理日期{D.Zh(On)}晚于今天（{D.Zh(Today)}）", $"the step is dated {D.Iso(On)}, after today {D.Iso(Today)}");

/// <summary>A step dated before the step it depends on (e.g. an answer before its consultation).</summary>
public sealed record EventDateTooEarlyError(DateOnly On, DateOnly Earliest, string AfterWhatZh) : DomainError("event-date-too-early",
    $"办理日期{D.Zh(On)}早于{AfterWhatZh}（{D.Zh(Earliest)}）", $"the step is dated {D.Iso(On)}, before {D.Iso(Earliest)}");

public sealed record ApproverLacksRoleError(string ActorId, StaffRole Required) : DomainError("approver-lacks-role",
    $"该步骤须由{RoleZh(Required)}办理", $"this step needs the role {Required}; {ActorId} does not have it")
{
    private static string RoleZh(StaffRole role) => role switch
    {
        StaffRole.DisclosureOfficeHead => "政府信息公开工作机构负责人",
        StaffRole.ApprovingLeader => "分管领导",
        StaffRole.ConfidentialityReviewer => "保密审查人员",
        _ => "经办人",
    };
}

/// <summary>A step that must state why (a return, a rejection, a discard, an extension …) was given no reason.</summary>
public sealed record ReasonRequiredError(string StepZh) : DomainError("reason-required",
    $"{StepZh}须说明理由", $"a reason is required for this step ({StepZh})");

public sealed record IdentityNotCheckedError() : DomainError("identity-not-checked",
    "申请人使用的身份证明须经人工核验后才能作出答复", "the applicant's identity document must be checked by hand before the reply");

public sealed record IdentityCheckNotNeededError() : DomainError("identity-check-not-needed",
    "申请人的身份证明已通过校验，无需人工核验", "the identity document was validated; no manual check is needed");

public sealed record IdentityAlreadyCheckedError() : DomainError("identity-already-checked",
    "身份证明已核验", "the identity document was already checked");

// ---- correction (条例第三十条) ----

/// <summary>条例第三十条: the notice must say, at once, what to correct.</summary>
public sealed record CorrectionItemsMissingError() : DomainError("correction-items-missing",
    "补正告知应当一次性列明需要补正的事项（条例第三十条）", "a correction notice must list everything to correct (Art 30)");

public sealed record CorrectionPeriodNotPositiveError(int WorkingDays) : DomainError("correction-period-not-positive",
    $"补正期限应至少为1个工作日，实际为{WorkingDays}", $"the correction period must be at least 1 working day, got {WorkingDays}");

/// <summary>条例第三十条 asks for one notice; Gongkai allows <see cref="RequestRules.MaxCorrectionRounds"/>.</summary>
public sealed record CorrectionRoundsExhaustedError(int Max) : DomainError("correction-rounds-exhausted",
    $"补正告知已达{Max}次，不能再次告知补正；补正后申请内容仍不明确的，可以“补正后申请内容仍不明确”答复（条例第三十条）",
    $"{Max} correction notice(s) already sent; answer 'still unclear after correction' instead");

public sealed record NoCorrectionPendingError() : DomainError("no-correction-pending",
    "该申请没有待补正的告知", "no correction is pending for this request");

/// <summary>条例第三十条: a correction after the period without good reason means the application was abandoned.</summary>
public sealed record CorrectionPeriodExpiredError(DateOnly PeriodEnds) : DomainError("correction-period-expired",
    $"补正期限已于{D.Zh(PeriodEnds)}届满；逾期补正须有正当理由，否则视为放弃申请（条例第三十条）",
    $"the correction period ended on {D.Iso(PeriodEnds)}; a late correction needs a good reason (Art 30)");

/// <summary>The correction period has not passed yet (deemed withdrawal is possible from the first working day after it).</summary>
public sealed record CorrectionPeriodNotExpiredError(DateOnly PeriodEnds, DateOnly FirstDayAfter) : DomainError("correction-period-not-expired",
    $"补正期限至{D.Zh(PeriodEnds)}，自{D.Zh(FirstDayAfter)}起才能视为放弃申请", $"the correction period ends {D.Iso(PeriodEnds)}; deemed withdrawal from {D.Iso(FirstDayAfter)}");

// ---- consultation (条例第三十二条、第三十四条) ----

public sealed record ConsultedPartyNameMissingError() : DomainError("consulted-party-name-missing",
    "请填写被征求意见的第三方或机关名称", "name the party consulted");

public sealed record ConsultationNotFoundError(int Number) : DomainError("consultation-not-found",
    $"没有第{Number}次征求意见", $"there is no consultation {Number}");

public sealed record ConsultationClosedError(int Number) : DomainError("consultation-closed",
    $"第{Number}次征求意见已有答复或已逾期", $"consultation {Number} was already answered or expired");

public sealed record ConsultationAlreadyDeliveredError(int Number, DateOnly DeliveredOn) : DomainError("consultation-already-delivered",
    $"第{Number}次征求意见书已于{D.Zh(DeliveredOn)}送达", $"consultation {Number} was delivered on {D.Iso(DeliveredOn)}");

/// <summary>条例第三十二条、第三十四条: the consulted party has 15 working days.</summary>
public sealed record ConsultationNotExpiredError(int Number, DateOnly Limit) : DomainError("consultation-not-expired",
    $"第{Number}次征求意见的答复期限至{D.Zh(Limit)}，尚未届满", $"consultation {Number} may be answered until {D.Iso(Limit)}");

/// <summary>A reply cannot be released while a consulted party may still answer.</summary>
public sealed record ConsultationStillOpenError(int Number, DateOnly Limit) : DomainError("consultation-still-open",
    $"第{Number}次征求意见尚未答复，答复期限至{D.Zh(Limit)}；收到答复或期限届满后才能作出答复",
    $"consultation {Number} is still open (limit {D.Iso(Limit)})");

// ---- extension (条例第三十三条第二款) ----

public sealed record ExtensionAlreadyGrantedError(int WorkingDays) : DomainError("extension-already-granted",
    $"已延长答复期限{WorkingDays}个工作日，不能再次延长（条例第三十三条第二款）", $"an extension of {WorkingDays} working days was already granted (Art 33)");

public sealed record ExtensionOutOfRangeError(int WorkingDays) : DomainError("extension-out-of-range",
    $"延长的期限应为1至{Statute.MaxExtensionWorkingDays}个工作日（条例第三十三条第二款），实际为{WorkingDays}",
    $"an extension is 1 to {Statute.MaxExtensionWorkingDays} working days (Art 33), got {WorkingDays}");

public sealed record ExtensionNotApprovedError() : DomainError("extension-not-approved",
    "延期尚未经政府信息公开工作机构负责人同意", "no extension has been approved");

public sealed record ExtensionAlreadyNotifiedError() : DomainError("extension-already-notified",
    "已告知申请人延期", "the applicant was already told of the extension");

// ---- 条例第三十五条 ----

public sealed record BulkReasonsAlreadyAskedError() : DomainError("bulk-reasons-already-asked",
    "已要求申请人说明理由", "the applicant was already asked for reasons");

public sealed record BulkReasonsNotAskedError() : DomainError("bulk-reasons-not-asked",
    "尚未要求申请人说明理由（条例第三十五条）", "the applicant has not been asked for reasons (Art 35)");

public sealed record BulkReasonsAlreadyAnsweredError() : DomainError("bulk-reasons-already-answered",
    "已登记申请人的理由或未说明理由的情况", "the applicant's answer (or its absence) is already recorded");

/// <summary>条例第三十五条: the organ decides on the reasons given — not before the applicant answered or the period passed.</summary>
public sealed record BulkReasonsAwaitedError(DateOnly? ReasonsDue) : DomainError("bulk-reasons-awaited",
    ReasonsDue is { } d ? $"正在等待申请人说明理由（期限至{D.Zh(d)}），须收到理由或期限届满后再作认定" : "尚未登记申请人说明的理由",
    "the applicant's reasons are awaited");

/// <summary>Reasons can be found reasonable only when some were given.</summary>
public sealed record BulkReasonsNotGivenError() : DomainError("bulk-reasons-not-given",
    "申请人未说明理由，不能认定理由合理", "no reasons were given, so they cannot be found reasonable");

public sealed record BulkReasonsPeriodNotExpiredError(DateOnly ReasonsDue) : DomainError("bulk-reasons-period-not-expired",
    $"说明理由的期限至{D.Zh(ReasonsDue)}，尚未届满", $"the period to give reasons runs to {D.Iso(ReasonsDue)}");

public sealed record BulkReasonsPeriodNotPositiveError(int Days) : DomainError("bulk-reasons-period-not-positive",
    $"说明理由的期限应至少为1个工作日（填写的是{Days}）", $"the period to give reasons must be at least 1 working day (got {Days})");

/// <summary>The review found a repeated request: the reply must be 重复申请 (r3.5.2).</summary>
public sealed record BulkDecisionRequiresRepeatedReplyError(Outcome Drafted) : DomainError("bulk-decision-requires-repeated-reply",
    $"已认定为重复申请，答复应为“重复申请”，不能拟定为“{Drafted.Info().LabelZh}”", $"the review found a repeated request; the reply must be r3.5.2, not {Drafted.RowId()}");

public sealed record BulkDecisionAlreadyMadeError() : DomainError("bulk-decision-already-made",
    "已对申请人说明的理由作出认定", "the reasons were already assessed");

public sealed record BulkDecisionPendingError() : DomainError("bulk-decision-pending",
    "已要求申请人说明理由，须先认定理由是否合理（条例第三十五条）", "the applicant's reasons must be assessed first (Art 35)");

/// <summary>A later reply date under Art 35 must be later than the due date it replaces.</summary>
public sealed record LaterReplyDateTooEarlyError(DateOnly Date, DateOnly CurrentDue) : DomainError("later-reply-date-too-early",
    $"延迟答复的期限（{D.Zh(Date)}）应晚于现行答复期限（{D.Zh(CurrentDue)}）", $"the later reply date {D.Iso(Date)} must be after the current due date {D.Iso(CurrentDue)}");

// ---- fee (国办函〔2020〕109号, fees.md) ----

public sealed record FeeQuoteInvalidError(FeeError Detail) : DomainError("fee-quote-invalid", Detail.MessageZh, Detail.MessageEn);

public sealed record FeeIsZeroError() : DomainError("fee-is-zero",
    "按所选方式计算的信息处理费为0元，无需发出收费通知", "the fee computes to 0 元; there is nothing to charge");

public sealed record FeeAlreadyProposedError() : DomainError("fee-already-proposed",
    "已有待审批或待发出的收费方案", "a fee proposal is already pending");

/// <summary>办法第三条: one application is never charged under both methods.</summary>
public sealed record BothFeeMethodsError(FeeMethod Charged) : DomainError("both-fee-methods",
    $"该申请已{(Charged == FeeMethod.PerPiece ? "按件" : "按量")}计收，不得对同一申请同时按件和按量计收（办法第三条）",
    "one application cannot be charged both per piece and per page");

public sealed record FeeAlreadyChargedError() : DomainError("fee-already-charged",
    "该申请已发出收费通知，不能重复收费", "a fee notice was already sent for this request");

public sealed record FeeNotProposedError() : DomainError("fee-not-proposed",
    "没有待审批的收费方案", "there is no fee proposal");

public sealed record FeeAlreadyApprovedError() : DomainError("fee-already-approved",
    "收费方案已经审批", "the fee was already approved");

/// <summary>fees.md §4: the charging decision needs a leader's approval before the notice goes out.</summary>
public sealed record FeeNotApprovedError() : DomainError("fee-not-approved",
    "收费方案尚未经领导审批，不能发出收费通知", "the fee must be approved before the notice is sent");

public sealed record FeeNotAwaitingPaymentError() : DomainError("fee-not-awaiting-payment",
    "没有待缴费的收费通知", "no fee notice is awaiting payment");

public sealed record PaymentPeriodNotExpiredError(DateOnly PaymentDue) : DomainError("payment-period-not-expired",
    $"缴费期限至{D.Zh(PaymentDue)}，尚未届满", $"the payment period runs until {D.Iso(PaymentDue)}");

/// <summary>A reply cannot be released while a fee is proposed, awaiting approval or awaiting payment.</summary>
public sealed record FeeNoticePendingError() : DomainError("fee-notice-pending",
    "信息处理费尚未办结（待审批、待发出或待缴费），不能作出答复", "a fee is still pending (approval, notice or payment)");

// ---- reply ----

/// <summary>r3.6.1, r3.6.2 and r3.5.4 end a request through their own step, not through a reply letter.</summary>
public sealed record OutcomeReservedForStepError(Outcome Outcome, ConcludingStep Step) : DomainError("outcome-reserved-for-step",
    $"“{Outcome.Info().LabelZh}”须通过{StepZh(Step)}办结，不能作为答复结果", $"{Outcome.RowId()} is reached through {Step}, not a reply")
{
    private static string StepZh(ConcludingStep step) => step switch
    {
        ConcludingStep.DeemedWithdrawal => "“补正期限届满、视为放弃申请”",
        ConcludingStep.FeeNotPaidInTime => "“逾期未缴费”",
        _ => "“要求说明理由—认定理由不合理”（条例第三十五条）",
    };
}

/// <summary>r3.4.3 补正后申请内容仍不明确 presupposes a correction that was received.</summary>
public sealed record NoCorrectionReceivedError() : DomainError("no-correction-received",
    "该申请未经补正，不能以“补正后申请内容仍不明确”答复（条例第三十条）", "'still unclear after correction' needs a received correction (Art 30)");

/// <summary>r3.5.2 重复申请 (条例第三十六条第六项) must name the earlier request that was answered.</summary>
public sealed record RepeatedRequestReferenceMissingError() : DomainError("repeated-request-reference-missing",
    "以重复申请答复的，应注明已答复的原申请（条例第三十六条第六项）", "name the earlier, answered request (Art 36(6))");

/// <summary>条例第三十六条第三项至第七项、第三十七条: anything other than full disclosure states its reasons.</summary>
public sealed record ReplyReasonsMissingError(Outcome Outcome) : DomainError("reply-reasons-missing",
    $"“{Outcome.Info().LabelZh}”的答复应当说明理由（{Outcome.Info().ArticleZh}）", $"a reply with {Outcome.RowId()} must state its reasons");

public sealed record ReplyNotDraftedError() : DomainError("reply-not-drafted",
    "尚未拟定答复", "no reply has been drafted");

public sealed record ApprovalStepNotRequiredError(ReplyApprovalStep Step) : DomainError("approval-step-not-required",
    $"本机关的答复流程不包含{Step.LabelZh()}", $"the agency's reply procedure has no {Step} step");

public sealed record ReplyStepAlreadyApprovedError(ReplyApprovalStep Step) : DomainError("reply-step-already-approved",
    $"本稿已通过{Step.LabelZh()}", $"{Step} was already given for this draft");

public sealed record ApprovalOutOfOrderError(ReplyApprovalStep Missing) : DomainError("approval-out-of-order",
    $"须先完成{Missing.LabelZh()}", $"{Missing} must come first");

public sealed record ReplyApprovalMissingError(ReplyApprovalStep Missing) : DomainError("reply-approval-missing",
    $"答复尚未通过{Missing.LabelZh()}，不能发出", $"the reply still needs {Missing}");
