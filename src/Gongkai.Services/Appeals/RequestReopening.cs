using Gongkai.Core;
using Gongkai.Core.Appeals;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Requests;
using Gongkai.Services.Access;
using Gongkai.Services.Requests;

namespace Gongkai.Services.Appeals;

/// <summary>
/// The new request a 纠正 decision ordering a new answer opened (report-format.md §4.3): its number, the lookup code for the
/// applicant (shown once, never stored in clear), its received date and due date.
/// </summary>
public sealed record OpenedRequest(Guid Id, string Number, string LookupCode, DateOnly ReceivedOn, DateOnly? DueDate);

/// <summary>
/// 重新答复: opens the request Core's <see cref="DisclosureRequest.Reopen"/> describes — same applicant and content as the concluded
/// original, received the day the decision reached the agency. It is numbered in the year of that day, so it belongs to the
/// decision's year (r1 there) while the original, whose year may be published and locked, is not touched and keeps its outcome.
/// Runs inside the caller's transaction (the request number is taken there) and adds to the caller's unit of work.
/// </summary>
internal static class RequestReopening
{
    public static async Task<DomainResult<OpenedRequest>> OpenAsync(
        RequestStore store, StaffScope scope, Guid agencyId, ReopenedRequest instruction, CancellationToken cancellationToken)
    {
        var loaded = await store.LoadAsync(instruction.OriginalRequestId.Value, track: false, cancellationToken);
        if (loaded is not var (originalRecord, original) || originalRecord.AgencyId != agencyId)
            return new AppealRequestNotFoundError(instruction.OriginalRequestId.Value);

        var id = Guid.CreateVersion7(store.Now);
        var acting = Acting.By(RequestStore.ActorOf(scope), store.Now);
        var reopened = DisclosureRequest.Reopen(original, instruction, new RequestId(id), acting, store.Rules);
        if (!reopened.Succeeded) return DomainResult<OpenedRequest>.Failure(reopened.Errors);

        var code = LookupCodes.New();
        var year = instruction.DecisionReceivedOn.Year;
        var sequence = await RequestNumbering.NextAsync(store.Db, agencyId, year, cancellationToken);
        var record = new DisclosureRequestRecord(id, agencyId, year, sequence, LookupCodes.Hash(code), store.Now);
        store.Db.Add(record);
        store.Append(record, reopened.Value.Request, reopened.Value.Step);
        return new OpenedRequest(id, record.Number, code, instruction.DecisionReceivedOn, record.DueDate);
    }
}
