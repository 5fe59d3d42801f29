using Gongkai.Data.Persistence;
using Gongkai.Data.Requests;
using Gongkai.Services.Auditing;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Requests;

/// <summary>
/// The app on SQLite with a database that refuses to store one particular application (as a constraint or a full disk
/// would): whichever transaction it is saved in fails.
/// </summary>
public sealed class RefusingDatabaseFixture : ConfiguredSqliteAppFixture
{
    public const string RefusedTitle = "数据库拒绝保存的申请";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<SqliteGongkaiDbContext>(builder => builder.AddInterceptors(new RefuseTitle()));

    private sealed class RefuseTitle : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<DisclosureRequestRecord>().Any(e => e.State == EntityState.Added && e.Entity.Title == RefusedTitle))
                throw new DbUpdateException("The database refused the application (test).");
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}

/// <summary>
/// Submissions stored together in one transaction (the intake's group commit): one that the database refuses fails alone —
/// the others are stored, numbered without a gap, and the audit chain stays intact.
/// </summary>
public sealed class IntakeGroupFailureTests(RefusingDatabaseFixture app) : IClassFixture<RefusingDatabaseFixture>
{
    private readonly RequestTestKit kit = new(app);

    [Fact]
    public async Task ASubmissionTheDatabaseRefuses_AmongConcurrentOnes_FailsAlone_AndTheOthersAreNumberedWithoutGaps()
    {
        var (_, agency) = await kit.AgencyAsync();

        var submissions = Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            var title = i == 15 ? RefusingDatabaseFixture.RefusedTitle : $"第{i}件申请";
            try
            {
                return (Title: title, Stored: (await kit.SubmitAsync(agency, RequestTestKit.PersonForm(title))).Succeeded);
            }
            catch (DbUpdateException)
            {
                return (Title: title, Stored: false);
            }
        })).ToList();
        var results = await Task.WhenAll(submissions);

        Assert.Equal([RefusingDatabaseFixture.RefusedTitle], results.Where(r => !r.Stored).Select(r => r.Title));
        var stored = await kit.WithDbAsync(db => db.Set<DisclosureRequestRecord>().Where(r => r.AgencyId == agency)
            .Select(r => new { r.Sequence, r.Title }).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 29), stored.Select(r => r.Sequence).Order());
        Assert.DoesNotContain(stored, r => r.Title == RefusingDatabaseFixture.RefusedTitle);
        Assert.True(await kit.WithAsync<AuditLog, bool>(async log => (await log.VerifyAsync()).Intact));
    }
}
