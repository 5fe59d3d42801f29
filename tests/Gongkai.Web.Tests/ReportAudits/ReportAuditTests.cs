using System.Net;
using System.Text;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Markdown;
using Gongkai.Services.Access;
using Gongkai.Services.ReportChecking;
using Gongkai.Web.Tests.AnnualReports;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.ReportAudits;

/// <summary>
/// 年报批量审查 on SQLite and PostgreSQL: runs stored with fingerprinted findings, decisions kept across re-reads, the diff
/// between reads, access by the agency tree, the staff pages and several files on the public check page.
/// </summary>
public abstract class ReportAuditTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private const string SharedProblems =
        "一是政府信息公开的及时性和规范性还需加强，部分栏目更新不够及时，信息发布审核流程仍需细化。二是政策解读的形式比较单一，" +
        "图解、视频等多样化解读较少，解读的针对性和可读性有待提高。三是工作人员业务能力有待提升。下一步，将加强业务培训，" +
        "完善信息发布审核制度，丰富政策解读形式，切实提升政府信息公开工作质量。";

    private static byte[] Markdown(int seed, string agency, int year, Action<AnnualReport>? change = null)
    {
        var report = SampleReports.Consistent(new Random(seed), ReportFormat.F2021, density: 0.6, maxCount: 80);
        report.AgencyName = agency;
        report.Year = year;
        report.Title = $"{agency}{year}年政府信息公开工作年度报告";
        report.SetSection(SectionId.Overview, $"{year}年，本机关依法做好政府信息公开工作。");
        report.SetSection(SectionId.ProblemsAndImprovements, SharedProblems);
        change?.Invoke(report);
        return Encoding.UTF8.GetBytes(MarkdownReportRenderer.Render(report));
    }

    private static ReportSubmission File(string name, byte[] bytes) => new(name, bytes);

    private async Task<T> WithAuditing<T>(Func<ReportAuditing, Task<T>> action)
    {
        await using var scope = app.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<ReportAuditing>());
    }

    [DatabaseFact]
    public async Task Run_OfTwoSiblingReports_StoresEachFileWithCopiedProseAndFingerprintedFindings()
    {
        var (_, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
        var clerk = StaffScope.ForAgency(agency, AccountRole.Clerk);

        var runId = (await WithAuditing(a => a.RunAsync(clerk, null,
            [File("甲.md", Markdown(1, "某县自然资源局", 2023)), File("乙.md", Markdown(2, "某县生态环境局", 2023))]))).Value;
        var run = (await WithAuditing(a => a.FindAsync(clerk, runId))).Value;

        Assert.Equal(2, run.Files.Count);
        Assert.True(run.CanDecide);
        Assert.All(run.Files, f => Assert.Equal(1, f.CopiedSections));
        var copy = run.Files[0].Findings.Single(f => f.RuleId == "C2").Copy!;
        Assert.Equal("某县生态环境局", copy.SourceAgency);
        Assert.Equal("乙.md", copy.SourceFile);
        Assert.Equal(5, copy.Section);
        Assert.All(run.Files.SelectMany(f => f.Findings), f => Assert.Equal(64, f.Fingerprint.Length));
        Assert.Contains("年报审查（2 份）", run.Title);
    }

    [DatabaseFact]
    public async Task Decision_OnAFinding_IsKeptWhenTheSameFileIsAuditedAgain_AndTheDiffSaysNothingChanged()
    {
        var (_, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
        var clerk = StaffScope.ForAgency(agency, AccountRole.Clerk);
        var bytes = Markdown(3, "某县教育局", 2023);
        var first = (await WithAuditing(a => a.RunAsync(clerk, "第一次", [File("教育局.md", bytes), File("别局.md", Markdown(4, "某县卫生健康委员会", 2023))]))).Value;
        var finding = (await WithAuditing(a => a.FindAsync(clerk, first))).Value.Files[0].Findings.First(f => f.RuleId == "C2");

        var decided = await WithAuditing(a => a.DecideAsync(clerk, first, finding.Id!.Value, FindingDecision.Dismissed, "区里统一下发的写作模板"));
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = (await WithAuditing(a => a.RunAsync(clerk, "第二次", [File("教育局-重传.md", bytes), File("别局.md", Markdown(4, "某县卫生健康委员会", 2023))]))).Value;
        var rerun = (await WithAuditing(a => a.FindAsync(clerk, second))).Value.Files[0];

        Assert.True(decided.Succeeded);
        var kept = rerun.Findings.Single(f => f.Fingerprint == finding.Fingerprint);
        Assert.Equal(FindingDecision.Dismissed, kept.Decision!.Decision);
        Assert.Equal("区里统一下发的写作模板", kept.Decision.Comment);
        Assert.NotNull(rerun.Diff);
        Assert.True(rerun.Diff!.SameFile);
        Assert.True(rerun.Diff.Unchanged);
    }

    [DatabaseFact]
    public async Task ReRead_WithACellReadDifferently_ShowsTheCellAndTheNewFinding_AndKeepsDecisionsOfUnchangedFindings()
    {
        var (_, agency, _) = await AnnualReportTestData.AddRegionAsync(app);
        var clerk = StaffScope.ForAgency(agency, AccountRole.Clerk);
        var before = Markdown(5, "某县交通运输局", 2023, r => r.Set("t3.r1.c1", r.Number("t3.r1.c1")!.Value + 3));
        var first = (await WithAuditing(a => a.RunAsync(clerk, null, [File("交通.md", before)]))).Value;
        var blocking = (await WithAuditing(a => a.FindAsync(clerk, first))).Value.Files[0].Findings.First(f => f.Severity == FindingSeverity.Error);
        await WithAuditing(a => a.DecideAsync(clerk, first, blocking.Id!.Value, FindingDecision.Confirmed, "已电话核实，申请数填错"));

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var after = Markdown(5, "某县交通运输局", 2023, r =>
        {
            r.Set("t3.r1.c1", r.Number("t3.r1.c1")!.Value + 3);
            r.Set("t4.a1", r.Number("t4.a1")!.Value + 1);
        });
        var second = (await WithAuditing(a => a.RunAsync(clerk, null, [File("交通.md", after)]))).Value;
        var file = (await WithAuditing(a => a.FindAsync(clerk, second))).Value.Files[0];

        Assert.False(file.Diff!.SameFile);
        var changed = Assert.Single(file.Diff.Cells);
        Assert.Equal("t4.a1", changed.CellId);
        Assert.Contains(file.Diff.NewFindings, f => f.RuleId == "R5");
        Assert.Equal(FindingDecision.Confirmed, file.Findings.Single(f => f.Fingerprint == blocking.Fingerprint).Decision!.Decision);
    }

    [DatabaseFact]
    public async Task Runs_AreSeenByTheirAgencyAndItsSupervisor_OnlyTheirAgencyDecides_AndOtherAgenciesSeeNothing()
    {
        var (region, agency, other) = await AnnualReportTestData.AddRegionAsync(app);
        var clerk = StaffScope.ForAgency(agency, AccountRole.Clerk);
        var runId = (await WithAuditing(a => a.RunAsync(clerk, null, [File("a.md", Markdown(6, "某县水利局", 2023))]))).Value;
        var findingId = (await WithAuditing(a => a.FindAsync(clerk, runId))).Value.Files[0].Findings.FirstOrDefault()?.Id;
        var supervisor = new StaffScope(Guid.NewGuid(), "督查员", region, [AccountRole.Supervisor], [agency, other]);
        var stranger = StaffScope.ForAgency(other, AccountRole.Clerk);

        var seenBySupervisor = await WithAuditing(a => a.FindAsync(supervisor, runId));
        var seenByStranger = await WithAuditing(a => a.FindAsync(stranger, runId));
        var strangerList = await WithAuditing(a => a.ListAsync(stranger));
        var supervisorDecides = await WithAuditing(a => a.DecideAsync(supervisor, runId, findingId ?? Guid.NewGuid(), FindingDecision.Confirmed, "督查意见"));
        var strangerDecides = await WithAuditing(a => a.DecideAsync(stranger, runId, findingId ?? Guid.NewGuid(), FindingDecision.Confirmed, "越权"));
        var noReason = await WithAuditing(a => a.DecideAsync(clerk, runId, findingId ?? Guid.NewGuid(), FindingDecision.Confirmed, "  "));

        Assert.True(seenBySupervisor.Succeeded);
        Assert.False(seenBySupervisor.Value.CanDecide);
        Assert.IsType<ReportAuditRunNotFoundError>(seenByStranger.Error);
        Assert.DoesNotContain(strangerList, r => r.Id == runId);
        Assert.IsType<ReportAuditDecisionNotAllowedError>(supervisorDecides.Error);
        Assert.IsType<ReportAuditRunNotFoundError>(strangerDecides.Error);
        Assert.IsType<ReportAuditCommentRequiredError>(noReason.Error);
    }

    [DatabaseFact]
    public async Task StaffPages_UploadSeveralFiles_ShowTheRunWithItsSummary_AndConfirmAFinding()
    {
        var (_, agency, other) = await AnnualReportTestData.AddRegionAsync(app);
        var client = app.CreateStaffClient(agency, AccountRole.Clerk);
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/staff/report-audits"));

        var post = await client.PostAsync("/staff/report-audits", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Markdown(7, "某县民政局", 2023)), "Uploads", "民政.md" },
            { new ByteArrayContent(Markdown(8, "某县司法局", 2023)), "Uploads", "司法.md" },
        });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var runPath = post.Headers.Location!.ToString();
        var page = await client.GetStringAsync(runPath);

        Assert.Contains("id=\"audit-summary\"", page);
        Assert.Contains("民政.md", page);
        Assert.Contains("司法.md", page);
        Assert.Contains("data-rule=\"C2\"", page);
        Assert.Contains("公布日期未知", page);

        var findingId = System.Text.RegularExpressions.Regex.Match(page, "name=\"FindingId\" value=\"([0-9a-f-]+)\"").Groups[1].Value;
        var decide = await client.PostAsync(runPath + "?handler=decide", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(page), ["FindingId"] = findingId, ["Decision"] = "Confirmed", ["Comment"] = "确属照搬",
        }));
        Assert.Equal(HttpStatusCode.Redirect, decide.StatusCode);
        Assert.Contains("确属照搬", await client.GetStringAsync(runPath));

        var stranger = app.CreateStaffClient(other, AccountRole.Clerk);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(runPath)).StatusCode);
    }

    [DatabaseFact]
    public async Task StoredFile_DownloadsByteForByte_WithItsChineseName_ForTheAgencyAndItsSupervisor_AndIsNotFoundForAnotherAgency()
    {
        var (region, agency, other) = await AnnualReportTestData.AddRegionAsync(app);
        var bytes = Markdown(11, "某县市场监督管理局", 2023);
        var runId = (await WithAuditing(a => a.RunAsync(StaffScope.ForAgency(agency, AccountRole.Clerk), null, [File("市场监管局 2023年报.md", bytes)]))).Value;
        var page = await app.CreateStaffClient(agency, AccountRole.Clerk).GetStringAsync($"/staff/report-audits/{runId}");
        var link = System.Text.RegularExpressions.Regex.Match(page, $"href=\"(/staff/report-audits/{runId}/files/[0-9a-f-]+)\"").Groups[1].Value;

        var download = await app.CreateStaffClient(agency, AccountRole.Clerk).GetAsync(link);
        var bySupervisor = await app.CreateStaffClient(region, AccountRole.Supervisor).GetAsync(link);
        var byStranger = await app.CreateStaffClient(other, AccountRole.Clerk).GetAsync(link);
        var otherRunsFile = await app.CreateStaffClient(agency, AccountRole.Clerk).GetAsync($"/staff/report-audits/{runId}/files/{Guid.NewGuid()}");

        Assert.NotEqual("", link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/plain", download.Content.Headers.ContentType!.MediaType);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("市场监管局 2023年报.md", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", download.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(download.Headers.CacheControl!.NoStore);
        Assert.Equal(HttpStatusCode.OK, bySupervisor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherRunsFile.StatusCode);
    }

    [Theory]
    [InlineData("pdf", "application/pdf")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("html", "text/html")]
    [InlineData("text", "text/plain")]
    [InlineData("unsupported", "application/octet-stream")]
    public void StoredFile_MediaType_FollowsTheKindTheBytesWereReadAs(string kind, string mediaType) =>
        Assert.Equal(mediaType, AuditStoredFile.MediaTypeOf(kind));

    [DatabaseFact]
    public async Task PublicCheckPage_WithSeveralFiles_ShowsOneSummaryRowPerFile()
    {
        var client = app.CreateClient();
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync("/reports/check"));

        var response = await client.PostAsync("/reports/check", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Markdown(9, "某县商务局", 2023)), "Upload", "商务.md" },
            { new ByteArrayContent(Markdown(10, "某县文旅局", 2023)), "Upload", "文旅.md" },
            { new ByteArrayContent("会议纪要：讨论食堂菜单。"u8.ToArray()), "Upload", "纪要.txt" },
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("3 份年报的检查结果", html);
        Assert.Contains("无法读取", html);
        Assert.Contains("data-rule=\"C2\"", html);
        Assert.DoesNotContain("name=\"FindingId\"", html);
    }
}

public sealed class SqliteReportAuditTests(SqliteAppFixture app) : ReportAuditTests<SqliteAppFixture>(app);

public sealed class PostgresReportAuditTests(PostgresAppFixture app) : ReportAuditTests<PostgresAppFixture>(app);
