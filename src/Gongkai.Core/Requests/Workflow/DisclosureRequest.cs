using Gongkai.Core.Calendar;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Statistics;

namespace Gongkai.Core.Requests.Workflow;

/// <summary>
/// 政府信息公开申请: one request and its statutory workflow (条例第二十九条至第四十二条, procedure.md §2). State is private and changes
/// only through intention-named steps (<see cref="RequestCorrection"/>, <see cref="ApproveExtension"/>, <see cref="ReleaseReply"/> …).
/// Each step takes who acts and when (<see cref="Acting"/>), and either returns the event to persist (with warnings) or refuses
/// with a named <see cref="DomainError"/> — every illegal step the same way. The request is the sum of its events
/// (<see cref="FromHistory"/>), and its deadline is computed from them by the legal-time engine (<see cref="Deadline()"/>).
/// </summary>
public sealed partial class DisclosureRequest
{
    private readonly List<RequestEvent> _history = [];
    private readonly List<CorrectionRecord> _corrections = [];
    private readonly List<ConsultationRecord> _consultations = [];
    private readonly List<ReplyApprovalStep> _approvals = [];

    private DisclosureRequest(RequestRules rules) => Rules = rules;

    public RequestRules Rules { get; }
    public RequestId Id { get; private set; }
    public Applicant Applicant { get; private set; } = null!;

    /// <summary>What is asked for; a corrected application replaces it.</summary>
    public RequestedInformation Information { get; private set; } = null!;

    public ReceiptChannel Channel { get; private set; }

    /// <summary>When the applicant submitted (the portal's timestamp, or the recording time of a staff intake).</summary>
    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>The day it arrived: handed in, signed for, letter arrived, or submitted online / by e-mail / by fax.</summary>
    public DateOnly ArrivedOn { get; private set; }

    /// <summary>收到申请之日 (条例第三十一条); null until receipt is confirmed. Its year puts the request in r1 of table 三.</summary>
    public DateOnly? ReceivedOn { get; private set; }

    /// <summary>Set when this request re-answers another one on a 纠正 decision.</summary>
    public ReopeningOrder? Reopening { get; private set; }

    public RequestStatus Status { get; private set; }
    public bool IdentityChecked { get; private set; }

    public IReadOnlyList<CorrectionRecord> Corrections => _corrections;
    public IReadOnlyList<ConsultationRecord> Consultations => _consultations;
    public ExtensionRecord? Extension { get; private set; }
    public BulkReviewRecord? BulkReview { get; private set; }
    public FeeRecord? Fee { get; private set; }

    /// <summary>The method of a fee notice already sent: the other method can never be used on this request (办法第三条).</summary>
    public Fees.FeeMethod? ChargedMethod { get; private set; }

    public ReplyDraft? Draft { get; private set; }
    public int DraftRevision { get; private set; }
    public IReadOnlyList<ReplyApprovalStep> DraftApprovals => _approvals;

    /// <summary>The one outcome (a leaf row of table 三) once concluded.</summary>
    public Outcome? Outcome { get; private set; }

    /// <summary>办结日期: the day the reply or the notice ending the case was issued (report-format.md §4.3).</summary>
    public DateOnly? ConcludedOn { get; private set; }

    public IReadOnlyList<RequestEvent> History => _history;

    /// <summary>The row of this request in the table-三 computation; null until received (and for discarded submissions).</summary>
    public RequestFacts? Facts => ReceivedOn is { } r ? new RequestFacts(Applicant.Kind, r, ConcludedOn, Outcome) : null;

    // ---------------- creation ----------------

