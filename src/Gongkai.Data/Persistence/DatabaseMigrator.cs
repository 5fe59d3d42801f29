using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gongkai.Data.Persistence;

/// <summary>
/// Brings the database to the current schema: creates the data directory (SQLite), applies the provider's pending
/// migrations and, for SQLite, switches the file to write-ahead logging so readers do not block the writer.
/// Safe to run on several nodes at once: EF Core takes a migration lock in the database.
/// </summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, IOptions<GongkaiDataOptions> options, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (settings.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(settings.ConnectionString))
            Directory.CreateDirectory(Path.GetFullPath(settings.DataDirectory));

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

        logger.LogInformation("Database ready on {Provider}: {MigrationCount} migration(s) applied", settings.Provider, pending.Count);
    }
}
