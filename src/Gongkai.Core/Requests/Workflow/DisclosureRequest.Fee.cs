using Gongkai.Core.Requests.Fees;

namespace Gongkai.Core.Requests.Workflow;

public sealed partial class DisclosureRequest
{
    /// <summary>
    /// 拟收取信息处理费 (条例第四十二条, 国办函〔2020〕109号): the clerk proposes a method and the computed quote; never automatic
    /// (fees.md §5). One request is never charged under both methods (办法第三条), nor charged twice.
    /// </summary>
    /// <param name="count">按件: the 件 of this request; 按量: its pages.</param>
    /// <param name="earlierThisMonth">按件: the applicant's 件 already received this calendar month (fees.md §2).</param>
    public DomainResult<RequestStep> ProposeFee(FeeMethod method, int count, int earlierThisMonth, FeeExemption? exemption, Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (ChargedMethod is { } charged) return charged == method ? new FeeAlreadyChargedError() : new BothFeeMethodsError(charged);
        if (Fee is not null) return new FeeAlreadyProposedError();
        var computed = ProcessingFee.Compute(method, count, earlierThisMonth, exemption);
        if (!computed.IsValid) return new FeeQuoteInvalidError(computed.Errors[0]);
        if (computed.Quote!.Total == 0) return new FeeIsZeroError();
        return Record(new FeeProposed(EventStamp.Of(Id, acting), computed.Quote));
    }

    /// <summary>A leader approves the charging decision (fees.md §4: proposed in writing, then approved, then the notice).</summary>
    public DomainResult<RequestStep> ApproveFee(Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (!acting.Actor.Has(StaffRole.ApprovingLeader)) return new ApproverLacksRoleError(acting.Actor.Id, StaffRole.ApprovingLeader);
        if (Fee is null) return new FeeNotProposedError();
        if (Fee.Stage != FeeStage.Proposed) return new FeeAlreadyApprovedError();
        if (NotBefore(acting, Fee.ProposedOn, "拟收费之日") is { } early) return early;
        return Record(new FeeApproved(EventStamp.Of(Id, acting)));
    }

    /// <summary>A leader does not agree to charge; the proposal is dropped and the request goes on free of charge (or with a new proposal).</summary>
    public DomainResult<RequestStep> RejectFee(string reasonZh, Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (!acting.Actor.Has(StaffRole.ApprovingLeader)) return new ApproverLacksRoleError(acting.Actor.Id, StaffRole.ApprovingLeader);
        if (Fee is null || Fee.Stage is FeeStage.AwaitingPayment or FeeStage.Paid) return new FeeNotProposedError();
        if (string.IsNullOrWhiteSpace(reasonZh)) return new ReasonRequiredError("不同意收费");
        return Record(new FeeRejected(EventStamp.Of(Id, acting), reasonZh.Trim()));
    }

    /// <summary>收费通知: sent after approval; payment is due 20 working days later (fees.md §4).</summary>
    public DomainResult<RequestStep> SendFeeNotice(Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (Fee is null) return new FeeNotProposedError();
        if (Fee.Stage == FeeStage.Proposed) return new FeeNotApprovedError();
        if (Fee.Stage != FeeStage.Approved) return new FeeAlreadyChargedError();
        if (NotBefore(acting, Fee.ApprovedOn!.Value, "收费审批之日") is { } early) return early;
        var due = Calendar.AddWorkingDays(acting.On, Statute.FeePaymentWorkingDays).Date;
        return Record(new FeeNoticeSent(EventStamp.Of(Id, acting), Fee.Quote.Total, due));
    }

    /// <summary>The applicant paid. A payment after the period is accepted with a warning as long as non-payment was not recorded.</summary>
    public DomainResult<RequestStep> RecordFeePaid(Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (Fee is not { Stage: FeeStage.AwaitingPayment }) return new FeeNotAwaitingPaymentError();
        if (NotBefore(acting, Fee.NoticeSentOn!.Value, "收费通知发出之日") is { } early) return early;
        var warnings = new List<RequestWarning>();
        if (acting.On > Fee.PaymentDue)
            warnings.Add(new(RequestWarningKind.PaidAfterPaymentPeriod,
                $"费用于{F(acting.On)}缴纳，晚于缴费期限{F(Fee.PaymentDue!.Value)}", "the fee was paid after the payment period"));
        return Record(new FeePaid(EventStamp.Of(Id, acting)), [.. warnings]);
    }

    /// <summary>逾期未缴费: after the payment period the organ stops processing — concluded as r3.6.2.</summary>
    public DomainResult<RequestStep> RecordFeeNotPaidInTime(Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (Fee is not { Stage: FeeStage.AwaitingPayment }) return new FeeNotAwaitingPaymentError();
        var due = Fee.PaymentDue!.Value;
        if (acting.On <= due) return new PaymentPeriodNotExpiredError(due);
        return Record(new FeeNotPaidInTime(EventStamp.Of(Id, acting), due));
    }
}
