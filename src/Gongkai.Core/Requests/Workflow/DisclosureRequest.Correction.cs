using Gongkai.Core.Requests.Intake;

namespace Gongkai.Core.Requests.Workflow;

public sealed partial class DisclosureRequest
{
    /// <summary>
    /// 告知补正 (条例第三十条): tells the applicant, at once, everything to correct and a reasonable period
    /// (<paramref name="periodWorkingDays"/>; default from the conventions, 15 working days). Due within 7 working days of receipt —
    /// a later notice is still valid and is recorded with a warning. A second notice is possible only after the first correction
    /// arrived (practice, <see cref="RequestRules.MaxCorrectionRounds"/>).
    /// </summary>
    public DomainResult<RequestStep> RequestCorrection(string itemsZh, int? periodWorkingDays, Acting acting)
    {
        if (Guard(acting) is { } error) return error;
        if (_corrections.Count >= Rules.MaxCorrectionRounds) return new CorrectionRoundsExhaustedError(Rules.MaxCorrectionRounds);
        if (string.IsNullOrWhiteSpace(itemsZh)) return new CorrectionItemsMissingError();
        var period = periodWorkingDays ?? Rules.Conventions.DefaultCorrectionPeriodWorkingDays;
        if (period < 1) return new CorrectionPeriodNotPositiveError(period);
        if (_corrections.Count > 0 && NotBefore(acting, _corrections[^1].CorrectedOn!.Value, "上一次收到补正申请之日") is { } early) return early;

        var warnings = new List<RequestWarning>();
        DateOnly? noticeDue = null;
        if (_corrections.Count == 0)
        {
            noticeDue = Calendar.AddWorkingDays(ReceivedOn!.Value, Statute.CorrectionNoticeWorkingDays).Date;
            if (acting.On > noticeDue)
                warnings.Add(new(RequestWarningKind.CorrectionNoticeLate,
                    $"补正告知晚于{F(noticeDue.Value)}（收到申请之日起{Statute.CorrectionNoticeWorkingDays}个工作日），不符合条例第三十条；告知仍予记录",
                    "the correction notice is later than 7 working days after receipt (Art 30)"));
        }
        else
        {
            warnings.Add(new(RequestWarningKind.RepeatedCorrection,
                $"第{_corrections.Count + 1}次告知补正：条例第三十条要求一次性告知补正事项，仅在补正后内容仍不明确时再次告知",
                "a second correction notice: Art 30 asks for a single notice"));
        }
        var periodEnds = Calendar.AddWorkingDays(acting.On, period).Date;
        return Record(new CorrectionRequested(EventStamp.Of(Id, acting), _corrections.Count + 1, itemsZh.Trim(), period, periodEnds, noticeDue),
            [.. warnings]);
    }

    /// <summary>
    /// 收到补正后的申请 (条例第三十条): the reply period restarts from this day. After the period, only with a good reason
    /// (<paramref name="lateReasonZh"/>); without one the application counts as abandoned.
    /// </summary>
    public DomainResult<RequestStep> ReceiveCorrectedApplication(RequestedInformation corrected, string? lateReasonZh, Acting acting)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        if (Status == RequestStatus.Open) return new NoCorrectionPendingError();
        if (Guard(acting, Allow.AwaitingCorrection) is { } error) return error;
        var round = _corrections[^1];
        if (NotBefore(acting, round.NoticeOn, "补正告知之日") is { } early) return early;
        var reason = string.IsNullOrWhiteSpace(lateReasonZh) ? null : lateReasonZh.Trim();
        var warnings = new List<RequestWarning>();
        if (acting.On > round.PeriodEnds)
        {
            if (reason is null) return new CorrectionPeriodExpiredError(round.PeriodEnds);
            warnings.Add(new(RequestWarningKind.CorrectionReceivedAfterPeriod,
                $"补正期限已于{F(round.PeriodEnds)}届满，因正当理由（{reason}）接受逾期补正", "a late correction accepted for a good reason"));
        }
        else reason = null;
        return Record(new CorrectedApplicationReceived(EventStamp.Of(Id, acting), round.Round, corrected, reason), [.. warnings]);
    }

    /// <summary>
    /// 视为放弃申请 (条例第三十条): the correction period passed without a correction. The request is concluded as r3.6.1 on the first
    /// working day after the period ends (report-format.md §4.3), whenever this is recorded.
    /// </summary>
    public DomainResult<RequestStep> DeemWithdrawn(Acting acting)
    {
        if (Status == RequestStatus.Open) return new NoCorrectionPendingError();
        if (Guard(acting, Allow.AwaitingCorrection) is { } error) return error;
        var round = _corrections[^1];
        var concludedOn = Calendar.AddWorkingDays(round.PeriodEnds, 1).Date;
        if (acting.On < concludedOn) return new CorrectionPeriodNotExpiredError(round.PeriodEnds, concludedOn);
        return Record(new DeemedWithdrawn(EventStamp.Of(Id, acting.Dated(concludedOn)), round.PeriodEnds));
    }
}
