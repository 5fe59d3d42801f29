using System.Text.RegularExpressions;
using Gongkai.Browser.Tests.Catalogue;
using Gongkai.Browser.Tests.Infrastructure;
using Gongkai.Services.Access;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Browser.Tests.ReportAudits;

/// <summary>
/// 年报批量审查 in a real browser (issue 8): a clerk signs in, uploads the seed report and a real report of the corpus through
/// the upload form, sees the findings, dismisses one with a reason, audits the same file again and finds the decision kept and
/// nothing changed, and downloads the stored file — the bytes it uploaded, under its Chinese name.
/// </summary>
public sealed class ReportAuditBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>, IDisposable
{
    private const string CorpusName = "平潭交通与建设局2023年报.txt";

    private readonly CatalogueBrowserWorld _world = new(app);
    private readonly string _folder = Directory.CreateTempSubdirectory("gongkai-audit-upload-").FullName;

    [Fact]
    public async Task Clerk_AuditsTheSeedAndACorpusReport_DismissesAFinding_KeepsItOnReRead_AndDownloadsTheStoredFileByteForByte()
    {
        var seed = Path.Combine(SharedRoot(), "seed", "hongsibao-kejiju-2023-annual-report.txt");
        // A Chinese file name, as agencies name their reports: it must come back unchanged in the download.
        var corpus = Path.Combine(_folder, CorpusName);
        File.Copy(Path.Combine(SharedRoot(), "corpus", "pingtan", "016_pingtan-jiaotongjianshe_2023.txt"), corpus);
        var agency = await _world.AddAgencyAsync("红寺堡区审计测试局");
        var page = await _world.SignInAsync(await _world.AddPersonAsync(agency, AccountRole.Clerk));

        await page.GotoAsync("/staff/report-audits");
        await page.GetByLabel("名称（可选）").FillAsync("浏览器审查第一次");
        await page.GetByLabel("年报文件").SetInputFilesAsync([seed, corpus]);
        await page.GetByRole(AriaRole.Button, new() { Name = "开始审查" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/staff/report-audits/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "浏览器审查第一次" })).ToBeVisibleAsync();
        var summary = page.Locator("#audit-summary");
        await Expect(summary.Locator("tr[data-file='hongsibao-kejiju-2023-annual-report.txt']")).ToContainTextAsync("红寺堡区科学技术局");
        await Expect(summary.Locator($"tr[data-file='{CorpusName}']")).ToContainTextAsync("平潭综合实验区交通与建设局");
        var findings = CorpusFile(page).Locator("tr[data-rule]");
        Assert.True(await findings.CountAsync() > 0, "the corpus report has findings");

        var first = findings.First;
        var rule = await first.GetAttributeAsync("data-rule");
        await first.GetByLabel("理由").FillAsync("原文表格数字经人工核对无误，属读取误差");
        await first.GetByRole(AriaRole.Button, new() { Name = "排除" }).ClickAsync();
        var decided = CorpusFile(page).Locator("[data-decision='Dismissed']");
        await Expect(decided).ToContainTextAsync("已排除：原文表格数字经人工核对无误，属读取误差");

        await page.GotoAsync("/staff/report-audits");
        await page.GetByLabel("名称（可选）").FillAsync("浏览器审查第二次");
        await page.GetByLabel("年报文件").SetInputFilesAsync([corpus]);
        await page.GetByRole(AriaRole.Button, new() { Name = "开始审查" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "浏览器审查第二次" })).ToBeVisibleAsync();
        var again = CorpusFile(page);
        await Expect(again.Locator(".read-diff")).ToContainTextAsync("读取结果和审查结果均无变化（同一文件）");
        await Expect(again.Locator($"tr[data-rule='{rule}'] [data-decision='Dismissed']").First).ToContainTextAsync("属读取误差");

        var download = await page.RunAndWaitForDownloadAsync(() => again.GetByRole(AriaRole.Link, new() { Name = "下载原文件 " + CorpusName }).ClickAsync());
        Assert.Equal(CorpusName, download.SuggestedFilename);
        var saved = Path.Combine(_folder, "downloaded.txt");
        await download.SaveAsAsync(saved);
        Assert.Equal(await File.ReadAllBytesAsync(corpus), await File.ReadAllBytesAsync(saved));
    }

    /// <summary>The details of the corpus file on a run page.</summary>
    private static ILocator CorpusFile(IPage page) => page.Locator("details.audit-file", new() { HasText = CorpusName });

    /// <summary>The shared folder beside the repository (seed and corpus reports), found from the test's output folder.</summary>
    private static string SharedRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx"))) return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
