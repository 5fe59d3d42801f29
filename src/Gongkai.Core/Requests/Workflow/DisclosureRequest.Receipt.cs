using Gongkai.Core.Requests.Deadlines;

namespace Gongkai.Core.Requests.Workflow;

public sealed partial class DisclosureRequest
{
    /// <summary>
    /// 确认收到 (条例第三十一条第二项、第三项): for a letter, an online form, a fax or an e-mail the day the office confirms with the
    /// applicant is the received date. A letter should be confirmed the day it arrives; a later confirmation is recorded with a warning.
    /// </summary>
    public DomainResult<RequestStep> ConfirmReceipt(Acting acting)
    {
        if (ReceivedOn is { } received) return new ReceiptAlreadyConfirmedError(received);
        if (Guard(acting, Allow.Unconfirmed) is { } error) return error;
        var warnings = new List<RequestWarning>();
        if (Channel == ReceiptChannel.Letter && acting.On > ArrivedOn)
            warnings.Add(new(RequestWarningKind.LetterConfirmedAfterArrival,
                $"平常信函于{F(ArrivedOn)}到达，应当于收到当日与申请人确认（条例第三十一条第二项），实际确认日为{F(acting.On)}",
                "a letter should be confirmed with the applicant on the day it arrives (Art 31)"));
        return Record(new ReceiptConfirmed(EventStamp.Of(Id, acting)), [.. warnings]);
    }

    /// <summary>Drops a submission that was never received as an application (a double submission, spam). A received request cannot be discarded.</summary>
    public DomainResult<RequestStep> Discard(string reasonZh, Acting acting)
    {
        if (ReceivedOn is { } received && Status is not (RequestStatus.Concluded or RequestStatus.Discarded))
            return new ReceivedRequestCannotBeDiscardedError(received);
        if (Guard(acting, Allow.Unconfirmed) is { } error) return error;
        if (string.IsNullOrWhiteSpace(reasonZh)) return new ReasonRequiredError("作废提交");
        return Record(new SubmissionDiscarded(EventStamp.Of(Id, acting), reasonZh.Trim()));
    }

    /// <summary>
    /// 撤回: the applicant withdraws. A received request is concluded as r3.6.3 其他 (practice, report-format.md §4.3); a submission
    /// not yet received is discarded and never counted.
    /// </summary>
    public DomainResult<RequestStep> Withdraw(string? reasonZh, Acting acting)
    {
        if (Guard(acting, Allow.Unconfirmed | Allow.AwaitingCorrection) is { } error) return error;
        var reason = string.IsNullOrWhiteSpace(reasonZh) ? null : reasonZh.Trim();
        if (ReceivedOn is null)
            return Record(new SubmissionDiscarded(EventStamp.Of(Id, acting), "申请人在确认收到前撤回" + (reason is null ? "" : "：" + reason)));
        return Record(new RequestWithdrawn(EventStamp.Of(Id, acting), reason));
    }

    /// <summary>A clerk checked a passport or other document that no algorithm validates (条例第二十九条: 身份证明).</summary>
    public DomainResult<RequestStep> RecordIdentityCheck(string noteZh, Acting acting)
    {
        if (Guard(acting, Allow.Unconfirmed | Allow.AwaitingCorrection) is { } error) return error;
        if (!Applicant.Document.NeedsManualCheck) return new IdentityCheckNotNeededError();
        if (IdentityChecked) return new IdentityAlreadyCheckedError();
        if (string.IsNullOrWhiteSpace(noteZh)) return new ReasonRequiredError("人工核验身份证明（核验情况）");
        return Record(new IdentityChecked(EventStamp.Of(Id, acting), noteZh.Trim()));
    }
}