    /// <summary>
    /// 登记: records a new request. 当面提交 and 邮寄 are received on <see cref="Acting.On"/> (the day handed in or signed for);
    /// a letter, online form, fax or e-mail waits for <see cref="ConfirmReceipt"/> (条例第三十一条). <paramref name="submittedAt"/> is the
    /// portal's timestamp for online submissions (default: the recording time).
    /// </summary>
    public static DomainResult<RegisteredRequest> Register(
        RequestId id, Applicant applicant, RequestedInformation information, ReceiptChannel channel, Acting acting, RequestRules rules,
        DateTimeOffset? submittedAt = null)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(information);
        if (acting.On > acting.RecordedOn) return new EventDateInFutureError(acting.On, acting.RecordedOn);
        var submitted = submittedAt ?? acting.At;
        if (submitted > acting.At) return new EventDateInFutureError(ChinaStandardTime.DateOf(submitted), acting.RecordedOn);

        var arrived = channel is ReceiptChannel.Online or ReceiptChannel.Fax or ReceiptChannel.Email ? ChinaStandardTime.DateOf(submitted) : acting.On;
        DateOnly? received = channel.NeedsReceiptConfirmation() ? null : acting.On;
        var request = new DisclosureRequest(rules);
        var step = request.Record(new RequestRegistered(EventStamp.Of(id, acting), applicant, information, channel, submitted, arrived, received, null));
        return new RegisteredRequest(request, step);
    }

    /// <summary>
    /// A 纠正 decision ordered a new answer (report-format.md §4.3): a new request linked to the concluded <paramref name="original"/>,
    /// with the same applicant (so the same table-三 column) and content, received on the day the decision reached the agency.
    /// </summary>
    public static DomainResult<RegisteredRequest> Reopen(
        DisclosureRequest original, Appeals.ReopenedRequest instruction, RequestId newId, Acting acting, RequestRules rules)
    {
        if (original.Id != instruction.OriginalRequestId)
            throw new ArgumentException("The instruction reopens another request.", nameof(instruction));
        if (original.Status != RequestStatus.Concluded) return new OriginalRequestNotConcludedError();
        var on = instruction.DecisionReceivedOn;
        if (on > acting.RecordedOn) return new EventDateInFutureError(on, acting.RecordedOn);
        if (on < original.ConcludedOn!.Value) return new EventDateTooEarlyError(on, original.ConcludedOn.Value, "原申请办结之日");

        var dated = acting.Dated(on);
        var order = new ReopeningOrder(original.Id, instruction.AppealCaseId, instruction.DueDateSetByDecision);
        var request = new DisclosureRequest(rules);
        var step = request.Record(new RequestRegistered(EventStamp.Of(newId, dated), original.Applicant, original.Information,
            original.Channel, acting.At, on, on, order));
        return new RegisteredRequest(request, step);
    }

    /// <summary>Rebuilds a request from its stored events (in the order they were recorded).</summary>
    public static DisclosureRequest FromHistory(IEnumerable<RequestEvent> history, RequestRules rules)
    {
        var request = new DisclosureRequest(rules);
        foreach (var e in history)
        {
            if (request._history.Count == 0 && e is not RequestRegistered)
                throw new ArgumentException("A request's history starts with its registration.", nameof(history));
            if (request._history.Count > 0 && (e is RequestRegistered || e.Stamp.RequestId != request.Id))
                throw new ArgumentException("The history mixes requests or registers twice.", nameof(history));
            request.Apply(e);
            request._history.Add(e);
        }
        if (request._history.Count == 0) throw new ArgumentException("The history is empty.", nameof(history));
        return request;
    }

    // ---------------- deadline ----------------

    /// <summary>The reply deadline with the request's own calendar and conventions.</summary>
    public DomainResult<RequestDeadline> Deadline() => Deadline(Rules.Calendar, Rules.Conventions);

    /// <summary>
    /// 答复期限: builds the engine's input from this request's events and computes it (the arithmetic lives only in
    /// <see cref="ReplyDeadlineEngine"/>), then applies a later date set under 条例第三十五条 or a date set by a 纠正 decision.
    /// </summary>
    public DomainResult<RequestDeadline> Deadline(WorkingDayCalendar calendar, DeadlineConventions? conventions = null)
    {
        if (Status == RequestStatus.Discarded) return new RequestDiscardedError();
        if (ReceivedOn is null) return new ReceiptNotConfirmedError();
        var result = ReplyDeadlineEngine.Compute(DeadlineInput(), calendar, conventions ?? Rules.Conventions);
        // The steps validate every date the engine checks, so an invalid input here is a bug, not a business failure.
        if (!result.IsValid) throw new InvalidOperationException("Deadline input invalid: " + result.Errors[0].MessageEn);
        return new RequestDeadline(result.Deadline!, BulkReview?.LaterReplyDate, Reopening);
    }

    /// <summary>The legal-time engine's view of this request: received date, channel and dated events.</summary>
    public ReplyDeadlineInput DeadlineInput()
    {
        if (ReceivedOn is not { } received) throw new InvalidOperationException("The request has not been received.");
        return new ReplyDeadlineInput(received, Channel)
        {
            Arrived = ArrivedOn,
            Corrections = [.. _corrections.Select(c => new CorrectionRound(c.NoticeOn, c.CorrectedOn, c.PeriodWorkingDays))],
            Consultations = [.. _consultations.Select(c => new Consultation(c.Party, c.SentOn, c.AnsweredOn, c.DeliveredOn))],
            Extension = Extension is { NotifiedOn: not null } x ? new Deadlines.Extension(x.WorkingDays, x.ApprovedOn) : null,
            FeeNotices = Fee is { NoticeSentOn: { } sent } f ? [new FeeNotice(sent, f.PaidOn)] : [],
        };
    }

    // ---------------- plumbing ----------------

    [Flags]
    private enum Allow
    {
        OpenOnly = 0,
        Unconfirmed = 1,
        AwaitingCorrection = 2,
    }

    /// <summary>The checks every step shares: not ended, in a state that allows it, dated neither in the future nor before arrival/receipt.</summary>
    private DomainError? Guard(Acting acting, Allow allow = Allow.OpenOnly)
    {
        if (acting.On > acting.RecordedOn) return new EventDateInFutureError(acting.On, acting.RecordedOn);
        switch (Status)
        {
            case RequestStatus.Discarded:
                return new RequestDiscardedError();
            case RequestStatus.Concluded:
                return new RequestConcludedError(Outcome!.Value, ConcludedOn!.Value);
            case RequestStatus.AwaitingReceiptConfirmation when !allow.HasFlag(Allow.Unconfirmed):
                return new ReceiptNotConfirmedError();
            case RequestStatus.AwaitingCorrection when !allow.HasFlag(Allow.AwaitingCorrection):
                return new AwaitingCorrectionError(_corrections[^1].PeriodEnds);
        }
        return NotBefore(acting, ReceivedOn ?? ArrivedOn, ReceivedOn is null ? "申请到达之日" : "收到申请之日");
    }

    private static EventDateTooEarlyError? NotBefore(Acting acting, DateOnly earliest, string whatZh) =>
        acting.On < earliest ? new EventDateTooEarlyError(acting.On, earliest, whatZh) : null;

    private RequestStep Record(RequestEvent e, params RequestWarning[] warnings)
    {
        Apply(e);
        _history.Add(e);
        return new RequestStep(e, warnings);
    }

    private WorkingDayCalendar Calendar => Rules.Calendar;

    private static string F(DateOnly d) => ChineseDates.Format(d);

    private void Apply(RequestEvent e)
    {
        var on = e.Stamp.On;
        switch (e)
        {
            case RequestRegistered r:
                Id = r.Stamp.RequestId;
                Applicant = r.Applicant;
                Information = r.Information;
                Channel = r.Channel;
                SubmittedAt = r.SubmittedAt;
                ArrivedOn = r.ArrivedOn;
                ReceivedOn = r.ReceivedOn;
                Reopening = r.Reopening;
                Status = r.ReceivedOn is null ? RequestStatus.AwaitingReceiptConfirmation : RequestStatus.Open;
                break;
            case ReceiptConfirmed:
                ReceivedOn = on;
                Status = RequestStatus.Open;
                break;
            case SubmissionDiscarded:
                Status = RequestStatus.Discarded;
                break;
            case Workflow.IdentityChecked:
                IdentityChecked = true;
                break;
            case CorrectionRequested c:
                _corrections.Add(new CorrectionRecord(c.Round, on, c.ItemsZh, c.PeriodWorkingDays, c.PeriodEnds, null));
                Status = RequestStatus.AwaitingCorrection;
                break;
            case CorrectedApplicationReceived c:
                _corrections[^1] = _corrections[^1] with { CorrectedOn = on };
                Information = c.Information;
                Status = RequestStatus.Open;
                break;
            case ConsultationSent c:
                _consultations.Add(new ConsultationRecord(c.Number, c.Party, c.PartyNameZh, on, null, null, null, null));
                break;
            case ConsultationDelivered c:
                UpdateConsultation(c.Number, x => x with { DeliveredOn = on });
                break;
            case ConsultationAnswered c:
                UpdateConsultation(c.Number, x => x with { AnsweredOn = on, Answer = c.Answer });
                break;
            case ConsultationExpired c:
                UpdateConsultation(c.Number, x => x with { ExpiredOn = on });
                break;
            case ExtensionApproved x:
                Extension = new ExtensionRecord(x.WorkingDays, x.ReasonZh, on, x.Stamp.ActorId, null);
                break;
            case ExtensionNotified:
                Extension = Extension! with { NotifiedOn = on };
                break;
            case BulkReasonsAsked b:
                BulkReview = new BulkReviewRecord(on, b.EvidenceZh, b.PeriodWorkingDays, b.ReasonsDue, null, null, null, null, null, null);
                break;
            case BulkReasonsGiven b:
                BulkReview = BulkReview! with { ReasonsGivenOn = on, ReasonsZh = b.ReasonsZh };
                break;
            case BulkReasonsNotGiven:
                BulkReview = BulkReview! with { NoReasonsRecordedOn = on };
                break;
            case BulkRequestsFoundReasonable b:
                BulkReview = BulkReview! with { Decision = BulkDecision.Reasonable, LaterReplyDate = b.LaterReplyDate };
                break;
            case BulkRequestsFoundUnreasonable:
                BulkReview = BulkReview! with { Decision = BulkDecision.Unreasonable };
                break;
            case BulkRequestFoundRepeated b:
                BulkReview = BulkReview! with { Decision = BulkDecision.RepeatedRequest, RepeatOf = b.RepeatOf };
                break;
            case FeeProposed f:
                Fee = new FeeRecord(f.Quote, on, null, null, null, null);
                break;
            case FeeApproved:
                Fee = Fee! with { ApprovedOn = on };
                break;
            case FeeRejected:
                Fee = null;
                break;
            case FeeNoticeSent f:
                Fee = Fee! with { NoticeSentOn = on, PaymentDue = f.PaymentDue };
                ChargedMethod = Fee.Quote.Method;
                break;
            case FeePaid:
                Fee = Fee! with { PaidOn = on };
                break;
            case ReplyDrafted d:
                Draft = d.Draft;
                DraftRevision = d.Revision;
                _approvals.Clear();
                break;
            case ReplyApproved a:
                _approvals.Add(a.Step);
                break;
            case ReplyReturned:
                Draft = null;
                _approvals.Clear();
                break;
        }
        if (e.Concludes is { } outcome)
        {
            Status = RequestStatus.Concluded;
            Outcome = outcome;
            ConcludedOn = on;
        }
    }

    private void UpdateConsultation(int number, Func<ConsultationRecord, ConsultationRecord> change)
    {
        var i = _consultations.FindIndex(c => c.Number == number);
        _consultations[i] = change(_consultations[i]);
    }
}

/// <summary>Reopening needs the original request to have ended: an open request simply goes on being handled.</summary>
public sealed record OriginalRequestNotConcludedError() : DomainError("original-request-not-concluded",
    "原申请尚未办结，应继续办理原申请，无需重新登记", "the original request is still open; continue it instead of reopening");
