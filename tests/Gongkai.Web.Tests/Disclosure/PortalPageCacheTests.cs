using System.Net;
using System.Net.Http.Headers;
using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Disclosure;

/// <summary>
/// The portal's page cache: an anonymous visitor gets the kept rendering only while nothing it shows has changed — a new
/// publication, a scheduled item's time, a withdrawal all show at once — and signed-in staff never get the anonymous page.
/// </summary>
public abstract class PortalPageCacheTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private readonly CatalogueWorld world = new(app);

    [DatabaseFact]
    public async Task CataloguePage_RepeatedAnonymously_IsTheSameBytesWithAnETag_AndARevalidationAnswers304()
    {
        var (agency, _) = await world.AddAgencyAsync();
        await world.PublishAsync(agency, world.Item("缓存测试通知甲", "正文"));
        var client = app.CreateClient();

        using var first = await client.GetAsync($"/xxgk/{agency:N}");
        using var second = await client.GetAsync($"/xxgk/{agency:N}");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        var etag = second.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal(first.Headers.ETag, etag);
        Assert.Equal("nosniff", second.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", second.Headers.GetValues("Content-Security-Policy").Single());

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, $"/xxgk/{agency:N}");
        revalidate.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        using var notModified = await client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [DatabaseFact]
    public async Task CachedCatalogueAndItemPages_ShowAPublicationAndAWithdrawal_OnTheNextRequest()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var first = await world.PublishAsync(agency, world.Item("缓存测试通知乙", "正文"));
        var client = app.CreateClient();
        Assert.DoesNotContain("缓存测试通知丙", await client.GetStringAsync($"/xxgk/{agency:N}"));
        Assert.Contains("缓存测试通知乙", await client.GetStringAsync($"/xxgk/items/{first:N}"));

        await world.PublishAsync(agency, world.Item("缓存测试通知丙", "正文"));
        Assert.Contains("缓存测试通知丙", await client.GetStringAsync($"/xxgk/{agency:N}"));

        CatalogueWorld.Ok(await world.With<Gongkai.Services.Disclosure.DisclosureDesk, Gongkai.Core.DomainResult<Guid>>(d =>
            d.WithdrawAsync(CatalogueWorld.Leader(agency), first, "错误发布")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/xxgk/items/{first:N}")).StatusCode);
        Assert.DoesNotContain("缓存测试通知乙", await client.GetStringAsync($"/xxgk/{agency:N}"));
    }

    [DatabaseFact]
    public async Task ScheduledItem_AppearsOnTheCachedCataloguePage_WhenItsTimeComes()
    {
        var (agency, _) = await world.AddAgencyAsync();
        await world.PublishAsync(agency, world.Item("缓存测试现行", "正文"));
        await world.PublishAsync(agency, world.Item("缓存测试定时", "正文"), app.Clock.GetUtcNow().AddHours(2));
        var client = app.CreateClient();
        Assert.DoesNotContain("缓存测试定时", await client.GetStringAsync($"/xxgk/{agency:N}"));
        Assert.DoesNotContain("缓存测试定时", await client.GetStringAsync($"/xxgk/{agency:N}"));

        app.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Contains("缓存测试定时", await client.GetStringAsync($"/xxgk/{agency:N}"));
    }

    [DatabaseFact]
    public async Task CatalogueReadUnderTheStampThePageCacheRead_KeepsThatStamp_AndRefusesAnother()
    {
        var (agency, _) = await world.AddAgencyAsync();
        await world.PublishAsync(agency, world.Item("缓存测试同一标记", "正文"));
        await using var scope = app.Services.CreateAsyncScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<Gongkai.Services.Disclosure.PublicCatalogue>();
        long stamp = await scope.ServiceProvider.GetRequiredService<Gongkai.Services.Disclosure.ChangeStampReader>().ReadAsync(default);

        catalogue.ReadUnder(stamp);
        Assert.NotNull(await catalogue.AgencyAsync(agency));
        Assert.Equal(stamp, catalogue.ReadState?.Stamp);
        catalogue.ReadUnder(stamp);
        Assert.Throws<InvalidOperationException>(() => catalogue.ReadUnder(stamp + 1));
    }

    [DatabaseFact]
    public async Task SignedInStaff_GetTheirOwnRendering_NotTheAnonymousPage()
    {
        var (agency, _) = await world.AddAgencyAsync();
        await world.PublishAsync(agency, world.Item("缓存测试通知丁", "正文"));
        var anonymous = await app.CreateClient().GetStringAsync($"/xxgk/{agency:N}");
        Assert.Contains("工作人员登录", anonymous);

        var staff = await app.CreateStaffClient(agency, AccountRole.Clerk).GetStringAsync($"/xxgk/{agency:N}");
        Assert.Contains("缓存测试通知丁", staff);
        Assert.Contains("工作台", staff);
        Assert.DoesNotContain("工作人员登录", staff);
    }

    [DatabaseFact]
    public async Task StaffSignedInThroughTheLoginForm_GetTheirOwnRendering_NotTheAnonymousPage()
    {
        var (agency, _) = await world.AddAgencyAsync();
        await world.PublishAsync(agency, world.Item("缓存测试通知戊", "正文"));
        Assert.Contains("工作人员登录", await app.CreateClient().GetStringAsync($"/xxgk/{agency:N}"));

        var account = await StaffSignIn.CreateAccountAsync(app, agency, [AccountRole.Clerk]);
        var client = await StaffSignIn.SignedInClientAsync(app, account);
        var staff = await client.GetStringAsync($"/xxgk/{agency:N}");
        Assert.Contains("缓存测试通知戊", staff);
        Assert.Contains("工作台", staff);
        Assert.DoesNotContain("工作人员登录", staff);
    }

    [DatabaseFact]
    public async Task VisitorWithASessionCookieThatSignsNobodyIn_GetsTheAnonymousPage()
    {
        var (agency, _) = await world.AddAgencyAsync();
        await world.PublishAsync(agency, world.Item("缓存测试通知己", "正文"));
        var anonymous = await app.CreateClient().GetStringAsync($"/xxgk/{agency:N}");

        using var stale = new HttpRequestMessage(HttpMethod.Get, $"/xxgk/{agency:N}");
        stale.Headers.Add("Cookie", "gongkai.session=CfDJ8-not-a-ticket");
        using var response = await app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false }).SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(anonymous, await response.Content.ReadAsStringAsync());
    }
}

