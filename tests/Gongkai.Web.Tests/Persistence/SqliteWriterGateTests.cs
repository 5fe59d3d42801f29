using Gongkai.Data.Persistence;
using Gongkai.Core.Agencies;
using Gongkai.Services.Agencies;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Persistence;

/// <summary>
/// Every SQLite write transaction of the app queues in <see cref="SqliteWriterGate"/> (an in-process turn per database file)
/// instead of meeting SQLite's lock and the driver's busy sleep; the turn ends however the transaction ends.
/// </summary>
public sealed class SqliteWriterGateTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task SecondWriteTransaction_WaitsForTheFirstToCommit_ThenBegins()
    {
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<GongkaiDbContext>();

        var transaction = await db1.Database.BeginTransactionAsync();
        Assert.True(SqliteWriterGate.IsHeld(ConnectionString(db1)));
        var waiting = db2.Database.BeginTransactionAsync();
        Assert.False(waiting.IsCompleted);

        await transaction.CommitAsync();
        await using var next = await waiting;
        Assert.True(SqliteWriterGate.IsHeld(ConnectionString(db2)));
        await next.RollbackAsync();
        Assert.False(SqliteWriterGate.IsHeld(ConnectionString(db2)));
        await transaction.DisposeAsync();
    }

    [Fact]
    public async Task WriteTransaction_DisposedWithoutCommitOrRollback_EndsItsTurn()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();

        await using (await db.Database.BeginTransactionAsync())
            Assert.True(SqliteWriterGate.IsHeld(ConnectionString(db)));

        Assert.False(SqliteWriterGate.IsHeld(ConnectionString(db)));
    }

    [Fact]
    public async Task SaveChangesWithoutAnExplicitTransaction_TakesAndEndsATurn()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var connectionString = ConnectionString(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>());
        await using var holder = app.Services.CreateAsyncScope();
        var other = holder.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var held = await other.Database.BeginTransactionAsync();

        // Adding an agency is an audited save: it opens its own transaction, which must queue behind the held one.
        var directory = scope.ServiceProvider.GetRequiredService<AgencyDirectory>();
        var adding = directory.AddAsync(new NewAgency(null, new AgencyInput($"排队区{Guid.NewGuid():N}"[..12], null, "region", null, null, DisclosureOfficeContact.None)));
        Assert.False(adding.IsCompleted);
        await held.CommitAsync();
        await held.DisposeAsync();

        Assert.True((await adding).Succeeded);
        Assert.False(SqliteWriterGate.IsHeld(connectionString));
    }

    [Fact]
    public async Task FailedSave_InsideATransaction_EndsItsTurnWhenTheTransactionIsDisposed()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();

        await using (await db.Database.BeginTransactionAsync())
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("INSERT INTO no_such_table VALUES (1)"));

        Assert.False(SqliteWriterGate.IsHeld(ConnectionString(db)));
        await using var again = await db.Database.BeginTransactionAsync();
        await again.CommitAsync();
    }

    private static string ConnectionString(GongkaiDbContext db) => db.Database.GetDbConnection().ConnectionString;
}
