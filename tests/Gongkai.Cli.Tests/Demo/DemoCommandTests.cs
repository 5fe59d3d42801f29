using System.Text.Json;
using Gongkai.Core.Appeals;
using Gongkai.Core.Reporting;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Data.Persistence;
using Gongkai.Data.Requests;
using Gongkai.Services;
using Gongkai.Services.Access;
using Gongkai.Services.Appeals;
using Gongkai.Services.Demo;
using Gongkai.Services.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Gongkai.Cli.Tests.Demo;

/// <summary>
/// Acceptance of the demo data (issue #7): 红寺堡区科学技术局's 2023 report built from its records equals the seed report's tables
/// and passes every check; the busy agency's reports pass every check and carry 2023's open requests into 2024 exactly — also after
/// a 2023 request is reopened by a 纠正 decision in 2024.
/// </summary>
public sealed class DemoCommandTests(DemoDataFixture demo, ITestOutputHelper output) : IClassFixture<DemoDataFixture>
{
    private static readonly string[] Columns = ["c1", "c2", "c3", "c4", "c5", "c6", "c7"];

    [Fact]
    public void Demo_PrintsTheAccountsWithTheirPassword_AndPublishesBoth2023Reports()
    {
        output.WriteLine($"demo build: {demo.Elapsed.TotalSeconds:0.0} s");
        Assert.True(demo.Load.ExitCode == 0, demo.Load.Stderr);
        foreach (var user in new[] { "kjj-clerk", "kjj-reviewer", "kjj-leader", "kjj-head", "kjj-admin", "zrj-clerk", "hsb-supervisor", "admin" })
            Assert.Contains(user, demo.Load.Stdout);
        Assert.Contains(DemoDatabase.Password, demo.Load.Stdout);
        Assert.Contains($"已公布年度报告：{DemoDataFixture.ScienceBureau} 2023", demo.Load.Stdout);
        Assert.Contains($"已公布年度报告：{DemoDataFixture.ResourcesBureau} 2023", demo.Load.Stdout);
    }

    [Fact]
    public void Demo_OnADatabaseThatIsNotEmpty_ChangesNothingAndExitsOne()
    {
        var again = demo.Run("demo");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("未载入演示数据", again.Stderr);
    }

    [Fact]
    public void ScienceBureau2023_ExportedAsJson_HasTheSeedReportsTables_AndPassesEveryCheck()
    {
        var exported = demo.ExportJson(DemoDataFixture.ScienceBureau, 2023);
        var (seedExit, seed) = DemoDataFixture.Check(SharedFiles.SeedPath);
        Assert.Equal(0, seedExit);

        var (exit, checkedExport) = DemoDataFixture.Check(exported);

        Assert.Equal(0, exit);
        Assert.Empty(checkedExport.GetProperty("findings").EnumerateArray());
        var expected = DemoDataFixture.TableCells(seed);
        var actual = DemoDataFixture.TableCells(exported);
        Assert.Equal(ReportLayout.F2021.Cells.Count, expected.Count);
        Assert.Equal(expected.OrderBy(c => c.Key, StringComparer.Ordinal), actual.OrderBy(c => c.Key, StringComparer.Ordinal));
        // Section 一（一）: the 225 items of the seed, generated from the catalogue (P1 reads the sentence back).
        var overview = JsonDocument.Parse(File.ReadAllText(exported)).RootElement.GetProperty("sections")[0].GetProperty("body").GetString();
        Assert.Contains("主动公开信息 225 条，其中：政府信息公开年报 1 件，机构职能 1 件，预决算公开 3 件，行政权力运行 1 件，公示公告 4 件，专题专栏 1 件，"
            + "政府开放日 1 件，部门动态 30 件，通过“红寺堡科技”官方微信公众号转载、发布日常科技服务、技术培训等各类信息 183 条。", overview);
        Assert.NotEqual(JsonValueKind.Null, JsonDocument.Parse(File.ReadAllText(exported)).RootElement.GetProperty("publishedOn").ValueKind);
    }

    [Fact]
    public void ResourcesBureau_BothYearsPassEveryCheck_And2024CarriesOverExactlyWhatThePublished2023LeftOpen()
    {
        var (published2023, live2024) = (demo.ExportJson(DemoDataFixture.ResourcesBureau, 2023), demo.ExportJson(DemoDataFixture.ResourcesBureau, 2024));

        AssertPassesEveryCheck(published2023, null);
        AssertPassesEveryCheck(live2024, published2023);
        var before = DemoDataFixture.TableCells(published2023);
        var after = DemoDataFixture.TableCells(live2024);
        AssertCarriedOver(before, after);
        Assert.True(before["t3.r4.c7"] > 0, "requests open at the end of 2023");
        Assert.True(after["t3.r4.c7"] > 0, "requests open at the end of 2024");
        Assert.True(before["t3.r1.c7"] + after["t3.r1.c7"] >= 200, "hundreds of requests");
        // Every outcome row and every applicant column is used; every result of table 四 occurs in each group.
        foreach (var outcome in Outcomes.All)
            Assert.True(before[$"t3.{outcome.RowId}.c7"] > 0, $"{outcome.RowId} in 2023");
        foreach (var column in Columns)
            Assert.True(before[$"t3.r1.{column}"] + after[$"t3.r1.{column}"] > 0, $"applicants of {column}");
        foreach (var cell in new[] { "a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4", "c1", "c2", "c3", "c4" })
            Assert.True(before[$"t4.{cell}"] + after[$"t4.{cell}"] > 0, $"table 四 {cell}");
    }

