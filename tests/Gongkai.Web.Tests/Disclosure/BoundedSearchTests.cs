using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Services.Disclosure;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Disclosure;

/// <summary>
/// The search's bound, the same on both databases: up to the exact limit every match is a candidate; beyond it the candidates
/// are the newest of each way of matching — all the terms, each “all but one”, any — in the order the versions were indexed,
/// and the candidates' terms matched and relevance are those of the index's own query (<see cref="CatalogueSearchIndex.Match"/>).
/// </summary>
public abstract class BoundedSearchTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private readonly CatalogueWorld world = new(app);

    private static readonly string[] Bodies =
    [
        "科技 培训 检查", "科技 培训", "科技 检查", "培训 检查", "科技", "培训", "检查", "科技 培训 检查 科技",
        "检查 检查 培训", "科技 科技", "培训 科技 通知", "检查 通知", "科技 培训 检查 通知", "培训",
    ];

    private static readonly List<string>[] Terms = [["科技"], ["培训"], ["检查"]];

    [DatabaseFact]
    public async Task BeyondTheExactLimit_TheCandidatesAreTheNewestOfEachWayOfMatching_RankedAsTheIndexRanks()
    {
        var (agency, ids) = await PublishAsync("红寺堡区林业和草原局");
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();

        var found = await CatalogueSearchIndex.CandidatesAsync(db, Terms, agency, app.Clock.GetUtcNow(), exactUpTo: 4, perPattern: 2,
            new SearchTermCounts(), 1, CancellationToken.None);

        Assert.True(found.Truncated);
        // Newest two of: any term (13, 12); all three (12, 7); 科技 培训 without 检查 (10, 1); 科技 检查 without 培训 (2);
        // 培训 检查 without 科技 (8, 3).
        int[] expected = [1, 2, 3, 7, 8, 10, 12, 13];
        Assert.Equal(expected, found.Hits.Select(h => ids.IndexOf(h.ItemId)).Order());
        var index = await CatalogueSearchIndex.Match(db, Terms, agency).ToListAsync();
        foreach (var hit in found.Hits)
        {
            var row = index.Single(m => m.ItemId == hit.ItemId && m.Revision == hit.Revision);
            Assert.Equal(row.Matched, hit.Matched);
            Assert.Equal(row.Rank, hit.Rank, 9);
        }
    }

    [DatabaseFact]
    public async Task WithinTheExactLimit_EveryMatchIsACandidate()
    {
        var (agency, ids) = await PublishAsync("红寺堡区自然资源局");
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();

        var found = await CatalogueSearchIndex.CandidatesAsync(db, Terms, agency, app.Clock.GetUtcNow(), exactUpTo: 14, perPattern: 2,
            new SearchTermCounts(), 1, CancellationToken.None);

        Assert.False(found.Truncated);
        Assert.Equal(Enumerable.Range(0, Bodies.Length), found.Hits.Select(h => ids.IndexOf(h.ItemId)).Order());
        Assert.Equal(3, found.Hits.Single(h => h.ItemId == ids[0]).Matched);
        Assert.Equal(1, found.Hits.Single(h => h.ItemId == ids[13]).Matched);
    }

    /// <summary>An agency with the fourteen items of <see cref="Bodies"/>, published (and so indexed) in that order.</summary>
    private async Task<(Guid Agency, List<Guid> Ids)> PublishAsync(string agencyName)
    {
        var (agency, _) = await world.AddAgencyAsync(agencyName);
        var ids = new List<Guid>();
        for (var i = 0; i < Bodies.Length; i++) ids.Add(await world.PublishAsync(agency, world.Item($"界限测试{i}", Bodies[i])));
        return (agency, ids);
    }
}

public sealed class SqliteBoundedSearchTests(SqliteAppFixture app) : BoundedSearchTests<SqliteAppFixture>(app);

public sealed class PostgresBoundedSearchTests(PostgresAppFixture app) : BoundedSearchTests<PostgresAppFixture>(app);
