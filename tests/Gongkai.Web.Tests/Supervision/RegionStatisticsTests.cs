using System.Net;
using Gongkai.Core;
using Gongkai.Core.Reporting;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Statistics;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Services.Access;
using Gongkai.Services.Reporting;
using Gongkai.Services.Requests;
using Gongkai.Services.Supervision;
using Gongkai.Web.Tests.AnnualReports;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Supervision;

/// <summary>
/// The supervising office's live figures: the region's table 三 and each agency's report count requests by the rule of Core's
/// counter (one grouped SQL query), the charts' months and agencies add up to the records, and a supervisor sees its own
/// region only.
/// </summary>
public abstract class RegionStatisticsTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private readonly RequestTestKit kit = new(app);

    private sealed record Region(Guid Id, Guid Department, Guid Government, StaffScope Supervisor);

    private async Task<Region> RegionAsync()
    {
        var (region, department, government) = await AnnualReportTestData.AddRegionAsync(app);
        return new Region(region, department, government,
            new StaffScope(Guid.NewGuid(), "office", region, [AccountRole.Supervisor], [department, government]));
    }

    /// <summary>Registers requests received over 2022–2023 with random kinds, some concluded by a reply or a withdrawal.</summary>
    private async Task<List<RequestFacts>> RandomRequestsAsync(Guid agency, Random random, int count)
    {
        var clerk = RequestTestKit.Everyone(agency);
        var ids = await kit.RandomRequestsAsync(agency, random, count);
        var facts = new List<RequestFacts>();
        foreach (var id in ids)
            facts.Add((await kit.WithAsync<RequestQueries, DomainResult<RequestDetail>>(q => q.DetailAsync(clerk, id))).Value.Request.Facts!);
        return facts;
    }

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = app.CreateScope();
        return await use(scope.ServiceProvider);
    }

    [DatabaseFact]
    public async Task RegionTable_AndEachAgencysReport_CountRequestsLikeCoresCounter_AndLeaveOtherRegionsOut()
    {
        var region = await RegionAsync();
        var other = await RegionAsync();
        var random = new Random(20240131);
        var department = await RandomRequestsAsync(region.Department, random, 14);
        var government = await RandomRequestsAsync(region.Government, random, 10);
        await RandomRequestsAsync(other.Department, random, 4);

        foreach (var year in new[] { 2022, 2023 })
        {
            var regionTable = (await WithAsync(sp => sp.GetRequiredService<RegionStatistics>().RequestTableAsync(region.Supervisor, region.Id, year))).Value;
            var expected = RequestTableCounter.Count([.. department, .. government], year);
            Assert.All(expected.Cells, cell => Assert.Equal((decimal)cell.Value, regionTable.Number(cell.Key)));

            foreach (var (agency, facts) in new[] { (region.Department, department), (region.Government, government) })
            {
                var assembled = (await WithAsync(sp => sp.GetRequiredService<AnnualReportAssembler>()
                    .AssembleAsync(RequestTestKit.Clerk(agency), agency, year))).Value;
                var reference = RequestTableCounter.Count(facts, year, assembled.Report.Format);
                Assert.All(reference.Cells, cell => Assert.Equal((decimal)cell.Value, assembled.Report.Number(cell.Key)));
            }
        }
    }

    [DatabaseFact]
    public async Task Activity_SplitsTheYearByMonthAndOutcomeGroup_AndSetsTheAgenciesSideBySide()
    {
        var region = await RegionAsync();
        var random = new Random(7);
        var department = await RandomRequestsAsync(region.Department, random, 12);
        var government = await RandomRequestsAsync(region.Government, random, 6);
        await AnnualReportTestData.StoreAsync(app, AnnualReportTestData.Case(region.Government, Core.Appeals.AppealKind.Reconsideration, new DateOnly(2023, 5, 4)));
        var all = department.Concat(government).ToList();

        var activity = (await WithAsync(sp => sp.GetRequiredService<RegionStatistics>().ActivityAsync(region.Supervisor, region.Id, 2023))).Value;

        Assert.Equal(["予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理"], activity.OutcomeGroups.Select(g => g.Name));
        Assert.Equal(Enumerable.Range(1, 12), activity.Months.Select(m => m.Month));
        foreach (var month in activity.Months)
        {
            Assert.Equal(all.Count(f => f.Received.Year == 2023 && f.Received.Month == month.Month), month.Received);
            var concluded = all.Where(f => f.Concluded is { Year: 2023 } c && c.Month == month.Month).ToList();
            for (int g = 0; g < activity.OutcomeGroups.Count; g++)
            {
                var group = activity.OutcomeGroups[g].RowId;
                Assert.Equal(concluded.Count(f => f.Outcome!.Value.Info().RowId.StartsWith(group, StringComparison.Ordinal)), month.ConcludedByGroup[g]);
            }
        }
        var gov = activity.Agencies.Single(a => a.AgencyId == region.Government);
        Assert.Equal(government.Count(f => f.Received.Year == 2023), gov.RequestsReceived);
        Assert.Equal(1, gov.AppealsFiled);
        var dep = activity.Agencies.Single(a => a.AgencyId == region.Department);
        Assert.Equal(department.Count(f => f.Received.Year == 2023), dep.RequestsReceived);
        Assert.Equal(0, dep.AppealsFiled);
        Assert.Equal(2, activity.Agencies.Count);
    }

    [DatabaseFact]
    public async Task RegionFigures_AreRefusedToAClerk_AndNotFoundForAnotherRegionsOffice()
    {
        var region = await RegionAsync();
        var other = await RegionAsync();

        var clerk = await WithAsync(sp => sp.GetRequiredService<RegionStatistics>().RequestTableAsync(RequestTestKit.Clerk(region.Department), region.Id, 2023));
        var stranger = await WithAsync(sp => sp.GetRequiredService<RegionStatistics>().ActivityAsync(other.Supervisor, region.Id, 2023));

        Assert.IsType<SupervisionNotAllowedError>(clerk.Error);
        Assert.IsType<Gongkai.Services.Appeals.AgencyRecordsNotFoundError>(stranger.Error);
    }

    [DatabaseFact]
    public async Task SupervisionPage_DrawsTheMonthTimelinessAndAgencyCharts_WithTheirDataTables()
    {
        var region = await RegionAsync();
        await RandomRequestsAsync(region.Department, new Random(3), 5);

        var response = await app.CreateStaffClient(region.Id, AccountRole.Supervisor).GetAsync("/staff/supervision?year=2023");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var id in new[] { "chart-months", "chart-timeliness", "chart-agencies" })
        {
            int at = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
            Assert.True(at >= 0, $"{id} missing");
            int end = html.IndexOf("</figure>", at, StringComparison.Ordinal);
            var figure = html[at..end];
            Assert.Contains("<svg", figure);
            Assert.Contains("<rect", figure);
            Assert.Contains("<table>", figure);
        }
        Assert.Contains("12月", html);
        Assert.Contains("办结：予以公开", html);
        Assert.Contains("未公布（期限未到）", html);
        Assert.Contains("region-request-totals", html);
    }
}

public sealed class SqliteRegionStatisticsTests(SqliteAppFixture app) : RegionStatisticsTests<SqliteAppFixture>(app);

public sealed class PostgresRegionStatisticsTests(PostgresAppFixture app) : RegionStatisticsTests<PostgresAppFixture>(app);
