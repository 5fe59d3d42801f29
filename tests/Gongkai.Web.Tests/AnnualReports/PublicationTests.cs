using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Core.Appeals;
using Gongkai.Data.Persistence;
using Gongkai.Documents.Rendering.Json;
using Gongkai.Services.Access;
using Gongkai.Services.Appeals;
using Gongkai.Services.Reporting;
using Gongkai.Services.Supervision;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.AnnualReports;

/// <summary>Assembly, publication, the period lock and the supervising office's view, on SQLite and on PostgreSQL.</summary>
public abstract class PublicationTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private static StaffScope Leader(Guid agency) => StaffScope.ForAgency(agency, AccountRole.Clerk, AccountRole.ApprovingLeader);

    /// <summary>The services of one unit of work, with the test's stand-in for the catalogue and requests sources.</summary>
    private sealed class Session(AsyncServiceScope scope, IReadOnlyDictionary<string, decimal>? overrides) : IAsyncDisposable
    {
        public IServiceProvider Services => scope.ServiceProvider;
        public GongkaiDbContext Db => Services.GetRequiredService<GongkaiDbContext>();
        public PublishedReports Published => Services.GetRequiredService<PublishedReports>();

        public AnnualReportAssembler Assembler => new(Db,
            [.. Services.GetServices<IReportTableSource>(), new EmptyRegistersAndRequestsSource(overrides)], Published);

        public ReportPublisher Publisher => new(Db, Assembler, Services.GetRequiredService<TimeProvider>());

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }

    private Session Open(IReadOnlyDictionary<string, decimal>? overrides = null) => new(app.CreateScope(), overrides);

    [DatabaseFact]
    public async Task LiveAssembly_ComputesTablesTwoThreeAndFour_FromTheRecordSources()
    {
        var (_, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
        await using var scope = app.CreateScope();
        var assembled = (await scope.ServiceProvider.GetRequiredService<AnnualReportAssembler>().AssembleAsync(Leader(agency), agency, 2023)).Value;

        // An agency without records: every table cell is computed, as a counted zero, by its source.
        Assert.Equal(0m, assembled.Report.Number("t4.a5"));
        Assert.Equal(0m, assembled.Report.Number("t3.r1.c1"));
        Assert.Equal(0m, assembled.Report.Number("t3.r4.c7"));
        Assert.DoesNotContain(assembled.NotComputed, id => id.StartsWith("t3.", StringComparison.Ordinal) || id.StartsWith("t4.", StringComparison.Ordinal));
    }

    [DatabaseFact]
    public async Task Template_StatesTheComputedAppealNumbers_AndPassesTheProseChecks()
    {
        var (_, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
        await AnnualReportTestData.StoreAsync(app,
            AnnualReportTestData.Case(agency, AppealKind.Reconsideration, new DateOnly(2023, 3, 1), new DateOnly(2023, 6, 1)),
            AnnualReportTestData.Case(agency, AppealKind.LitigationDirect, new DateOnly(2023, 8, 1)));
        await using var session = Open();
        var assembled = (await session.Assembler.AssembleAsync(Leader(agency), agency, 2023)).Value;

        Assert.Contains("行政复议1件，行政诉讼1件", assembled.Report.Sections[Core.Reporting.SectionId.Overview].Body);
        Assert.DoesNotContain(assembled.Findings, f => f.RuleId is "R8" or "R12" || f.IsBlocking);
    }

    [DatabaseFact]
    public async Task Publish_FreezesTheReportWithItsHash_ListsItPublicly_AndLocksTheYear()
    {
        var (_, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
        await AnnualReportTestData.StoreAsync(app, AnnualReportTestData.Case(agency, AppealKind.Reconsideration, new DateOnly(2023, 10, 1)));
        await using (var session = Open())
        {
            var published = await session.Publisher.PublishAsync(Leader(agency), agency, 2023);
            Assert.True(published.Succeeded, published.Error?.MessageEn);
            var frozen = (await session.Published.GetAsync(agency, 2023)).Value;
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(frozen.Json))), frozen.Summary.ContentSha256);
            Assert.Equal(1m, JsonReportReader.Read(frozen.Json).Report!.Number("t4.a4"));
            Assert.IsType<ReportAlreadyPublishedError>((await session.Publisher.PublishAsync(Leader(agency), agency, 2023)).Error);
        }

        var anonymous = app.CreateClient();
        Assert.Contains($"/reports/annual/{agency}/2023", await anonymous.GetStringAsync("/reports/annual"));
        var page = await anonymous.GetStringAsync($"/reports/annual/{agency}/2023");
        Assert.Contains("id=\"content-sha256\"", page);

        // A record dated in the published year is locked until an approving leader reopens the period, and the frozen copy stays.
        var clerk = StaffScope.ForAgency(agency, AccountRole.Clerk);
        var (lateRequest, lateNumber) = await AnnualReportTestData.RequestAsync(app, agency, new DateOnly(2023, 5, 1));
        var late = new NewAppealCase(agency, AppealKind.LitigationDirect, lateRequest, lateNumber, new DateOnly(2023, 5, 1), null, new DateOnly(2023, 12, 30));
        await using (var session = Open())
        {
            var cases = session.Services.GetRequiredService<AppealCases>();
            Assert.IsType<ReportingPeriodLockedError>((await cases.FileAsync(clerk, late)).Error);
            var periodLock = session.Services.GetRequiredService<ReportingPeriodLock>();
            Assert.IsType<ReopeningNotAllowedError>((await periodLock.ReopenAsync(clerk, agency, 2023, "补录")).Error);
            Assert.True((await periodLock.ReopenAsync(Leader(agency), agency, 2023, "补录2023年12月30日起诉的案件")).Succeeded);
        }
        await using (var session = Open())
        {
            Assert.True((await session.Services.GetRequiredService<AppealCases>().FileAsync(clerk, late)).Succeeded);
            var frozen = (await session.Published.GetAsync(agency, 2023)).Value;
            Assert.Equal(1m, frozen.Report.Number("t4.a5"));
            Assert.Equal(0m, frozen.Report.Number("t4.b5"));
            Assert.True(await session.Db.AuditEntries.AnyAsync(e => e.RecordType == "PeriodReopeningRecord"));
        }
    }

    [DatabaseFact]
    public async Task Publish_IsRefused_WhileABlockingCheckFails()
    {
        var (_, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
        await using var session = Open(new Dictionary<string, decimal> { ["t3.r1.c1"] = 2, ["t3.r1.c7"] = 2 });
        var refused = await session.Publisher.PublishAsync(Leader(agency), agency, 2023);
        Assert.IsType<ReportHasBlockingFindingsError>(refused.Error);
        Assert.False(await session.Db.PublishedReports.AnyAsync(r => r.AgencyId == agency));
    }

    [DatabaseFact]
    public async Task Publish_NeedsTheApprovingLeaderOfTheAgency()
    {
        var (_, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
        await using var session = Open();
        Assert.IsType<ReportPublishNotAllowedError>((await session.Publisher.PublishAsync(StaffScope.ForAgency(agency, AccountRole.Clerk), agency, 2023)).Error);
        var leaderClient = app.CreateStaffClient(agency, AccountRole.Clerk);
        Assert.Equal(HttpStatusCode.Forbidden, (await leaderClient.PostAsync($"/staff/reports/{agency}/2023/publish", null)).StatusCode);
    }

    [DatabaseFact]
    public async Task NextYearsAssembly_ChecksAgainstThePublishedReport()
    {
        var (_, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
        await AnnualReportTestData.StoreAsync(app, AnnualReportTestData.Case(agency, AppealKind.Reconsideration, new DateOnly(2022, 12, 1)));
        await using (var session = Open())
            Assert.True((await session.Publisher.PublishAsync(Leader(agency), agency, 2022)).Succeeded);
        await using var next = Open();
        var assembled = (await next.Assembler.AssembleAsync(Leader(agency), agency, 2023)).Value;
        Assert.NotNull(assembled.Previous);
        Assert.Equal(1m, assembled.Previous!.Number("t4.a4"));
        Assert.DoesNotContain(assembled.Findings, f => f.RuleId == "R9");
        Assert.DoesNotContain(assembled.Findings, f => f.RuleId == "R7");
    }

    [DatabaseFact]
    public async Task WorkspacePage_HighlightsNothingWhenConsistent_LinksTableFourCells_AndSavesProse()
    {
        var (_, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
        var clerk = app.CreateStaffClient(agency, AccountRole.Clerk);
        var page = await clerk.GetStringAsync($"/staff/reports/{agency}/2023");
        Assert.Contains($"href=\"/staff/appeals/cell/{agency}/2023/t4.a1\"", page);

        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(page), ["Section"] = "ProblemsAndImprovements", ["Body"] = "信息更新不够及时，将加强审核。",
        });
        var saved = await clerk.PostAsync($"/staff/reports/{agency}/2023/prose", form);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{saved.StatusCode}: {await saved.Content.ReadAsStringAsync()}");
        Assert.Contains("信息更新不够及时，将加强审核。", await clerk.GetStringAsync($"/staff/reports/{agency}/2023"));

        var (_, other, _) = await AnnualReportTestData.AddRegionAsync(app);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateStaffClient(other, AccountRole.Clerk).GetAsync($"/staff/reports/{agency}/2023")).StatusCode);
    }

    [DatabaseFact]
    public async Task SupervisingOffice_SeesWhoPublishedOnTime_WhoIsOverdue_AndTheRegionTotals()
    {
        var (region, department, government) = await AnnualReportTestData.AddRegionAsync(app);
        await AnnualReportTestData.StoreAsync(app, AnnualReportTestData.Case(department, AppealKind.LitigationDirect, new DateOnly(2023, 6, 1)));
        await using (var session = Open())
            Assert.True((await session.Publisher.PublishAsync(Leader(department), department, 2023)).Succeeded);

        var supervisor = StaffScope.ForAgency(region, AccountRole.Supervisor);
        var scope = new StaffScope(supervisor.AccountId, "office", region, [AccountRole.Supervisor], [department, government]);
        await using var check = Open();
        var overview = check.Services.GetRequiredService<SupervisionOverview>();
        Assert.IsType<InternalDueDateAfterStatuteError>((await overview.SetInternalDueDatesAsync(scope, region, 2023, new DateOnly(2024, 2, 5), null)).Error);
        Assert.True((await overview.SetInternalDueDatesAsync(scope, region, 2023, new DateOnly(2024, 1, 25), null)).Succeeded);
        var view = (await overview.ForRegionAsync(scope, region, 2023)).Value;

        var dep = view.Agencies.Single(a => a.AgencyId == department);
        Assert.Equal(ReportStanding.PublishedLate, dep.Standing); // published 2024-01-30, after the office's 25 January
        Assert.Equal(new DateOnly(2024, 1, 31), dep.StatutoryDue);
        var gov = view.Agencies.Single(a => a.AgencyId == government);
        Assert.Equal(ReportStanding.NotYetDue, gov.Standing);
        Assert.Equal(new DateOnly(2024, 3, 31), gov.Due);
        Assert.Equal(1m, view.Totals.Number("t4.b4"));
        Assert.Equal(1, view.PublishedCount);

        var client = app.CreateStaffClient(region, AccountRole.Supervisor);
        var xlsx = await client.GetAsync("/staff/supervision?year=2023&handler=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateStaffClient(department, AccountRole.Clerk).GetAsync("/staff/supervision")).StatusCode);
    }
}

public sealed class SqlitePublicationTests(SqliteAppFixture app) : PublicationTests<SqliteAppFixture>(app);

public sealed class PostgresPublicationTests(PostgresAppFixture app) : PublicationTests<PostgresAppFixture>(app);
