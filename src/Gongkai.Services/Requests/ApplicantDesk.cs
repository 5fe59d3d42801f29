using Gongkai.Core;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Persistence;
using Gongkai.Data.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Requests;

/// <summary>What the applicant sees on the status page: nothing of other requests, nothing without the code.</summary>
public sealed record ApplicantStatus(
    Guid RequestId,
    string Number,
    string AgencyName,
    RequestStatus Status,
    DateTimeOffset SubmittedAt,
    DateOnly? ReceivedOn,
    DateOnly? DueDate,
    IReadOnlyList<string> DeadlineExplanationZh,
    CorrectionRecord? PendingCorrection,
    FeeRecord? Fee,
    Core.Requests.Outcomes.Outcome? Outcome,
    DateOnly? ConcludedOn,
    bool ReplyLetterAvailable,
    IReadOnlyList<ApplicantEvent> History,
    RequestDetailInformation Information)
{
    /// <summary>条例第三十五条: the request to explain, while the agency awaits the applicant's reasons.</summary>
    public BulkReviewRecord? ReasonsRequested { get; init; }
}

/// <summary>One line of the applicant's view of the history (dates and summaries, no staff names).</summary>
public sealed record ApplicantEvent(DateOnly On, string SummaryZh);

/// <summary>The requested information as it stands (a correction replaces it).</summary>
public sealed record RequestDetailInformation(string? Title, string? DocumentNumber, string? Description,
    Core.Requests.Intake.InformationForm Form, Core.Requests.Intake.DeliveryMethod Delivery);

/// <summary>
/// 申请人查询: the applicant's own view and acts, by request number and lookup code — status, the correction to submit, withdrawal.
/// A wrong number or code gives the same answer as a request that does not exist.
/// </summary>
public sealed class ApplicantDesk
{
    private readonly RequestStore store;

    public ApplicantDesk(GongkaiDbContext db, TimeProvider clock, RequestRulesProvider rules) => store = new RequestStore(db, clock, rules);

    public async Task<DomainResult<ApplicantStatus>> StatusAsync(string? number, string? code, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(number, code, track: false, cancellationToken);
        if (found is not var (record, request)) return new RequestLookupFailedError();
        var agency = await store.Db.Set<Data.Agencies.Agency>().AsNoTracking().Where(a => a.Id == record.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        var deadline = request.Status is RequestStatus.Open or RequestStatus.AwaitingCorrection ? request.Deadline() : null;
        var events = await store.EventsAsync(record.Id, cancellationToken);
        return new ApplicantStatus(
            record.Id, record.Number, agency, request.Status, request.SubmittedAt, request.ReceivedOn,
            deadline is { Succeeded: true } d ? d.Value.DueDate : null,
            deadline is { Succeeded: true } e ? e.Value.ExplanationZh : [],
            request.Status == RequestStatus.AwaitingCorrection ? request.Corrections[^1] : null,
            request.Fee is { NoticeSentOn: not null } fee ? fee : null,
            request.Outcome, request.ConcludedOn,
            request.History.OfType<ReplyReleased>().Any(),
            [.. events.Where(ev => ShownToApplicant(ev.Kind)).Select(ev => new ApplicantEvent(ev.On, ev.SummaryZh))],
            new RequestDetailInformation(record.Title, record.DocumentNumber, record.Description, record.Form, record.Delivery))
        {
            ReasonsRequested = request.Status == RequestStatus.Open && request.BulkReview is { Decision: null, Answered: false } review ? review : null,
        };
    }

    /// <summary>说明理由: the applicant answers the request for reasons on the status page (条例第三十五条).</summary>
    public Task<DomainResult<StepResult>> GiveBulkReasonsAsync(string? number, string? code, string? reasons, CancellationToken cancellationToken = default) =>
        reasons is { Length: > 2000 } ? Task.FromResult<DomainResult<StepResult>>(new FieldTooLongError("Reasons", "理由", 2000))
            : ActAsync(number, code, (r, a) => r.ReceiveBulkReasons(reasons ?? "", a), cancellationToken);

    /// <summary>补正: the applicant submits the corrected application on the status page (条例第三十条).</summary>
    public async Task<DomainResult<StepResult>> SubmitCorrectionAsync(string? number, string? code, RequestForm corrected, CancellationToken cancellationToken = default)
    {
        var information = corrected.InformationOnly();
        if (!information.Succeeded) return DomainResult<StepResult>.Failure(information.Errors);
        return await ActAsync(number, code, (r, a) => r.ReceiveCorrectedApplication(information.Value, null, a), cancellationToken);
    }

    /// <summary>撤回申请 by the applicant.</summary>
    public Task<DomainResult<StepResult>> WithdrawAsync(string? number, string? code, string? reason, CancellationToken cancellationToken = default) =>
        ActAsync(number, code, (r, a) => r.Withdraw(reason, a), cancellationToken);

    private async Task<DomainResult<StepResult>> ActAsync(string? number, string? code,
        Func<DisclosureRequest, Acting, DomainResult<RequestStep>> step, CancellationToken cancellationToken)
    {
        var found = await FindAsync(number, code, track: true, cancellationToken);
        if (found is not var (record, request)) return new RequestLookupFailedError();
        var result = step(request, Acting.By(Actor.Applicant(record.Id.ToString("N")), store.Now));
        if (!result.Succeeded) return DomainResult<StepResult>.Failure(result.Errors);
        store.Append(record, request, result.Value);
        if (await store.SaveAsync(cancellationToken) is { } conflict) return conflict;
        return new StepResult(record.Id, record.Number, record.Status, record.DueDate, result.Value.Event.SummaryZh, result.Value.Warnings);
    }

    private async Task<(DisclosureRequestRecord, DisclosureRequest)?> FindAsync(string? number, string? code, bool track, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(number) || string.IsNullOrWhiteSpace(code)) return null;
        var hash = LookupCodes.Hash(code);
        var query = track ? store.Requests : store.Requests.AsNoTracking();
        // The code finds the request; the number must match too, so a code of one request never opens another.
        var record = await query.SingleOrDefaultAsync(r => r.LookupCodeHash == hash, cancellationToken);
        if (record is null || record.Number != number.Trim()) return null;
        return (record, await store.RebuildAsync(record, cancellationToken));
    }

    // Internal review steps (drafts, approvals, fee proposals) are the agency's working papers, not notices to the applicant.
    private static bool ShownToApplicant(string kind) => kind is not (nameof(ReplyDrafted) or nameof(ReplyApproved) or nameof(ReplyReturned)
        or nameof(FeeProposed) or nameof(FeeApproved) or nameof(FeeRejected) or nameof(ExtensionApproved) or nameof(IdentityChecked));
}
