using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        var found = await CatalogueSearchIndex.FindAsync(db, terms, agency, exactUpTo: 4, perPattern: 2, new SearchTermCounts(), 1, CancellationToken.None);

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
    public async Task Relevance_EqualsFts5Bm25_WhenTheTextCaseFolds()
    {
        var (agency, _) = await world.AddAgencyAsync("红寺堡区卫生健康局");
        string[] bodies = ["ΑΒΓ 防控 Covid 指南", "αβγ 防控 COVID-19", "covid covid Covid 防控 指南 ΑΒΓ", "防控 指南"];
        for (var i = 0; i < bodies.Length; i++) await world.PublishAsync(agency, world.Item($"折叠测试{i} COVID", bodies[i]));

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        List<string>[] terms = [["covid"], ["αβγ"], ["指南"]];
        var expected = await CatalogueSearchIndex.Match(db, terms, agency).ToListAsync();
        var found = await CatalogueSearchIndex.CandidatesAsync(db, terms, agency, 2_000, 500, new SearchTermCounts(), 1, CancellationToken.None);

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
