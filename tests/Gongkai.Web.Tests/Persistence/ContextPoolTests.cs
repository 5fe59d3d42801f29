using Gongkai.Core.Agencies;
using Gongkai.Data.Agencies;
using Gongkai.Data.Auditing;
using Gongkai.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Persistence;

/// <summary>
/// <see cref="GongkaiDbContext"/> instances are pooled: one instance serves many scopes in turn. Each scope's changes must be
/// audited as that scope's actor and at its clock's time, and nothing one scope left in the context (tracked entities,
/// attributions to another actor) may reach the next.
/// </summary>
public sealed class ContextPoolTests : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "gongkai-pool-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create("DataDirectory", (string?)directory)])
            .Build();
        var collection = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        collection.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(8))));
        collection.AddScoped<ScopeActor>();
        collection.AddScoped<IAuditActor>(sp => sp.GetRequiredService<ScopeActor>());
        collection.AddGongkaiData();
        services = collection.BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task ContextReusedByALaterScope_AuditsThatScopesActor_AndCarriesNothingOfTheEarlierScope()
    {
        GongkaiDbContext first;
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ScopeActor>().Actor = "clerk-a";
            first = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var saved = NewRegion("甲区");
            first.Agencies.Add(saved);
            await first.SaveChangesAsync();
            // Left behind unsaved: a pending insert, and one attributed to another actor.
            first.Agencies.Add(NewRegion("未保存区"));
            var attributed = NewRegion("代记区");
            first.Agencies.Add(attributed);
            first.AttributeTo(attributed, new AuditActorSnapshot("someone-else", null, null));
        }

        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ScopeActor>().Actor = "clerk-b";
            var second = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            Assert.Same(first, second);
            Assert.Empty(second.ChangeTracker.Entries());
            Assert.Equal("clerk-b", second.AuditActor.Actor);

            var region = NewRegion("乙区");
            second.Agencies.Add(region);
            await second.SaveChangesAsync();
        }

        await using var check = services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(["clerk-a", "clerk-b"], entries.Select(e => e.Actor));
        Assert.All(entries, e => Assert.Equal(new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero), e.At));
        Assert.Equal(new[] { "甲区", "乙区" }.Order(), (await db.Agencies.AsNoTracking().Select(a => a.Name).ToListAsync()).Order());
    }

    [Fact]
    public async Task ConcurrentScopes_EachAuditTheirOwnActor()
    {
        await Task.WhenAll(Enumerable.Range(1, 8).Select(async i =>
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ScopeActor>().Actor = $"clerk-{i}";
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            db.Agencies.Add(NewRegion($"并发{i}区"));
            await db.SaveChangesAsync();
        }));

        await using var check = services.CreateAsyncScope();
        var entries = await check.ServiceProvider.GetRequiredService<GongkaiDbContext>().AuditEntries.AsNoTracking().ToListAsync();
        Assert.Equal(8, entries.Count);
        Assert.All(entries, e => Assert.Contains($"并发{e.Actor["clerk-".Length..]}区", e.Changes));
    }

    private static Agency NewRegion(string name) =>
        new(Guid.NewGuid(), null, new AgencyProfile(name, null, AgencyLevel.Region, null, null, DisclosureOfficeContact.None),
            new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

    private sealed class ScopeActor : IAuditActor
    {
        public string Actor { get; set; } = "unset";

        public Guid? AgencyId => null;

        public string? RemoteAddress => null;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