    [Fact]
    public async Task ResourcesBureau_A2023RequestReopenedByACorrectionIn2024_IsANewRequestOf2024_AndTheCarryOverStaysExact()
    {
        var published2023 = demo.ExportJson(DemoDataFixture.ResourcesBureau, 2023);
        var before2024 = DemoDataFixture.TableCells(demo.ExportJson(DemoDataFixture.ResourcesBureau, 2024));
        var clock = new DemoClock(new DateTimeOffset(2025, 1, 20, 2, 0, 0, TimeSpan.Zero));
        await using var services = Services(clock);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var agency = await db.Agencies.Where(a => a.Name == DemoDataFixture.ResourcesBureau).Select(a => a.Id).SingleAsync();
        var appealed = await db.AppealCases.Select(c => c.RequestId).ToListAsync();
        var original = await db.Set<DisclosureRequestRecord>()
            .Where(r => r.AgencyId == agency && r.Outcome == Outcome.NotHeld && r.ConcludedOn < new DateOnly(2023, 12, 1) && !appealed.Contains(r.Id))
            .OrderBy(r => r.Number).FirstAsync();
        var clerk = StaffScope.ForAgency(agency, AccountRole.Clerk);
        var cases = scope.ServiceProvider.GetRequiredService<AppealCases>();

        var lockedFiling = await cases.FileAsync(clerk, new NewAppealCase(agency, AppealKind.Reconsideration, original.Id, original.Number,
            original.ReceivedOn!.Value, "吴红政复〔2023〕99号", new DateOnly(2023, 12, 28)));
        var filed = await cases.FileAsync(clerk, new NewAppealCase(agency, AppealKind.Reconsideration, original.Id, original.Number,
            original.ReceivedOn!.Value, "吴红政复〔2024〕21号", new DateOnly(2024, 2, 5)));
        var concluded = await cases.ConcludeAsync(clerk, filed.Value.Id,
            new AppealConclusion(AppealDecision.Revoked, new DateOnly(2024, 4, 1), true, new DateOnly(2024, 4, 3), null));

        Assert.IsType<ReportingPeriodLockedError>(lockedFiling.Error);
        Assert.True(concluded.Succeeded, concluded.Error?.MessageEn);
        Assert.StartsWith("2024-", concluded.Value.Opened!.Number);
        var after2024File = demo.ExportJson(DemoDataFixture.ResourcesBureau, 2024);
        var after2024 = DemoDataFixture.TableCells(after2024File);
        AssertPassesEveryCheck(after2024File, published2023);
        AssertCarriedOver(DemoDataFixture.TableCells(published2023), after2024);
        var column = original.ApplicantKind.ColumnId();
        Assert.Equal(before2024[$"t3.r1.{column}"] + 1, after2024[$"t3.r1.{column}"]);
        Assert.Equal(before2024["t3.r4.c7"] + 1, after2024["t3.r4.c7"]);
        Assert.Equal(before2024["t4.a2"] + 1, after2024["t4.a2"]);
        // The published 2023 report is the frozen one, unchanged by the decision.
        Assert.Equal(File.ReadAllText(published2023), File.ReadAllText(demo.ExportJson(DemoDataFixture.ResourcesBureau, 2023)));
    }

    private static void AssertPassesEveryCheck(string file, string? previous)
    {
        var (exit, root) = DemoDataFixture.Check(file, previous);
        var findings = root.GetProperty("findings").EnumerateArray().Select(f => f.GetRawText()).ToList();
        Assert.True(exit == 0 && findings.Count == 0, $"{Path.GetFileName(file)}: {string.Join("\n", findings)}");
    }

    /// <summary>R7 per column: r2 of 2024 equals r4 of the published 2023 report.</summary>
    private static void AssertCarriedOver(IReadOnlyDictionary<string, decimal> published2023, IReadOnlyDictionary<string, decimal> live2024)
    {
        foreach (var column in Columns)
            Assert.Equal(published2023[$"t3.r4.{column}"], live2024[$"t3.r2.{column}"]);
    }

    private ServiceProvider Services(TimeProvider clock)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "sqlite", ["DataDirectory"] = demo.DataDir,
        }).Build());
        collection.AddLogging();
        collection.AddSingleton(clock);
        collection.AddGongkaiServices();
        return collection.BuildServiceProvider();
    }
}
