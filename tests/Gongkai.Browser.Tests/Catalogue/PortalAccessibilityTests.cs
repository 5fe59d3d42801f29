using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Gongkai.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gongkai.Browser.Tests.Catalogue;

/// <summary>
/// 无障碍 (WCAG 2.1 AA; GB/T 37668 follows it): axe-core runs in the browser on every page of the portal a member of the public
/// reaches — the agency list, 指南, 目录, an item page, search results, the 依申请公开 form and the annual-report list — and finds
/// no serious or critical violation.
/// </summary>
public sealed class PortalAccessibilityTests(BrowserAppFixture app, ITestOutputHelper output) : IClassFixture<BrowserAppFixture>
{
    private readonly CatalogueBrowserWorld world = new(app);

    [Fact]
    public async Task PortalPages_HaveNoSeriousOrCriticalAxeViolations()
    {
        var agency = await world.AddAgencyAsync("红寺堡区科学技术局");
        var item = await world.PublishAsync(agency, "科技特派员服务动态", "科技特派员开展技术培训。", "红科发〔2024〕1号");
        await world.PublishAsync(agency, "农业科技示范园建设情况", "本年度建成示范园两处。");

        string[] urls =
        [
            "/xxgk",
            $"/xxgk/{agency:N}/guide",
            $"/xxgk/{agency:N}",
            $"/xxgk/{agency:N}?category=news",
            $"/xxgk/items/{item:N}",
            "/xxgk/search?q=" + Uri.EscapeDataString("科技 培训"),
            "/xxgk/search",
            $"/apply/{agency:N}",
            "/xxgk/annual-reports",
        ];
        var page = await app.NewPageAsync();
        var failures = new List<string>();
        foreach (var url in urls)
        {
            var response = await page.GotoAsync(url);
            Assert.True(response is { Status: 200 }, $"{url} answered {response?.Status}");
            var result = await page.RunAxe();
            // axe ran over the page (it found the document's language and title) rather than over an empty frame.
            Assert.Contains(result.Passes, r => r.Id == "html-has-lang");
            Assert.Contains(result.Passes, r => r.Id == "document-title");
            foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
                failures.Add($"{url}: {violation.Id} ({violation.Impact}) {violation.Help} — " +
                             string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html)));
            foreach (var violation in result.Violations.Where(v => v.Impact is not ("serious" or "critical")))
                output.WriteLine($"{url}: {violation.Id} ({violation.Impact}) {violation.Help}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task TheGuide_LeadsToTheAgencysOnlineApplicationForm()
    {
        var agency = await world.AddAgencyAsync("红寺堡区水务局");
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/xxgk/{agency:N}/guide");

        await page.GetByRole(AriaRole.Link, new() { Name = "在线提交申请" }).ClickAsync();

        Assert.EndsWith($"/apply/{agency:N}", page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        Assert.Equal(200, (await page.GotoAsync("/xxgk"))!.Status);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^在线申请\s*（红寺堡区水务局）$") }).ClickAsync();
        Assert.EndsWith($"/apply/{agency:N}", page.Url);
    }

    [Fact]
    public async Task SkipLink_IsTheFirstStop_AndMovesFocusToTheMainContent()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/xxgk");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("跳到正文", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
    }
}
