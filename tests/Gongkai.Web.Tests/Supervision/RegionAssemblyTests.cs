using Gongkai.Core.Appeals;
using Gongkai.Core.Disclosure.Registers;
using Gongkai.Core.Reporting;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Appeals;
using Gongkai.Services.Access;
using Gongkai.Services.Disclosure;
using Gongkai.Services.Reporting;
using Gongkai.Services.Requests;
using Gongkai.Services.Supervision;
using Gongkai.Web.Tests.AnnualReports;
using Gongkai.Web.Tests.Infrastructure;
using Gongkai.Web.Tests.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Supervision;

/// <summary>
/// The region's live reports computed at once (GROUP BY agency, one statement per kind of record) are, agency by agency, the
/// reports the workspace computes one agency at a time — tables 二, 三 and 四, the template, the saved prose and every finding —
/// for random registers, requests and appeal cases, and the supervising office's view counts the same findings.
/// </summary>
public abstract class RegionAssemblyTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private readonly RequestTestKit kit = new(app);

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = app.CreateScope();
        return await use(scope.ServiceProvider);
    }

    /// <summary>Requests received over 2022–2023 with random applicant kinds, some answered with a random outcome, some withdrawn.</summary>
    private Task RandomRequestsAsync(Guid agency, Random random, int count) => kit.RandomRequestsAsync(agency, random, count);

    /// <summary>Appeal cases of every kind filed over 2021–2023, some concluded with a random decision.</summary>
    private async Task RandomAppealsAsync(Guid agency, Random random, int count)
    {
        var kinds = Enum.GetValues<AppealKind>();
        var decisions = Enum.GetValues<AppealDecision>();
        var cases = new List<AppealCaseRecord>();
        for (int i = 0; i < count; i++)
        {
            var filed = new DateOnly(2021, 6, 1).AddDays(random.Next(0, 900));
            DateOnly? concluded = random.Next(3) == 0 ? null : filed.AddDays(random.Next(1, 200));
            cases.Add(AnnualReportTestData.Case(agency, kinds[random.Next(kinds.Length)], filed, concluded, decisions[random.Next(decisions.Length)]));
        }
        await AnnualReportTestData.StoreAsync(app, [.. cases]);
    }

    /// <summary>Normative documents issued (and some repealed) over 2021–2023 and the 2023 enforcement figures.</summary>
    private async Task RandomRegistersAsync(Guid agency, Random random, int count)
    {
        var clerk = RequestTestKit.Everyone(agency);
        await WithAsync(async sp =>
        {
            var registers = sp.GetRequiredService<RegisterBook>();
            for (int i = 0; i < count; i++)
            {
                var issued = new DateOnly(2021, 1, 1).AddDays(random.Next(0, 1000));
                DateOnly? repealed = random.Next(3) == 0 ? issued.AddDays(random.Next(1, 400)) : null;
                var kind = random.Next(4) == 0 ? NormativeDocumentKind.Rule : NormativeDocumentKind.NormativeDocument;
                Assert.True((await registers.AddDocumentAsync(clerk, kind, $"规范性文件{i}", null, issued, repealed, null)).Succeeded);
            }
            return (await registers.SetStatisticsAsync(clerk, 2023, random.Next(0, 500), random.Next(0, 50), random.Next(0, 20), random.Next(0, 100_000))).Succeeded;
        });
    }

    [DatabaseFact]
    public async Task RegionAssembledAtOnce_EqualsEachAgencysOwnReport_ForRandomRecords()
    {
        var (region, department, government) = await AnnualReportTestData.AddRegionAsync(app);
        var (_, stranger, _) = await AnnualReportTestData.AddRegionAsync(app);
        var random = new Random(20250131);
        await RandomRequestsAsync(department, random, 12);
        await RandomRequestsAsync(government, random, 8);
        await RandomRequestsAsync(stranger, random, 3);
        await RandomAppealsAsync(department, random, 6);
        await RandomAppealsAsync(stranger, random, 2);
        await RandomRegistersAsync(government, random, 5);
        await WithAsync(sp => sp.GetRequiredService<ReportProseEditor>()
            .SaveAsync(RequestTestKit.Everyone(government), government, 2023, SectionId.OtherMatters, "本年度无其他需要报告的事项。"));
        var supervisor = new StaffScope(Guid.NewGuid(), "office", region, [AccountRole.Supervisor], [department, government]);

        foreach (var year in new[] { 2022, 2023 })
        {
            // At once first: the department's catalogue has never been opened, so the region reads the defaults it would seed.
            var all = await WithAsync(sp => sp.GetRequiredService<AnnualReportAssembler>().AssembleAllAsync(supervisor, [department, government, stranger], year));
            var overview = (await WithAsync(sp => sp.GetRequiredService<SupervisionOverview>().ForRegionAsync(supervisor, region, year))).Value;

            Assert.Equal(new[] { department, government }.Order(), all.Keys.Order());
            foreach (var agency in new[] { department, government })
            {
                var single = (await WithAsync(sp => sp.GetRequiredService<AnnualReportAssembler>()
                    .AssembleAsync(RequestTestKit.Clerk(agency), agency, year))).Value;
                var grouped = all[agency];
                Assert.Equal(single.Report.Cells.OrderBy(c => c.Key, StringComparer.Ordinal), grouped.Report.Cells.OrderBy(c => c.Key, StringComparer.Ordinal));
                Assert.Equal(single.Report.Sections.Values.Select(s => (s.Id, s.Body)), grouped.Report.Sections.Values.Select(s => (s.Id, s.Body)));
                Assert.Equal(single.Template.OrderBy(t => t.Key), grouped.Template.OrderBy(t => t.Key));
                Assert.Equal(single.EditedSections.Order(), grouped.EditedSections.Order());
                Assert.Equal(single.NotComputed, grouped.NotComputed);
                Assert.Equal(single.Findings.Select(Describe), grouped.Findings.Select(Describe));
                var status = overview.Agencies.Single(a => a.AgencyId == agency);
                Assert.Equal((single.Findings.Count(f => f.IsBlocking), single.Findings.Count(f => !f.IsBlocking), single.NotComputed.Count),
                    (status.BlockingFindings, status.Warnings, status.NotComputedCells));
            }
            Assert.Contains(all[department].Report.Cells, c => c.Key.StartsWith("t4.", StringComparison.Ordinal) && c.Value.Number > 0);
        }
    }

    private static string Describe(ReportFinding finding) =>
        $"{finding.RuleId} {finding.Severity} {string.Join(',', finding.Cells.Select(c => c.CellId))} {finding.Expected} {finding.Found} {finding.MessageZh}";
}

public sealed class SqliteRegionAssemblyTests(SqliteAppFixture app) : RegionAssemblyTests<SqliteAppFixture>(app);

public sealed class PostgresRegionAssemblyTests(PostgresAppFixture app) : RegionAssemblyTests<PostgresAppFixture>(app);
