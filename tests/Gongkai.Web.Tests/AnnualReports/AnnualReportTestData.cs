using Gongkai.Core.Agencies;
using Gongkai.Core.Appeals;
using Gongkai.Core.Identifiers;
using Gongkai.Core.Reporting;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Appeals;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Data.Persistence;
using Gongkai.Data.Requests;
using Gongkai.Services.Access;
using Gongkai.Services.Agencies;
using Gongkai.Services.Reporting;
using Gongkai.Services.Requests;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.AnnualReports;

/// <summary>Builders for the annual-report tests: agencies in a region, appeal cases decided by Core's rules.</summary>
public static class AnnualReportTestData
{
    public static async Task<(Guid Region, Guid Department, Guid Government)> AddRegionAsync(GongkaiAppFixture app)
    {
        await using var scope = app.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<AgencyDirectory>();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var region = await directory.AddAsync(new NewAgency(null, new AgencyInput($"测试区{tag}", null, "region", null, null, DisclosureOfficeContact.None)));
        var department = await directory.AddAsync(new NewAgency(region.Value.Name, Input($"科学技术局{tag}", "department")));
        var government = await directory.AddAsync(new NewAgency(region.Value.Name, Input($"区人民政府{tag}", "government")));
        return (region.Value.Id, department.Value.Id, government.Value.Id);
    }

    private static AgencyInput Input(string name, string level) => new(name, NewCreditCode(), level, null, null, DisclosureOfficeContact.None);

    /// <summary>A valid, unique 统一社会信用代码 (an organ, 11, in 红寺堡区 640303).</summary>
    private static string NewCreditCode()
    {
        var organization = Random.Shared.NextInt64(0, 100_000_000).ToString("D8");
        var body = "11640303" + organization + UnifiedSocialCreditCode.OrganizationCheckCharacter(organization);
        return body + UnifiedSocialCreditCode.CheckCharacter(body);
    }

    /// <summary>A case made by Core's <see cref="AppealCase"/> rules (filed, and concluded when a decision is given).</summary>
    public static AppealCaseRecord Case(Guid agencyId, AppealKind kind, DateOnly filed, DateOnly? concluded = null,
        AppealDecision decision = AppealDecision.Upheld)
    {
        var actor = Actor.Staff("clerk", StaffRole.Clerk);
        var at = new DateTimeOffset(2024, 1, 30, 0, 0, 0, TimeSpan.Zero);
        var filedCase = AppealCase.File(AppealCaseId.New(), kind, RequestId.New(), filed.AddDays(-30), "（测试）", new Acting(actor, at, filed)).Value.Case;
        var record = new AppealCaseRecord(agencyId, "2023-0001", filed.AddDays(-30), filedCase);
        if (concluded is { } on)
        {
            var step = filedCase.Conclude(decision, false, null, null, AppealOutcomeMapping.Default, new Acting(actor, at, on)).Value;
            record.Record((AppealConcluded)step.Event);
        }
        return record;
    }

    /// <summary>
    /// Stores the cases, each with a bare row for the request it names (the foreign key needs one; table 四 reads only the case).
    /// Tests that follow a case to its request use <see cref="RequestAsync"/> instead.
    /// </summary>
    public static async Task StoreAsync(GongkaiAppFixture app, params AppealCaseRecord[] cases)
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        foreach (var c in cases)
        {
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(c.RequestId.ToByteArray()));
            db.Add(new DisclosureRequestRecord(c.RequestId, c.AgencyId, 1999, Random.Shared.Next(1, int.MaxValue), hash, app.Clock.GetUtcNow()));
        }
        db.AppealCases.AddRange(cases);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// A request recorded through the services: received in person on <paramref name="receivedOn"/> and, when
    /// <paramref name="concludedOn"/> is given, answered 本机关不掌握 on that day after both approvals.
    /// </summary>
    public static async Task<(Guid Id, string Number)> RequestAsync(GongkaiAppFixture app, Guid agency, DateOnly receivedOn, DateOnly? concludedOn = null)
    {
        var staff = StaffScope.ForAgency(agency, AccountRole.Clerk, AccountRole.ConfidentialityReviewer, AccountRole.ApprovingLeader);
        var body = "64030319800101" + Random.Shared.Next(0, 1000).ToString("D3");
        var form = new RequestForm
        {
            ApplicantKind = ApplicantKind.NaturalPerson, Name = "马建国", IdentityType = "resident-id", IdentityNumber = body + ResidentIdNumber.CheckCharacter(body),
            Phone = "13895300000", Title = "某村土地征收批复文件", Form = InformationForm.Electronic, Delivery = DeliveryMethod.Email, Email = "a@example.cn",
        };
        await using var scope = app.CreateScope();
        var submitted = await scope.ServiceProvider.GetRequiredService<RequestIntake>()
            .RegisterAsync(staff, new StaffIntake(ReceiptChannel.InPerson, receivedOn), form, []);
        if (concludedOn is { } on)
        {
            var workflow = scope.ServiceProvider.GetRequiredService<RequestWorkflow>();
            RequestCommand[] steps =
            [
                new DraftReply(Outcome.NotHeld, "经检索，本机关未制作、获取该信息。", null) { On = on },
                new ApproveReply(ReplyApprovalStep.ConfidentialityReview) { On = on },
                new ApproveReply(ReplyApprovalStep.LeaderApproval) { On = on },
                new ReleaseReply { On = on },
            ];
            foreach (var step in steps)
            {
                var done = await workflow.ApplyAsync(staff, submitted.Value.Id, step);
                if (!done.Succeeded) throw new InvalidOperationException(done.Error!.MessageEn);
            }
        }
        return (submitted.Value.Id, submitted.Value.Number);
    }
}

/// <summary>
/// Tables 二 and 三 of an agency that received no requests and kept empty registers — the truth for such an agency, standing in
/// for the catalogue and requests sources that other features register.
/// </summary>
public sealed class EmptyRegistersAndRequestsSource(IReadOnlyDictionary<string, decimal>? overrides = null) : IReportTableSource
{
    public string NameZh => "（测试）空的登记簿与申请";

    public IReadOnlySet<string> CellIds(ReportLayout layout) =>
        layout.Cells.Where(c => c.Table != ReportTable.Appeals).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    public Task<TableContribution> ContributeAsync(Gongkai.Data.Agencies.Agency agency, int year, CancellationToken cancellationToken) =>
        Task.FromResult(Contribution(year));

    public Task<IReadOnlyDictionary<Guid, TableContribution>> ContributeAllAsync(IReadOnlyCollection<Guid> agencyIds, int year,
        CancellationToken cancellationToken)
    {
        var contribution = Contribution(year);
        return Task.FromResult<IReadOnlyDictionary<Guid, TableContribution>>(agencyIds.Distinct().ToDictionary(id => id, _ => contribution));
    }

    private TableContribution Contribution(int year)
    {
        var cells = CellIds(ReportLayout.F2021).ToDictionary(id => id, id => CellValue.Of(overrides?.GetValueOrDefault(id) ?? 0), StringComparer.Ordinal);
        return new TableContribution(cells, [new ProseStatement(SectionId.Overview, "（二）依申请公开情况", $"{year}年，本机关未收到政府信息公开申请。")]);
    }

    public string? DrillDownPath(Guid agencyId, int year, string cellId) => null;
}
