using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Core.Appeals;
using Gongkai.Services.Access;
using Gongkai.Services.Appeals;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.AnnualReports;

/// <summary>Appeal cases stored and counted into table 四 by SQL, on SQLite and on PostgreSQL.</summary>
public abstract class AppealCaseTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    [DatabaseFact]
    public async Task TableFour_CountedBySql_EqualsCoreCounter_OnRandomCases()
    {
        for (var seed = 1; seed <= 6; seed++)
        {
            var (_, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
            var random = new Random(seed);
            var cases = Enumerable.Range(0, random.Next(0, 40)).Select(_ => RandomCase(random, agency)).ToArray();
            await AnnualReportTestData.StoreAsync(app, cases);

            await using var scope = app.CreateScope();
            var query = scope.ServiceProvider.GetRequiredService<AppealTableQuery>();
            foreach (var year in new[] { 2020, 2021, 2022, 2023, 2024 })
            {
                var expected = AppealTableCounter.Count(cases.Select(c => c.Facts), year).Cells;
                var actual = await query.CountAsync(agency, year);
                Assert.Equal(expected.OrderBy(kv => kv.Key), actual.OrderBy(kv => kv.Key));
            }
        }
    }

    private static Data.Appeals.AppealCaseRecord RandomCase(Random random, Guid agency)
    {
        var filed = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 4 * 365));
        DateOnly? concluded = random.Next(3) == 0 ? null : filed.AddDays(random.Next(0, 500));
        if (concluded > new DateOnly(2024, 1, 30)) concluded = null;
        var kinds = Enum.GetValues<AppealKind>();
        var decisions = Enum.GetValues<AppealDecision>();
        return AnnualReportTestData.Case(agency, kinds[random.Next(kinds.Length)], filed, concluded, decisions[random.Next(decisions.Length)]);
    }

    [DatabaseFact]
    public async Task FiledAndConcludedOverTheApi_ACorrectionOrderingANewAnswer_OpensTheLinkedRequestInTheDecisionsYear()
    {
        var (_, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
        var clerk = app.CreateStaffClient(agency, AccountRole.Clerk);
        var (requestId, _) = await AnnualReportTestData.RequestAsync(app, agency, new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 20));
        var filed = await clerk.PostAsJsonAsync("/api/v1/appeals", new
        {
            kind = "Reconsideration", requestId, requestNumber = "2023-0007", requestReceivedOn = "2023-03-01", caseNumber = "宁复〔2023〕12号", filedOn = "2023-05-10",
        });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var id = JsonDocument.Parse(await filed.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        var concluded = await clerk.PostAsJsonAsync($"/api/v1/appeals/{id}/conclusion", new
        {
            decision = "Revoked", concludedOn = "2023-12-20", ordersNewAnswer = true, decisionReceivedOn = "2024-01-04",
        });

        Assert.Equal(HttpStatusCode.OK, concluded.StatusCode);
        var body = JsonDocument.Parse(await concluded.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Corrected", body.GetProperty("case").GetProperty("result").GetString());
        Assert.Equal(requestId, body.GetProperty("reopen").GetProperty("originalRequestId").GetProperty("value").GetGuid());
        Assert.Equal("2024-01-04", body.GetProperty("reopen").GetProperty("decisionReceivedOn").GetString());
        // report-format.md §4.3: a new request of the decision's year, received the day the decision reached the agency.
        var opened = body.GetProperty("opened");
        Assert.StartsWith("2024-", opened.GetProperty("number").GetString());
        await using (var scope = app.CreateScope())
        {
            var requests = scope.ServiceProvider.GetRequiredService<Gongkai.Data.Persistence.GongkaiDbContext>().Set<Gongkai.Data.Requests.DisclosureRequestRecord>();
            var reopened = await requests.FindAsync(opened.GetProperty("id").GetGuid());
            Assert.Equal(new DateOnly(2024, 1, 4), reopened!.ReceivedOn);
            Assert.Equal(2024, reopened.Year);
            var original = await requests.FindAsync(requestId);
            Assert.Equal(Gongkai.Core.Requests.Outcomes.Outcome.NotHeld, original!.Outcome);
        }
        var table = JsonDocument.Parse(await clerk.GetStringAsync($"/api/v1/appeals/table?year=2023")).RootElement.GetProperty("cells");
        Assert.Equal(1, table.GetProperty("t4.a2").GetInt32());
        Assert.Equal(1, table.GetProperty("t4.a5").GetInt32());
    }

    [DatabaseFact]
    public async Task ACaseThatCannotPrecedeItsRequest_IsRefusedByCoreRules()
    {
        var (_, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
        var (requestId, number) = await AnnualReportTestData.RequestAsync(app, agency, new DateOnly(2023, 6, 1));
        var response = await app.CreateStaffClient(agency, AccountRole.Clerk).PostAsJsonAsync("/api/v1/appeals", new
        {
            kind = "LitigationDirect", requestId, requestNumber = number, requestReceivedOn = "2023-06-01", filedOn = "2023-05-01",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("event-date-too-early", await response.Content.ReadAsStringAsync());
        var unknownRequest = await app.CreateStaffClient(agency, AccountRole.Clerk).PostAsJsonAsync("/api/v1/appeals", new
        {
            kind = "LitigationDirect", requestId = Guid.NewGuid(), requestNumber = "2023-0001", requestReceivedOn = "2023-06-01", filedOn = "2023-07-01",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownRequest.StatusCode);
        Assert.Contains("appeal-request-not-found", await unknownRequest.Content.ReadAsStringAsync());
        var unknownKind = await app.CreateStaffClient(agency, AccountRole.Clerk).PostAsJsonAsync("/api/v1/appeals", new
        {
            kind = 7, requestId = Guid.NewGuid(), requestNumber = "2023-0001", requestReceivedOn = "2023-04-01", filedOn = "2023-05-01",
        });
        Assert.Equal(HttpStatusCode.BadRequest, unknownKind.StatusCode);
    }

    [DatabaseFact]
    public async Task ClerkOfAnotherAgency_NeitherSeesNorConcludesTheCase()
    {
        var (_, agency, other) = await AnnualReportTestData.AddRegionAsync(app);
        var record = AnnualReportTestData.Case(agency, AppealKind.Reconsideration, new DateOnly(2023, 4, 1));
        await AnnualReportTestData.StoreAsync(app, record);
        var stranger = app.CreateStaffClient(other, AccountRole.Clerk, AccountRole.ApprovingLeader);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/appeals/{record.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/appeals?agencyId={agency}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/staff/appeals/cell/{agency}/2023/t4.a4")).StatusCode);
        var conclude = await stranger.PostAsJsonAsync($"/api/v1/appeals/{record.Id}/conclusion", new { decision = "Upheld", concludedOn = "2023-06-01" });
        Assert.Equal(HttpStatusCode.NotFound, conclude.StatusCode);
    }

    [DatabaseFact]
    public async Task SupervisorOfTheRegion_ReadsTheCases_ButCannotFileOne()
    {
        var (region, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
        var record = AnnualReportTestData.Case(agency, AppealKind.LitigationAfterReconsideration, new DateOnly(2023, 4, 1), new DateOnly(2023, 9, 1));
        await AnnualReportTestData.StoreAsync(app, record);
        var supervisor = app.CreateStaffClient(region, AccountRole.Supervisor);

        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/v1/appeals/{record.Id}")).StatusCode);
        var filed = await supervisor.PostAsJsonAsync("/api/v1/appeals", new
        {
            agencyId = agency, kind = "Reconsideration", requestId = Guid.NewGuid(), requestNumber = "2023-0002", requestReceivedOn = "2023-01-05", filedOn = "2023-02-01",
        });
        Assert.Equal(HttpStatusCode.Forbidden, filed.StatusCode);
    }

    [DatabaseFact]
    public async Task DrillDownFromATableFourCell_ListsExactlyTheCasesCountedInIt()
    {
        var (_, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
        var open = AnnualReportTestData.Case(agency, AppealKind.Reconsideration, new DateOnly(2022, 11, 1));
        var upheld = AnnualReportTestData.Case(agency, AppealKind.Reconsideration, new DateOnly(2023, 2, 1), new DateOnly(2023, 5, 1));
        var earlier = AnnualReportTestData.Case(agency, AppealKind.Reconsideration, new DateOnly(2022, 2, 1), new DateOnly(2022, 5, 1));
        await AnnualReportTestData.StoreAsync(app, open, upheld, earlier);

        await using var scope = app.CreateScope();
        var cases = scope.ServiceProvider.GetRequiredService<AppealCases>();
        var staff = StaffScope.ForAgency(agency, AccountRole.Clerk);
        var stillOpen = await cases.ListForCellAsync(staff, agency, 2023, "t4.a4");
        var total = await cases.ListForCellAsync(staff, agency, 2023, "t4.a5");

        Assert.Equal([open.Id], stillOpen.Value.Select(c => c.Id));
        Assert.Equal(new[] { open.Id, upheld.Id }.Order(), total.Value.Select(c => c.Id).Order());
        var page = await app.CreateStaffClient(agency, AccountRole.Clerk).GetStringAsync($"/staff/appeals/cell/{agency}/2023/t4.a5");
        Assert.Contains("<strong class=\"cell-count\">2</strong>", page);
    }
}

public sealed class SqliteAppealCaseTests(SqliteAppFixture app) : AppealCaseTests<SqliteAppFixture>(app);

public sealed class PostgresAppealCaseTests(PostgresAppFixture app) : AppealCaseTests<PostgresAppFixture>(app);
