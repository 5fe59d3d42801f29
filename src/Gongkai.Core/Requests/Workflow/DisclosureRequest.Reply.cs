using Gongkai.Core.Requests.Outcomes;

namespace Gongkai.Core.Requests.Workflow;

public sealed partial class DisclosureRequest
{
    /// <summary>
    /// 拟定答复: the outcome the reply will carry (one leaf row of table 三) and its reasons. A new draft replaces the previous one and
    /// its approvals. Outcomes with their own step (r3.6.1, r3.6.2, r3.5.4) cannot be drafted; r3.4.3 needs a received correction;
    /// r3.5.2 names the earlier request; everything but 予以公开 states reasons (条例第三十六条、第三十七条).
    /// </summary>
    public DomainResult<RequestStep> DraftReply(ReplyDraft draft, Acting acting)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (Guard(acting) is { } error) return error;
        var info = draft.Outcome.Info();
        if (!info.ByReply) return new OutcomeReservedForStepError(draft.Outcome, info.Step);
        if (draft.Outcome == Outcomes.Outcome.StillUnclearAfterCorrection && !_corrections.Any(c => c.CorrectedOn is not null))
            return new NoCorrectionReceivedError();
        if (BulkReview is { Decision: BulkDecision.RepeatedRequest } review)
        {
            // 条例第三十五条 review found a repeat: the reply is 重复申请 and names the request found, unless the clerk names another.
            if (draft.Outcome != Outcomes.Outcome.RepeatedRequest) return new BulkDecisionRequiresRepeatedReplyError(draft.Outcome);
            draft = draft with { RepeatOf = draft.RepeatOf ?? review.RepeatOf };
        }
        if (draft.Outcome == Outcomes.Outcome.RepeatedRequest && draft.RepeatOf is null) return new RepeatedRequestReferenceMissingError();
        if (draft.Outcome != Outcomes.Outcome.Disclosed && string.IsNullOrWhiteSpace(draft.ReasonsZh)) return new ReplyReasonsMissingError(draft.Outcome);
        var clean = draft with { ReasonsZh = string.IsNullOrWhiteSpace(draft.ReasonsZh) ? null : draft.ReasonsZh.Trim() };
        return Record(new ReplyDrafted(EventStamp.Of(Id, acting), DraftRevision + 1, clean));
    }

    /// <summary>One approval of the agency's chain (<see cref="RequestRules.ReplyApprovals"/>), in order, by someone holding its role.</summary>
    public DomainResult<RequestStep> ApproveReply(ReplyApprovalStep step, Acting acting)
    {
        if (ApprovalCheck(step, acting) is { } error) return error;
        if (_approvals.Contains(step)) return new ReplyStepAlreadyApprovedError(step);
        var missing = Rules.ReplyApprovals.TakeWhile(s => s != step).Where(s => !_approvals.Contains(s)).ToList();
        if (missing.Count > 0) return new ApprovalOutOfOrderError(missing[0]);
        return Record(new ReplyApproved(EventStamp.Of(Id, acting), DraftRevision, step));
    }

    /// <summary>退回: an approver sends the draft back with reasons; the clerk drafts again.</summary>
    public DomainResult<RequestStep> ReturnReply(ReplyApprovalStep step, string reasonZh, Acting acting)
    {
        if (ApprovalCheck(step, acting) is { } error) return error;
        if (string.IsNullOrWhiteSpace(reasonZh)) return new ReasonRequiredError("退回答复");
        return Record(new ReplyReturned(EventStamp.Of(Id, acting), DraftRevision, step, reasonZh.Trim()));
    }

    /// <summary>
    /// 作出答复: issues the approved reply; the request is concluded with its outcome on this day. Refused while a consulted party
    /// may still answer, a fee is unresolved, a 第三十五条 assessment is pending, or a manual identity check is missing. A reply after
    /// the deadline is recorded with a warning (it must still be given).
    /// </summary>
    public DomainResult<RequestStep> ReleaseReply(Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (Draft is null) return new ReplyNotDraftedError();
        if (Rules.ReplyApprovals.Where(s => !_approvals.Contains(s)).Select(s => (ReplyApprovalStep?)s).FirstOrDefault() is { } missing)
            return new ReplyApprovalMissingError(missing);
        if (_consultations.FirstOrDefault(c => c.IsOpen) is { } open && acting.On <= ConsultationLimit(open))
            return new ConsultationStillOpenError(open.Number, ConsultationLimit(open));
        if (Fee is { Stage: not FeeStage.Paid }) return new FeeNoticePendingError();
        if (BulkReview is { Reasonable: null }) return new BulkDecisionPendingError();
        if (Applicant.Document.NeedsManualCheck && !IdentityChecked) return new IdentityNotCheckedError();
        var lastDraft = _history.OfType<ReplyDrafted>().Last();
        if (NotBefore(acting, lastDraft.Stamp.On, "拟定答复之日") is { } early) return early;

        var warnings = new List<RequestWarning>();
        if (Deadline().Value.DueDate is { } due && acting.On > due)
            warnings.Add(new(RequestWarningKind.ReplyAfterDueDate,
                $"答复期限已于{F(due)}届满，逾期{Calendar.CountWorkingDays(due, acting.On)}个工作日作出答复", "the reply was given after the deadline"));
        return Record(new ReplyReleased(EventStamp.Of(Id, acting), DraftRevision, Draft.Outcome), [.. warnings]);
    }

    private DomainError? ApprovalCheck(ReplyApprovalStep step, Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (Draft is null) return new ReplyNotDraftedError();
        if (!Rules.ReplyApprovals.Contains(step)) return new ApprovalStepNotRequiredError(step);
        if (!acting.Actor.Has(step.RequiredRole())) return new ApproverLacksRoleError(acting.Actor.Id, step.RequiredRole());
        var lastDraft = _history.OfType<ReplyDrafted>().Last();
        return NotBefore(acting, lastDraft.Stamp.On, "拟定答复之日");
    }
}
