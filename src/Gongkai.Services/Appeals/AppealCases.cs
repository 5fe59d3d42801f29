using Gongkai.Core;
using Gongkai.Core.Appeals;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Appeals;
using Gongkai.Data.Persistence;
using Gongkai.Data.Requests;
using Gongkai.Services.Access;
using Gongkai.Services.Reporting;
using Gongkai.Services.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Appeals;

/// <summary>
/// 复议、诉讼案件登记: filing and concluding the reconsideration and litigation cases caused by an agency's disclosure work
/// (条例第五十一条). Core's <see cref="AppealCase"/> decides every step; this class loads, checks the caller's scope and the
/// reporting-period lock, and saves (audited). A case concerns a received request of the same agency; a 纠正 decision that orders a
/// new answer opens the linked new request in the same unit of work (report-format.md §4.3).
/// </summary>
public sealed class AppealCases(
    GongkaiDbContext db, TimeProvider clock, ReportingPeriodLock periodLock, AppealOutcomeMapping mapping, RequestRulesProvider rules)
{
    public async Task<DomainResult<AppealCaseView>> FileAsync(StaffScope scope, NewAppealCase input, CancellationToken cancellationToken = default)
    {
        if (!scope.CanRead(input.AgencyId)) return new AgencyRecordsNotFoundError(input.AgencyId);
        if (!scope.CanWrite(input.AgencyId)) return new AppealChangeNotAllowedError();
        if (!Enum.IsDefined(input.Kind)) return new AppealValueUnknownError("案件类别");
        var number = input.RequestNumber?.Trim() ?? "";
        if (number.Length == 0) return new AppealRequestNumberMissingError();
        if (number.Length > AppealCaseRecord.MaxRequestNumberLength) return new AppealFieldTooLongError("申请编号", AppealCaseRecord.MaxRequestNumberLength);
        if (input.CaseNumber?.Trim().Length > AppealCaseRecord.MaxCaseNumberLength) return new AppealFieldTooLongError("案号", AppealCaseRecord.MaxCaseNumberLength);
        if (await periodLock.EnsureOpenAsync(input.AgencyId, input.FiledOn, cancellationToken) is { } locked) return locked;
        // The stored request is authoritative for its number and received date; the typed ones only help the clerk find it. An
        // application never confirmed can be appealed too (the agency's inaction): its arrival stands in for the received date.
        var request = await db.Set<DisclosureRequestRecord>().AsNoTracking()
            .Where(r => r.Id == input.RequestId && r.AgencyId == input.AgencyId)
            .Select(r => new { r.Number, r.ReceivedOn, r.ArrivedOn }).FirstOrDefaultAsync(cancellationToken);
        if (request is null) return new AppealRequestNotFoundError(input.RequestId);
        var receivedOn = request.ReceivedOn ?? request.ArrivedOn;

        var acting = Acting(scope).Dated(input.FiledOn);
        var filed = AppealCase.File(AppealCaseId.New(), input.Kind, new RequestId(input.RequestId), receivedOn, input.CaseNumber, acting);
        if (!filed.Succeeded) return DomainResult<AppealCaseView>.Failure(filed.Errors);
        var record = new AppealCaseRecord(input.AgencyId, request.Number, receivedOn, filed.Value.Case);
        db.AppealCases.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return AppealCaseView.From(record);
    }

    /// <summary>
    /// Records the decision. When it orders a new answer, the new request linked to the original is opened in the same transaction
    /// (received the day the decision reached the agency, numbered and counted in that year — report-format.md §4.3): the decision
    /// and its consequence are stored together or not at all. Both dates must lie in periods that are not locked; the original
    /// request is not changed, so its published year may stay locked.
    /// </summary>
    public async Task<DomainResult<ConcludedAppeal>> ConcludeAsync(StaffScope scope, Guid caseId, AppealConclusion input,
        CancellationToken cancellationToken = default)
    {
        var record = await db.AppealCases.FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (record is null || !scope.CanRead(record.AgencyId)) return new AppealCaseNotFoundError(caseId);
        if (!scope.CanWrite(record.AgencyId)) return new AppealChangeNotAllowedError();
        if (!Enum.IsDefined(input.Decision)) return new AppealValueUnknownError("决定");
        if (await periodLock.EnsureOpenAsync(record.AgencyId, input.ConcludedOn, cancellationToken) is { } locked) return locked;
        if (input.OrdersNewAnswer && input.DecisionReceivedOn is { } receivedOn
            && await periodLock.EnsureOpenAsync(record.AgencyId, receivedOn, cancellationToken) is { } receivedLocked) return receivedLocked;

        var step = record.ToCase().Conclude(input.Decision, input.OrdersNewAnswer, input.DecisionReceivedOn, input.DueDateSetByDecision,
            mapping, Acting(scope).Dated(input.ConcludedOn));
        if (!step.Succeeded) return DomainResult<ConcludedAppeal>.Failure(step.Errors);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        OpenedRequest? opened = null;
        if (step.Value.Reopen is { } reopen)
        {
            var store = new RequestStore(db, clock, rules);
            var result = await RequestReopening.OpenAsync(store, scope, record.AgencyId, reopen, cancellationToken);
            if (!result.Succeeded) return DomainResult<ConcludedAppeal>.Failure(result.Errors);
            opened = result.Value;
        }
        record.Record((AppealConcluded)step.Value.Event);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ConcludedAppeal(AppealCaseView.From(record), step.Value.Reopen, opened);
    }

    public async Task<DomainResult<AppealCaseView>> FindAsync(StaffScope scope, Guid caseId, CancellationToken cancellationToken = default)
    {
        var record = await db.AppealCases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return record is null || !scope.CanRead(record.AgencyId) ? new AppealCaseNotFoundError(caseId) : AppealCaseView.From(record);
    }

    /// <summary>The agency's cases counted in table 四 of <paramref name="year"/> (or every case when null), newest filing first.</summary>
    public async Task<DomainResult<IReadOnlyList<AppealCaseView>>> ListAsync(StaffScope scope, Guid agencyId, int? year,
        CancellationToken cancellationToken = default)
    {
        if (!scope.ReadableAgencyIds.Any(scope.CanRead)) return new AppealRecordsNotReadableError();
        if (!scope.CanRead(agencyId)) return new AgencyRecordsNotFoundError(agencyId);
        var query = db.AppealCases.AsNoTracking().Where(c => c.AgencyId == agencyId);
        if (year is { } y) query = AppealTableQuery.CountedIn(query, y);
        var rows = await query.ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.FiledOn).ThenBy(r => r.Id).Select(AppealCaseView.From).ToList();
    }

    /// <summary>
    /// The cases behind one cell of table 四 (<c>t4.a2</c>, <c>t4.b5</c> …) of (agency, year): the drill-down from the report workspace.
    /// </summary>
    public async Task<DomainResult<IReadOnlyList<AppealCaseView>>> ListForCellAsync(StaffScope scope, Guid agencyId, int year, string cellId,
        CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(scope, agencyId, year, cancellationToken);
        if (!all.Succeeded) return all;
        var column = cellId.StartsWith("t4.", StringComparison.Ordinal) ? cellId[3..] : cellId;
        return all.Value.Where(c => AppealTableQuery.CellsOf(c.Kind, c.ConcludedOn, c.Result, year).Contains(column)).ToList();
    }

    private Acting Acting(StaffScope scope) =>
        Core.Requests.Workflow.Acting.Now(Actor.Staff(ReportingPeriodLock.Actor(scope), scope.WorkflowRoles), clock);
}