public sealed class SqlitePortalPageCacheTests(SqliteAppFixture app) : PortalPageCacheTests<SqliteAppFixture>(app);

public sealed class PostgresPortalPageCacheTests(PostgresAppFixture app) : PortalPageCacheTests<PostgresAppFixture>(app);

/// <summary>
/// The SQLite search ranks its candidates with bm25 computed in the application; it must be FTS5's own bm25() to the last bit,
/// or the order of results would change.
/// </summary>
public sealed class SearchRelevanceTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    private readonly CatalogueWorld world = new(app);

    [Fact]
    public async Task CandidateRelevance_EqualsFts5Bm25_ForEveryMatchingVersion()
    {
        var (agency, _) = await world.AddAgencyAsync("红寺堡区教育局");
        string[] bodies =
        [
            "科技特派员开展技术培训，培训农户三百人次。", "教育局开展教师培训。", "科技 项目 申报 通知，科技特派员参加。",
            "安全生产检查，技术人员现场指导。", "培训 培训 培训 科技", "Covid-19 防控 技术 指南 COVID",
        ];
        for (var i = 0; i < bodies.Length; i++) await world.PublishAsync(agency, world.Item($"测试标题{i} 科技 培训", bodies[i]));

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        List<string>[] terms = [["科技"], ["培训"], ["covid", "19"]];
        var expected = await CatalogueSearchIndex.Match(db, terms, agency).ToListAsync();
        var found = await CatalogueSearchIndex.CandidatesAsync(db, terms, agency, app.Clock.GetUtcNow(), 2_000, 500, new SearchTermCounts(), 1, CancellationToken.None);

        Assert.False(found.Truncated);
        Assert.Equal(expected.Count, found.Hits.Count);
        foreach (var hit in found.Hits)
        {
            var fts5 = expected.Single(e => e.ItemId == hit.ItemId && e.Revision == hit.Revision);
            Assert.Equal(fts5.Rank, hit.Rank);
            Assert.Equal(fts5.Matched, hit.Matched);
        }
    }
}
