using System.Net;
using Gongkai.Core;
using Gongkai.Services.Disclosure;
using Gongkai.Web.Tests.Infrastructure;
using static Gongkai.Web.Tests.Disclosure.CatalogueWorld;

namespace Gongkai.Web.Tests.Disclosure;

/// <summary>The public portal over HTTP: what a published item shows everywhere, and what a draft or withdrawn item shows nowhere.</summary>
public abstract class PortalTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private readonly CatalogueWorld world = new(app);

    [DatabaseFact]
    public async Task PublishedItem_AppearsInTheCatalogue_ItsPage_TheFeed_TheSitemap_AndSearchWithHighlights()
    {
        var (agency, code) = await world.AddAgencyAsync();
        var id = await world.PublishAsync(agency, world.Item("基层科技服务动态", "科技特派员开展技术培训") with { DocumentNumber = "红科发〔2024〕3号" });
        var client = app.CreateClient();

        var catalogue = await client.GetStringAsync($"/xxgk/{agency:N}?category=news");
        Assert.Contains("基层科技服务动态", catalogue);
        Assert.Contains($"{code}/{world.Today.Year}-00001", catalogue);

        var page = await client.GetStringAsync($"/xxgk/items/{id:N}");
        foreach (var label in new[] { "索引号", "发布机构", "生成日期", "文号", "有效性" }) Assert.Contains($"<dt>{label}</dt>", page);
        Assert.Contains("红科发〔2024〕3号", page);
        Assert.Contains("<html lang=\"zh-CN\">", page);
        Assert.Contains("href=\"#main\"", page);
        Assert.Contains($"<a href=\"/apply/{agency:N}\">依申请公开</a>", page);

        var feed = await client.GetAsync($"/xxgk/{agency:N}/feed.atom");
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("基层科技服务动态", await feed.Content.ReadAsStringAsync());
        Assert.Contains($"/xxgk/{agency:N}/news/feed.atom", catalogue);
        Assert.Contains($"/xxgk/items/{id:N}", await client.GetStringAsync("/sitemap.xml"));

        var search = await client.GetStringAsync($"/xxgk/search?q={Uri.EscapeDataString("科技 培训")}&agency={agency:N}");
        Assert.Contains($"/xxgk/items/{id:N}", search);
        Assert.Contains("<mark>培训</mark>", search);
    }

    [DatabaseFact]
    public async Task DraftAndWithdrawnItems_AnswerNotFound_AndAreInNoListFeedOrSitemap()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var draft = Ok(await world.With<DisclosureDesk, DomainResult<Guid>>(d => d.DraftAsync(Clerk(agency), world.Item("草稿标题甲", "草稿"))));
        var withdrawn = await world.PublishAsync(agency, world.Item("撤回标题乙", "已撤回"));
        Ok(await world.With<DisclosureDesk, DomainResult<Guid>>(d => d.WithdrawAsync(Leader(agency), withdrawn, "错误发布")));
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/xxgk/items/{draft:N}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/xxgk/items/{withdrawn:N}")).StatusCode);
        var everywhere = await client.GetStringAsync($"/xxgk/{agency:N}") + await client.GetStringAsync($"/xxgk/{agency:N}/feed.atom")
            + await client.GetStringAsync("/sitemap.xml");
        Assert.DoesNotContain("草稿标题甲", everywhere);
        Assert.DoesNotContain("撤回标题乙", everywhere);
        Assert.DoesNotContain(withdrawn.ToString("N"), everywhere);
    }

    [DatabaseFact]
    public async Task Guide_ShowsTheAgencysOfficeAndCategories_AndTheAnnualReportListIsEmptyWithoutReports()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var client = app.CreateClient();
        var guide = await client.GetStringAsync($"/xxgk/{agency:N}/guide");
        Assert.Contains("红寺堡区政务服务中心三楼", guide);
        Assert.Contains("（七）财政预算、决算信息", guide);
        Assert.Contains("暂无已发布的年度报告", await client.GetStringAsync($"/xxgk/annual-reports?agency={agency:N}"));
    }
}

public sealed class SqlitePortalTests(SqliteAppFixture app) : PortalTests<SqliteAppFixture>(app);

public sealed class PostgresPortalTests(PostgresAppFixture app) : PortalTests<PostgresAppFixture>(app);
