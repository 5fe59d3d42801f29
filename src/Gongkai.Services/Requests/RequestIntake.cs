using System.Runtime.CompilerServices;
using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Agencies;
using Gongkai.Data.Auditing;
using Gongkai.Data.Requests;
using Gongkai.Services.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;

namespace Gongkai.Services.Requests;

/// <summary>The number and the secret lookup code of a new request (the code is shown once and never stored in clear).</summary>
/// <param name="AgencyName">The name of the agency applied to, for the confirmation (read with the check that it takes applications).</param>
public sealed record SubmittedRequest(
    Guid Id, Guid AgencyId, string Number, string LookupCode, RequestStatus Status, IReadOnlyList<RequestWarning> Warnings, string AgencyName);

/// <summary>How a clerk records an application that came by letter, in person, by post, fax or e-mail.</summary>
/// <param name="On">
/// The channel's date: 当面 the day handed in, 邮寄 the day signed for, 平常信函 the day it arrived, 传真/电子邮件 the day it was sent
/// (条例第三十一条). Null = today.
/// </param>
public sealed record StaffIntake(ReceiptChannel Channel, DateOnly? On);

/// <summary>
/// 受理登记: a new request — online from the portal (no account) or recorded by a clerk. Validates the form and attachments,
/// lets Core register it (which decides the received date by channel), then stores row, event and attachments in one transaction
/// that also takes the next number of the agency and year — shared with the submissions arriving meanwhile (<see cref="IntakeGroupCommit"/>).
/// </summary>
public sealed class RequestIntake
{
    private readonly RequestStore store;
    private readonly RequestAttachmentOptions attachmentOptions;

    internal RequestIntake(RequestStore store, RequestAttachmentOptions attachmentOptions)
    {
        this.store = store;
        this.attachmentOptions = attachmentOptions;
    }

    public RequestIntake(Data.Persistence.GongkaiDbContext db, TimeProvider clock, RequestRulesProvider rules, IOptions<RequestAttachmentOptions> options)
        : this(new RequestStore(db, clock, rules), options.Value)
    {
    }

    /// <summary>互联网渠道: an anonymous online application; it waits for the office to confirm receipt (条例第三十一条第三项).</summary>
    public async Task<DomainResult<SubmittedRequest>> SubmitOnlineAsync(
        Guid agencyId, RequestForm form, IReadOnlyList<AttachmentUpload> attachments, CancellationToken cancellationToken = default)
    {
        if (await AgencyTakingApplicationsAsync(agencyId, cancellationToken) is not { } agencyName) return new ApplicationAgencyNotFoundError();
        var id = Guid.CreateVersion7(store.Now);
        return await RegisterAsync(agencyId, agencyName, id, form, attachments, ReceiptChannel.Online,
            Acting.By(Actor.Applicant(id.ToString("N")), store.Now), null, cancellationToken);
    }

    /// <summary>A clerk records an application received by letter, visit, post, fax or e-mail (each channel's received-date rule is Core's).</summary>
    public async Task<DomainResult<SubmittedRequest>> RegisterAsync(
        StaffScope scope, StaffIntake intake, RequestForm form, IReadOnlyList<AttachmentUpload> attachments, CancellationToken cancellationToken = default)
    {
        var agencyId = scope.HomeAgencyId;
        if (RequestStore.CheckStep(scope, agencyId, StaffRole.Clerk) is { } refused) return refused;
        if (await AgencyTakingApplicationsAsync(agencyId, cancellationToken) is not { } agencyName) return new ApplicationAgencyNotFoundError();
        var acting = Acting.By(RequestStore.ActorOf(scope), store.Now);
        var on = intake.On ?? acting.On;
        DateTimeOffset? submittedAt = null;
        // Fax and e-mail arrive on the day sent; Core reads that day from the submission time.
        if (intake.Channel is ReceiptChannel.Fax or ReceiptChannel.Email)
        {
            var startOfDay = new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), Core.Calendar.ChinaStandardTime.Offset);
            submittedAt = (startOfDay > store.Now ? store.Now : startOfDay).ToUniversalTime();
        }
        else acting = acting.Dated(on);
        return await RegisterAsync(agencyId, agencyName, Guid.CreateVersion7(store.Now), form, attachments, intake.Channel, acting, submittedAt, cancellationToken);
    }

    private async Task<DomainResult<SubmittedRequest>> RegisterAsync(
        Guid agencyId, string agencyName, Guid id, RequestForm form, IReadOnlyList<AttachmentUpload> attachments, ReceiptChannel channel, Acting acting,
        DateTimeOffset? submittedAt, CancellationToken cancellationToken)
    {
        var valid = form.Validate(store.Today);
        var files = AttachmentCheck.Run(attachments, attachmentOptions);
        if (!valid.Succeeded || !files.Succeeded)
            return DomainResult<SubmittedRequest>.Failure([.. valid.Errors, .. files.Errors]);

        var registered = DisclosureRequest.Register(new RequestId(id), valid.Value.Applicant, valid.Value.Information, channel, acting, store.Rules, submittedAt);
        if (!registered.Succeeded) return DomainResult<SubmittedRequest>.Failure(registered.Errors);
        var request = registered.Value.Request;
        var code = LookupCodes.New();
        var year = store.Today.Year;
        var now = store.Now;
        // Everything but the number is built here, outside the write transaction: the event's JSON, the due date, the checked
        // files and who the audit log names. The transaction (shared with submissions arriving meanwhile) only numbers and writes.
        var prepared = new PreparedIntake(id, agencyId, year, LookupCodes.Hash(code), request, RequestStore.DueDateOf(request),
            new RequestEventRecord(id, request.History.Count, registered.Value.Step.Event), files.Value, now, AuditActorSnapshot.Of(store.Db.AuditActor));
        cancellationToken.ThrowIfCancellationRequested();
        var sequence = await IntakeGroupCommit.StoreAsync(store.Db, prepared);
        return new SubmittedRequest(id, agencyId, DisclosureRequestRecord.FormatNumber(year, sequence), code, request.Status, registered.Value.Step.Warnings, agencyName);
    }

    /// <summary>The agency's name when it takes applications (every agency but a region), else null: the application form's heading.</summary>
    public Task<string?> AgencyTakingApplicationsAsync(Guid agencyId, CancellationToken cancellationToken = default) =>
        AgencyTakingApplications.GetValue(store.Db.Model, _ => CompileAgencyTakingApplications())(store.Db, agencyId, cancellationToken);

    // Compiled once per model (EF Core runs a compiled query only with the model it was compiled for; the SQLite and the
    // PostgreSQL context each have their own): the form (GET) and every submission (POST) ask this, and translating the LINQ
    // expression each time — its parameters extracted, its cache key hashed — cost more CPU than running the query.
    private static readonly ConditionalWeakTable<IModel, Func<Data.Persistence.GongkaiDbContext, Guid, CancellationToken, Task<string?>>> AgencyTakingApplications = [];

    private static Func<Data.Persistence.GongkaiDbContext, Guid, CancellationToken, Task<string?>> CompileAgencyTakingApplications() =>
        EF.CompileAsyncQuery((Data.Persistence.GongkaiDbContext db, Guid agencyId, CancellationToken _) =>
            db.Set<Agency>().AsNoTracking().Where(a => a.Id == agencyId && a.Level != AgencyLevel.Region).Select(a => a.Name).FirstOrDefault());
}
