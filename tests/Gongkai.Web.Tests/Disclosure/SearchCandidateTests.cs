using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Services.Disclosure;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using static Gongkai.Web.Tests.Disclosure.CatalogueWorld;

namespace Gongkai.Web.Tests.Disclosure;

/// <summary>
/// The bounded SQLite search: the number of terms a truncated hit matched follows from the walk that found it, and the
/// relevance computed from the hits' text equals FTS5's bm25() — also for text that case-folds.
/// </summary>
public sealed class SearchCandidateTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    private readonly CatalogueWorld world = new(app);

    [Fact]
    public async Task TruncatedHits_MatchAsManyTermsAsFts5Counts_AndRankAsBm25()
    {
        var (agency, _) = await world.AddAgencyAsync("红寺堡区农业农村局");
        string[] bodies =
        [
            "科技 培训 检查", "科技 培训", "科技 检查", "培训 检查", "科技", "培训", "检查", "科技 培训 检查 科技",
            "检查 检查 培训", "科技 科技", "培训 科技 通知", "检查 通知", "科技 培训 检查 通知", "培训",
        ];
        for (var i = 0; i < bodies.Length; i++) await world.PublishAsync(agency, world.Item($"候选测试{i}", bodies[i]));

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        List<string>[] terms = [["科技"], ["培训"], ["检查"]];
        var expected = await CatalogueSearchIndex.Match(db, terms, agency).ToListAsync();
        var found = await CatalogueSearchIndex.FindAsync(db, terms, agency, app.Clock.GetUtcNow(), exactUpTo: 4, perPattern: 2, new SearchTermCounts(), 1, CancellationToken.None);

        Assert.True(found.Truncated);
        Assert.All(found.Hits, h => Assert.True(double.IsNaN(h.Rank)));
        // Newest 2 of each way of matching: all three, each pair without the third, any — at most 2 × 5 rows.
        Assert.InRange(found.Hits.Count, 5, 10);
        Assert.Contains(found.Hits, h => h.Matched == 3);
        Assert.Contains(found.Hits, h => h.Matched == 2);
        foreach (var hit in found.Hits)
            Assert.Equal(expected.Single(e => e.ItemId == hit.ItemId && e.Revision == hit.Revision).Matched, hit.Matched);

        await found.RankAsync(found.Hits, CancellationToken.None);
        foreach (var hit in found.Hits)
            Assert.Equal(expected.Single(e => e.ItemId == hit.ItemId && e.Revision == hit.Revision).Rank, hit.Rank);
    }

    [Fact]
    public async Task FoundHits_AreTheVersionsThePublicSees_FollowingEveryWriteToPublishedVersions()
    {
        var (agency, _) = await world.AddAgencyAsync("红寺堡区水务局");
        var now = app.Clock.GetUtcNow();
        var shown = await world.PublishAsync(agency, world.Item("可见性测试一", "灌溉 渠道 维修"));
        var scheduled = await world.PublishAsync(agency, world.Item("可见性测试二", "灌溉 渠道 清淤"), now.AddDays(5));
        var withdrawn = await world.PublishAsync(agency, world.Item("可见性测试三", "灌溉 渠道 检查"));
        var ended = await world.PublishAsync(agency, world.Item("可见性测试四", "灌溉 渠道 验收"));
        Ok(await world.With<DisclosureDesk, Gongkai.Core.DomainResult<Guid>>(d => d.WithdrawAsync(Leader(agency), withdrawn, "内容有误")));

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        List<string>[] terms = [["灌溉"]];
        async Task<List<Guid>> FoundAt(DateTimeOffset at) =>
            [.. (await CatalogueSearchIndex.FindAsync(db, terms, agency, at, 2_000, 500, new SearchTermCounts(), 1, CancellationToken.None)).Hits
                .Select(h => h.ItemId).Order()];
        async Task<List<Guid>> VisibleAt(DateTimeOffset at) =>
            [.. (await db.PublishedVersions().AsNoTracking().VisibleAt(at).Where(v => v.AgencyId == agency).Select(v => v.ItemId).ToListAsync()).Order()];

        Assert.Equal(new[] { shown, ended }.Order(), await FoundAt(now));
        Assert.Equal(await VisibleAt(now), await FoundAt(now));
        Assert.Equal(new[] { shown, scheduled, ended }.Order(), await FoundAt(now.AddDays(6)));
        var hit = (await CatalogueSearchIndex.FindAsync(db, terms, agency, now, 2_000, 500, new SearchTermCounts(), 1, CancellationToken.None)).Hits
            .Single(h => h.ItemId == shown);
        Assert.Equal((await db.PublishedVersions().SingleAsync(v => v.ItemId == shown)).PublishAt, hit.PublishAt);

        // A write that bypasses the item store (here raw SQL) is followed too: the copy is kept by the database.
        await db.PublishedVersions().Where(v => v.ItemId == ended).ExecuteUpdateAsync(u => u.SetProperty(v => v.VisibleUntil, now.AddDays(1)));
        Assert.Equal(new[] { shown, ended }.Order(), await FoundAt(now));
        Assert.Equal(new[] { shown, scheduled }.Order(), await FoundAt(now.AddDays(6)));
        Assert.Equal(await VisibleAt(now.AddDays(6)), await FoundAt(now.AddDays(6)));

        // Index rows written before the visibility rows existed (a database migrated from an older version) are filled from
        // the versions, and removing an item removes its index rows by their visibility rows.
        await db.Database.ExecuteSqlRawAsync("DELETE FROM catalogue_search_visibility");
        Assert.Empty(await FoundAt(now));
        await db.Database.ExecuteSqlRawAsync(CatalogueSearchIndex.SqliteVisibilityFill);
        Assert.Equal(new[] { shown, ended }.Order(), await FoundAt(now));
        await CatalogueSearchIndex.RemoveItemAsync(db, shown, CancellationToken.None);
        Assert.Equal([ended], await FoundAt(now));
        Assert.DoesNotContain(await CatalogueSearchIndex.Match(db, terms, agency).ToListAsync(), m => m.ItemId == shown);
    }

    [Fact]
    public async Task Relevance_EqualsFts5Bm25_WhenTheTextCaseFolds()
    {
        var (agency, _) = await world.AddAgencyAsync("红寺堡区卫生健康局");
        string[] bodies = ["ΑΒΓ 防控 Covid 指南", "αβγ 防控 COVID-19", "covid covid Covid 防控 指南 ΑΒΓ", "防控 指南"];
        for (var i = 0; i < bodies.Length; i++) await world.PublishAsync(agency, world.Item($"折叠测试{i} COVID", bodies[i]));

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        List<string>[] terms = [["covid"], ["αβγ"], ["指南"]];
        var expected = await CatalogueSearchIndex.Match(db, terms, agency).ToListAsync();
        var found = await CatalogueSearchIndex.CandidatesAsync(db, terms, agency, app.Clock.GetUtcNow(), 2_000, 500, new SearchTermCounts(), 1, CancellationToken.None);

        Assert.False(found.Truncated);
        Assert.Equal(4, found.Hits.Count);
        Assert.Equal(expected.Count, found.Hits.Count);
        foreach (var hit in found.Hits)
        {
            var fts5 = expected.Single(e => e.ItemId == hit.ItemId && e.Revision == hit.Revision);
            Assert.Equal(fts5.Rank, hit.Rank);
            Assert.Equal(fts5.Matched, hit.Matched);
        }
    }
}
