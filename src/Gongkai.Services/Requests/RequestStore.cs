using Gongkai.Core;
using Gongkai.Core.Calendar;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Persistence;
using Gongkai.Data.Requests;
using Gongkai.Services.Access;
using Gongkai.Services.LegalTime;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Requests;

/// <summary>
/// The working-day calendar and procedure settings requests are handled under (one set for the installation). The calendar is
/// the operator's (<see cref="OperatorCalendar"/>: shipped schedule plus imported files), so a newly imported year or local day
/// changes every deadline computed after the next refresh.
/// </summary>
public sealed class RequestRulesProvider
{
    private readonly Func<WorkingDayCalendar> _calendar;
    private RequestRules _rules = RequestRules.Default;

    /// <summary>Rules on the shipped calendar only (tools and tests without a data directory).</summary>
    public RequestRulesProvider() : this(() => WorkingDayCalendar.Default)
    {
    }

    public RequestRulesProvider(OperatorCalendar calendar) : this(() => calendar.Current)
    {
    }

    private RequestRulesProvider(Func<WorkingDayCalendar> calendar) => _calendar = calendar;

    public RequestRules Rules
    {
        get
        {
            var calendar = _calendar();
            var rules = _rules;
            if (!ReferenceEquals(rules.Calendar, calendar)) _rules = rules = rules with { Calendar = calendar };
            return rules;
        }
    }
}

/// <summary>
/// Loads a request's row and rebuilds its Core aggregate from the stored events; appends the event of a step and refreshes
/// the row's projection. Every use case saves once, so a refused or failed step leaves nothing behind.
/// </summary>
internal sealed class RequestStore(GongkaiDbContext db, TimeProvider clock, RequestRulesProvider rules)
{
    public GongkaiDbContext Db => db;
    public RequestRules Rules => rules.Rules;
    public DateTimeOffset Now => clock.GetUtcNow();
    public DateOnly Today => Acting.By(Actor.System, Now).On;

    public IQueryable<DisclosureRequestRecord> Requests => db.Set<DisclosureRequestRecord>();

    public async Task<(DisclosureRequestRecord Record, DisclosureRequest Request)?> LoadAsync(Guid id, bool track, CancellationToken cancellationToken)
    {
        var query = track ? Requests : Requests.AsNoTracking();
        var record = await query.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null) return null;
        return (record, await RebuildAsync(record, cancellationToken));
    }

    public async Task<DisclosureRequest> RebuildAsync(DisclosureRequestRecord record, CancellationToken cancellationToken)
    {
        var events = await db.Set<RequestEventRecord>().AsNoTracking()
            .Where(e => e.RequestId == record.Id).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return DisclosureRequest.FromHistory(events.Select(e => e.ToEvent()), rules.Rules);
    }

    public async Task<IReadOnlyList<RequestEventRecord>> EventsAsync(Guid requestId, CancellationToken cancellationToken) =>
        await db.Set<RequestEventRecord>().AsNoTracking().Where(e => e.RequestId == requestId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);

    /// <summary>Records the step's event (already applied to <paramref name="request"/>) and refreshes the row.</summary>
    public void Append(DisclosureRequestRecord record, DisclosureRequest request, RequestStep step)
    {
        db.Add(new RequestEventRecord(record.Id, request.History.Count, step.Event));
        record.Project(request, DueDateOf(request), Now);
    }

    /// <summary>The binding due date while the reply clock can run; none before receipt, while awaiting a correction, or after the end.</summary>
    public static DateOnly? DueDateOf(DisclosureRequest request) =>
        request.Status == RequestStatus.Open && request.Deadline() is { Succeeded: true } deadline ? deadline.Value.DueDate : null;

    /// <summary>Saves the unit of work; a concurrent step on the same request (same event number) is a conflict, not a crash.</summary>
    public async Task<DomainError?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return new RequestChangedConcurrentlyError();
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<RequestEventRecord>().Any(e => e.State == EntityState.Added)
                                        && db.ChangeTracker.Entries<DisclosureRequestRecord>().All(e => e.State != EntityState.Added))
        {
            // The unique (request, sequence) index refused an event another node appended first.
            return new RequestChangedConcurrentlyError();
        }
    }

    /// <summary>404 for a request the caller may not see; 403 when it may see it but not do this step.</summary>
    public static DomainError? CheckStep(StaffScope scope, Guid agencyId, StaffRole required)
    {
        if (!scope.CanRead(agencyId) && !scope.CanWrite(agencyId)) return new RequestNotFoundError();
        if (!scope.CanWrite(agencyId) || (scope.WorkflowRoles & required) != required) return new RequestStepForbiddenError(required);
        return null;
    }

    public static Actor ActorOf(StaffScope scope) => Actor.Staff(scope.AccountId.ToString(), scope.WorkflowRoles);
}
