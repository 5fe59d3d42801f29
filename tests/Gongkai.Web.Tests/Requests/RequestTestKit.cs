using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Core.Identifiers;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Data.Persistence;
using Gongkai.Data.Requests;
using Gongkai.Services.Access;
using Gongkai.Services.Agencies;
using Gongkai.Services.Requests;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Requests;

/// <summary>Builders for request tests: an agency, a valid application, and the services called as the app calls them.</summary>
public sealed class RequestTestKit(GongkaiAppFixture app)
{
    public GongkaiAppFixture App => app;

    public static string IdNumber(string body17 = "11010519900307123") => body17 + ResidentIdNumber.CheckCharacter(body17);

    public static string CreditCode(string body17) => body17 + UnifiedSocialCreditCode.CheckCharacter(body17);

    public static RequestForm PersonForm(string title = "2023年度区级财政预算执行情况", string? id = null) => new()
    {
        ApplicantKind = ApplicantKind.NaturalPerson,
        Name = "张三",
        IdentityType = "resident-id",
        IdentityNumber = id ?? IdNumber(),
        Phone = "13800000000",
        Title = title,
        Form = InformationForm.Electronic,
        Delivery = DeliveryMethod.Online,
    };

    /// <summary>A new department under a new region; returns (region, agency).</summary>
    public async Task<(Guid Region, Guid Agency)> AgencyAsync()
    {
        await using var scope = app.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<AgencyDirectory>();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var region = await directory.AddAsync(new NewAgency(null, new AgencyInput($"测试区{suffix}", null, "region", null, null, DisclosureOfficeContact.None)));
        var code = CreditCode("11110000" + Random.Shared.NextInt64(100_000_000, 999_999_999));
        var agency = await directory.AddAsync(new NewAgency(region.Value.Name, new AgencyInput($"测试局{suffix}", code, "department", null, null, DisclosureOfficeContact.None)));
        Assert.True(agency.Succeeded, agency.Error?.MessageEn);
        return (region.Value.Id, agency.Value.Id);
    }

    public static StaffScope Clerk(Guid agency) => StaffScope.ForAgency(agency, AccountRole.Clerk);

    /// <summary>All four work roles at once, for setting a request up quickly.</summary>
    public static StaffScope Everyone(Guid agency) => StaffScope.ForAgency(agency, AccountRole.Clerk, AccountRole.ConfidentialityReviewer,
        AccountRole.ApprovingLeader, AccountRole.DisclosureOfficeHead);

    public async Task<DomainResult<SubmittedRequest>> SubmitAsync(Guid agency, RequestForm? form = null, params AttachmentUpload[] files)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RequestIntake>().SubmitOnlineAsync(agency, form ?? PersonForm(), files);
    }

    public async Task<DomainResult<SubmittedRequest>> RegisterAsync(StaffScope staff, StaffIntake intake, RequestForm? form = null)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RequestIntake>().RegisterAsync(staff, intake, form ?? PersonForm(), []);
    }

    public async Task<DomainResult<StepResult>> StepAsync(StaffScope staff, Guid request, RequestCommand command)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RequestWorkflow>().ApplyAsync(staff, request, command);
    }

    /// <summary>Applies steps that must succeed.</summary>
    public async Task StepsAsync(StaffScope staff, Guid request, params RequestCommand[] commands)
    {
        foreach (var command in commands)
        {
            var result = await StepAsync(staff, request, command);
            Assert.True(result.Succeeded, $"{command.Name}: {result.Error?.Code} {result.Error?.MessageZh}");
        }
    }

    /// <summary>A received online request (submitted and confirmed).</summary>
    public async Task<SubmittedRequest> ReceivedAsync(Guid agency, RequestForm? form = null)
    {
        var submitted = (await SubmitAsync(agency, form)).Value;
        await StepsAsync(Clerk(agency), submitted.Id, new ConfirmReceipt());
        return submitted;
    }

    public async Task<T> WithDbAsync<T>(Func<GongkaiDbContext, Task<T>> query)
    {
        await using var scope = app.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>());
    }

    public Task<int> EventCountAsync(Guid request) => WithDbAsync(db => db.Set<RequestEventRecord>().CountAsync(e => e.RequestId == request));

    public Task<int> RequestCountAsync(Guid agency) => WithDbAsync(db => db.Set<DisclosureRequestRecord>().CountAsync(r => r.AgencyId == agency));

    public async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> use) where TService : notnull
    {
        await using var scope = app.CreateScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private static readonly Outcome[] ReplyOutcomes =
        [.. Outcomes.All.Where(o => o.ByReply && o.Outcome is not (Outcome.StillUnclearAfterCorrection or Outcome.RepeatedRequest)).Select(o => o.Outcome)];

    /// <summary>
    /// Requests received by staff over 2022–2023 with random applicant kinds; of those whose next step falls before today, a
    /// quarter stay open, a quarter are withdrawn and half are answered with a random reply outcome through both approvals.
    /// </summary>
    /// <returns>The ids of every request registered, in order.</returns>
    public async Task<List<Guid>> RandomRequestsAsync(Guid agency, Random random, int count)
    {
        var clerk = Everyone(agency);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var kinds = Enum.GetValues<ApplicantKind>();
        var ids = new List<Guid>();
        for (int i = 0; i < count; i++)
        {
            var kind = kinds[random.Next(kinds.Length)];
            var form = PersonForm($"第{i}件申请");
            form.ApplicantKind = kind;
            if (kind.IsOrganization())
            {
                form.IdentityType = "credit-code";
                form.IdentityNumber = CreditCode("91110000" + random.Next(100_000_000, 999_999_999));
            }
            var received = new DateOnly(2022, 1, 1).AddDays(random.Next(0, 720));
            var id = (await RegisterAsync(clerk, new StaffIntake(ReceiptChannel.InPerson, received), form)).Value.Id;
            ids.Add(id);
            var on = received.AddDays(random.Next(0, 50));
            if (on > today) continue;
            switch (random.Next(4))
            {
                case 0:
                    break;
                case 1:
                    await StepsAsync(clerk, id, new WithdrawRequest("撤回") { On = on });
                    break;
                default:
                    await StepsAsync(clerk, id,
                        new DraftReply(ReplyOutcomes[random.Next(ReplyOutcomes.Length)], "依法答复", null) { On = on },
                        new ApproveReply(ReplyApprovalStep.ConfidentialityReview) { On = on },
                        new ApproveReply(ReplyApprovalStep.LeaderApproval) { On = on },
                        new ReleaseReply { On = on });
                    break;
            }
        }
        return ids;
    }

    /// <summary>Moves the app's clock forward by whole days.</summary>
    public void Advance(int days) => app.Clock.Advance(TimeSpan.FromDays(days));
}
