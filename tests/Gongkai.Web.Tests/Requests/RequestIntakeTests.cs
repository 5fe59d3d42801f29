using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Auditing;
using Gongkai.Data.Requests;
using Gongkai.Services.Access;
using Gongkai.Services.Auditing;
using Gongkai.Services.Requests;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Requests;

/// <summary>Online submission and staff intake, stored on SQLite and PostgreSQL.</summary>
public abstract class RequestIntakeTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private readonly RequestTestKit kit = new(app);

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    [DatabaseFact]
    public async Task OnlineSubmission_IsStoredAwaitingReceipt_WithANumberAndOnlyTheHashOfItsLookupCode()
    {
        var (_, agency) = await kit.AgencyAsync();

        var submitted = (await kit.SubmitAsync(agency, null, new AttachmentUpload("身份证.png", Png, AttachmentPurpose.IdentityCopy))).Value;

        Assert.Equal($"{app.Clock.GetUtcNow().Year}-00001", submitted.Number);
        Assert.Equal(RequestStatus.AwaitingReceiptConfirmation, submitted.Status);
        var record = await kit.WithDbAsync(db => db.Set<DisclosureRequestRecord>().SingleAsync(r => r.Id == submitted.Id));
        Assert.Equal(LookupCodes.Hash(submitted.LookupCode), record.LookupCodeHash);
        Assert.DoesNotContain(submitted.LookupCode.Replace("-", ""), record.LookupCodeHash, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ReceiptChannel.Online, record.Channel);
        Assert.Null(record.ReceivedOn);
        Assert.Equal("1101**********" + RequestTestKit.IdNumber()[^4..], record.IdentityMasked);
        Assert.Equal(1, await kit.EventCountAsync(submitted.Id));
        var attachment = await kit.WithDbAsync(db => db.Set<RequestAttachment>().SingleAsync(a => a.RequestId == submitted.Id));
        Assert.Equal("image/png", attachment.MediaType);
    }

    [DatabaseFact]
    public async Task TheAuditLog_RecordsPersonalDataOnlyByDigest()
    {
        var (_, agency) = await kit.AgencyAsync();
        var submitted = (await kit.SubmitAsync(agency)).Value;

        var changes = await kit.WithDbAsync(db => db.AuditEntries.Where(e => e.RecordId == submitted.Id.ToString() || e.RecordType == nameof(RequestEventRecord))
            .Select(e => e.Changes).ToListAsync());

        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.DoesNotContain(RequestTestKit.IdNumber(), c));
        Assert.All(changes, c => Assert.DoesNotContain("13800000000", c));
        Assert.Contains(changes, c => c.Contains("personal sha256:"));
    }

    [DatabaseFact]
    public async Task InvalidApplication_ReportsEveryProblem_AndStoresNothing()
    {
        var (_, agency) = await kit.AgencyAsync();
        var form = RequestTestKit.PersonForm();
        form.IdentityNumber = "110105199003071230";
        form.Phone = null;
        form.Title = null;
        form.Delivery = null;

        var result = await kit.SubmitAsync(agency, form);

        Assert.Equal(["contact-missing", "delivery-method-missing", "identity-document-invalid", "information-not-described"],
            result.Errors.Select(e => e.Code).Order(StringComparer.Ordinal));
        Assert.Equal(0, await kit.RequestCountAsync(agency));
    }

    [DatabaseFact]
    public async Task DisguisedOrOversizedAttachment_IsRefused_AndNothingIsStored()
    {
        var (_, agency) = await kit.AgencyAsync();
        var executable = Encoding.ASCII.GetBytes("MZ\u0090\u0000 this is not a PDF");

        var disguised = await kit.SubmitAsync(agency, null, new AttachmentUpload("委托书.pdf", executable));
        var oversized = await kit.SubmitAsync(agency, null, new AttachmentUpload("扫描件.pdf", [.. "%PDF-1.7\n"u8, .. new byte[6 * 1024 * 1024]]));

        Assert.Equal("attachment-type-rejected", Assert.Single(disguised.Errors).Code);
        Assert.Equal("attachment-too-large", Assert.Single(oversized.Errors).Code);
        Assert.Equal(0, await kit.RequestCountAsync(agency));
    }

    [DatabaseFact]
    public async Task MarkupInTextFields_IsStoredAsTyped()
    {
        var (_, agency) = await kit.AgencyAsync();
        const string title = "<script>alert('x')</script>关于<b>某事</b>的文件";

        var submitted = (await kit.SubmitAsync(agency, RequestTestKit.PersonForm(title))).Value;

        Assert.Equal(title, await kit.WithDbAsync(db => db.Set<DisclosureRequestRecord>().Where(r => r.Id == submitted.Id).Select(r => r.Title).SingleAsync()));
    }

    [DatabaseFact]
    public async Task StaffIntake_InPerson_IsReceivedTheDayHandedIn_ButALetterWaitsForConfirmation()
    {
        var (_, agency) = await kit.AgencyAsync();
        var today = kit.App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Date;
        var handedIn = DateOnly.FromDateTime(today).AddDays(-1);

        var visit = (await kit.RegisterAsync(RequestTestKit.Clerk(agency), new StaffIntake(ReceiptChannel.InPerson, handedIn))).Value;
        var letter = (await kit.RegisterAsync(RequestTestKit.Clerk(agency), new StaffIntake(ReceiptChannel.Letter, handedIn))).Value;
        var email = (await kit.RegisterAsync(RequestTestKit.Clerk(agency), new StaffIntake(ReceiptChannel.Email, handedIn))).Value;

        Assert.Equal(RequestStatus.Open, visit.Status);
        Assert.Equal(handedIn, await kit.WithDbAsync(db => db.Set<DisclosureRequestRecord>().Where(r => r.Id == visit.Id).Select(r => r.ReceivedOn).SingleAsync()));
        Assert.Equal(RequestStatus.AwaitingReceiptConfirmation, letter.Status);
        Assert.Equal(RequestStatus.AwaitingReceiptConfirmation, email.Status);
        Assert.Equal(handedIn, await kit.WithDbAsync(db => db.Set<DisclosureRequestRecord>().Where(r => r.Id == email.Id).Select(r => r.ArrivedOn).SingleAsync()));
        var confirmed = await kit.StepAsync(RequestTestKit.Clerk(agency), letter.Id, new ConfirmReceipt());
        Assert.Contains(confirmed.Value.Warnings, w => w.Kind == RequestWarningKind.LetterConfirmedAfterArrival);
    }

    [DatabaseFact]
    public async Task StaffIntake_NeedsAClerkOfTheAgency()
    {
        var (_, agency) = await kit.AgencyAsync();
        var (_, other) = await kit.AgencyAsync();

        var reviewer = await kit.RegisterAsync(Gongkai.Services.Access.StaffScope.ForAgency(agency, Gongkai.Services.Access.AccountRole.ConfidentialityReviewer),
            new StaffIntake(ReceiptChannel.InPerson, null));
        var stranger = await kit.RegisterAsync(RequestTestKit.Clerk(other), new StaffIntake(ReceiptChannel.InPerson, null));

        Assert.Equal("request-step-forbidden", reviewer.Error!.Code);
        Assert.True(stranger.Succeeded);
        Assert.Equal(0, await kit.RequestCountAsync(agency));
    }

    [DatabaseFact]
    public async Task TwoHundredConcurrentSubmissions_GetTwoHundredDistinctNumbersWithoutGaps()
    {
        var (_, agency) = await kit.AgencyAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => kit.SubmitAsync(agency))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.MessageEn));
        var sequences = await kit.WithDbAsync(db => db.Set<DisclosureRequestRecord>().Where(r => r.AgencyId == agency).Select(r => r.Sequence).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 200), sequences.Order());
        Assert.Equal(200, results.Select(r => r.Value.Number).Distinct().Count());
        Assert.True((await kit.WithAsync<Gongkai.Services.Auditing.AuditLog, bool>(async log => (await log.VerifyAsync()).Intact)));
    }

    [DatabaseFact]
    public async Task ConcurrentIntakeByTwoClerks_StoredInSharedTransactions_IsAuditedAsEachRequestsOwnClerk()
    {
        var (_, agency) = await kit.AgencyAsync();
        var clerks = new[] { app.CreateStaffClient(agency, AccountRole.Clerk), app.CreateStaffClient(agency, AccountRole.Clerk) };

        var created = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            var response = await clerks[i % 2].PostAsJsonAsync("/api/v1/requests/intake", new { channel = "InPerson", form = RequestTestKit.PersonForm($"第{i}件") });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (Clerk: i % 2, Id: JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid());
        })));

        var ids = created.Select(c => c.Id).ToList();
        var events = await kit.WithDbAsync(db => db.Set<RequestEventRecord>().Where(e => ids.Contains(e.RequestId)).Select(e => new { e.Id, e.RequestId }).ToListAsync());
        var actors = await kit.WithAsync<AuditLog, List<(int Clerk, string Request, string Event)>>(async log =>
        {
            var found = new List<(int, string, string)>();
            foreach (var (clerk, id) in created)
            {
                var request = Assert.Single(await log.SearchAsync(new AuditQuery(RecordId: id.ToString()))).Actor;
                var e = Assert.Single(events, e => e.RequestId == id);
                found.Add((clerk, request, Assert.Single(await log.SearchAsync(new AuditQuery(RecordId: e.Id.ToString()))).Actor));
            }
            return found;
        });
        // Each clerk's 20 requests and their events name that clerk, whichever request's transaction stored them.
        Assert.All(actors, a => Assert.Equal(a.Request, a.Event));
        Assert.All(actors.GroupBy(a => a.Clerk), g => Assert.Single(g.Select(a => a.Request).Distinct()));
        Assert.Equal(2, actors.Select(a => a.Request).Distinct().Count());
        Assert.DoesNotContain(actors, a => a.Request is "system" or "anonymous");
        Assert.Equal(Enumerable.Range(1, 40), (await kit.WithDbAsync(db => db.Set<DisclosureRequestRecord>().Where(r => r.AgencyId == agency).Select(r => r.Sequence).ToListAsync())).Order());
        Assert.True((await kit.WithAsync<AuditLog, bool>(async log => (await log.VerifyAsync()).Intact)));
    }
}

public sealed class SqliteRequestIntakeTests(SqliteAppFixture app) : RequestIntakeTests<SqliteAppFixture>(app);

public sealed class PostgresRequestIntakeTests(PostgresAppFixture app) : RequestIntakeTests<PostgresAppFixture>(app);
