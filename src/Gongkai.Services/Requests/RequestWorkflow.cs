using Gongkai.Core;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Persistence;
using Gongkai.Data.Requests;
using Gongkai.Services.Access;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Requests;

/// <summary>The result of a step: where the request stands now, and the warnings Core recorded (late notice, late reply …).</summary>
public sealed record StepResult(Guid RequestId, string Number, RequestStatus Status, DateOnly? DueDate, string SummaryZh, IReadOnlyList<RequestWarning> Warnings);

/// <summary>
/// 办理: every staff step of the request workflow (<see cref="RequestCommand"/>). Load → Core decides → save once. A request of
/// another agency is "not found"; a missing role is refused before Core is asked; Core's refusals come back as its named errors;
/// nothing is written unless the step succeeds.
/// </summary>
public sealed class RequestWorkflow
{
    private readonly RequestStore store;

    public RequestWorkflow(GongkaiDbContext db, TimeProvider clock, RequestRulesProvider rules) => store = new RequestStore(db, clock, rules);

    public async Task<DomainResult<StepResult>> ApplyAsync(StaffScope scope, Guid requestId, RequestCommand command, CancellationToken cancellationToken = default)
    {
        var loaded = await store.LoadAsync(requestId, track: true, cancellationToken);
        if (loaded is not var (record, request)) return new RequestNotFoundError();
        if (RequestStore.CheckStep(scope, record.AgencyId, command.RequiredRole) is { } refused) return refused;

        var context = await ContextAsync(record, command, cancellationToken);
        if (!context.Succeeded) return DomainResult<StepResult>.Failure(context.Errors);
        var acting = Acting.By(RequestStore.ActorOf(scope), store.Now);
        if (command.On is { } on) acting = acting.Dated(on);
        var step = command.Execute(request, acting, context.Value);
        if (!step.Succeeded) return DomainResult<StepResult>.Failure(step.Errors);

        store.Append(record, request, step.Value);
        if (step.Value.Event is ReplyReleased released)
            await ReplyLetterDesk.IssueAsync(store.Db, record, request, released.Stamp.On, cancellationToken);
        if (await store.SaveAsync(cancellationToken) is { } conflict) return conflict;
        return new StepResult(record.Id, record.Number, record.Status, record.DueDate, step.Value.Event.SummaryZh, step.Value.Warnings);
    }

    private async Task<DomainResult<StepContext>> ContextAsync(DisclosureRequestRecord record, RequestCommand command, CancellationToken cancellationToken)
    {
        RequestId? repeatOf = null;
        var repeatOfNumber = command switch
        {
            DraftReply d => d.RepeatOfNumber,
            FindBulkRequestRepeated f => f.RepeatOfNumber,
            _ => null,
        };
        if (repeatOfNumber is { Length: > 0 } number)
        {
            var trimmed = number.Trim();
            var earlier = await store.Requests.AsNoTracking()
                .Where(r => r.AgencyId == record.AgencyId && r.Number == trimmed).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken);
            if (earlier is null) return new RepeatedRequestNotFoundError(trimmed);
            repeatOf = new RequestId(earlier.Value);
        }
        var pieces = 0;
        if (command is ProposeFee && record.ReceivedOn is { } received)
        {
            // 办法第四条: the applicant's applications received earlier in the same calendar month at this agency.
            var monthStart = new DateOnly(received.Year, received.Month, 1);
            pieces = await store.Requests.AsNoTracking().CountAsync(r =>
                r.AgencyId == record.AgencyId && r.Id != record.Id && r.IdentityType == record.IdentityType && r.IdentityNumber == record.IdentityNumber
                && r.ReceivedOn >= monthStart && (r.ReceivedOn < received || r.ReceivedOn == received && r.Sequence < record.Sequence && r.Year == record.Year),
                cancellationToken);
        }
        return new StepContext(pieces, repeatOf);
    }
}
