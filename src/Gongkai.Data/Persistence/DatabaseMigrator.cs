using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gongkai.Data.Persistence;

/// <summary>
/// Brings the database to the current schema: creates the data directory (SQLite), applies the provider's pending
/// migrations and, for SQLite, switches the file to write-ahead logging so readers do not block the writer.
/// Safe to run on several nodes at once (PostgreSQL): they migrate one after the other under an advisory lock.
/// </summary>
/// <remarks>
/// It also (re)creates the triggers that make <c>audit_entries</c> append-only — in the database, so not even a bug or a
/// hand-written statement of the application can rewrite history. They are kept here, idempotent, rather than in a
/// migration, because the migrations are generated from the model and never hand-edited.
/// </remarks>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, IOptions<GongkaiDataOptions> options, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (settings.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(settings.ConnectionString))
            Directory.CreateDirectory(Path.GetFullPath(settings.DataDirectory));

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        int applied = settings.Provider == DatabaseProvider.Postgres
            ? await MigratePostgresAsync(db, cancellationToken)
            : await MigrateSqliteAsync(db, cancellationToken);
        logger.LogInformation("Database ready on {Provider}: {MigrationCount} migration(s) applied", settings.Provider, applied);
    }

    private static async Task<int> MigrateSqliteAsync(GongkaiDbContext db, CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(SqliteAppendOnlyAudit, cancellationToken);
        return pending;
    }

    /// <summary>
    /// Several web nodes may start at once on one PostgreSQL database. They migrate one after the other under a session-level
    /// advisory lock held on the context's connection: two nodes applying the same migration side by side fail with
    /// "relation … already exists" (a test starts two on an empty database). Under the lock, EF Core's history table is created
    /// before EF looks at it — EF's Npgsql provider finds out whether the table exists by querying it, and logged the failure of
    /// that query as an error ("Failed executing DbCommand … __EFMigrationsHistory") twice on every first start.
    /// </summary>
    private static async Task<int> MigratePostgresAsync(GongkaiDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey});", cancellationToken);
            try
            {
                var historyExists = await db.Database.SqlQueryRaw<bool>(
                    "SELECT to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL AS \"Value\"").SingleAsync(cancellationToken);
                if (!historyExists)
                    await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
                await db.Database.MigrateAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync(PostgresAppendOnlyAudit, cancellationToken);
                return pending;
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey});", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Key of the advisory lock that serialises migrating (any fixed 64-bit number: "gongkai" in ASCII).</summary>
    private const long MigrationLockKey = 0x676f6e676b6169;

    private const string SqliteAppendOnlyAudit = """
        CREATE TRIGGER IF NOT EXISTS audit_entries_no_update BEFORE UPDATE ON audit_entries
        BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_entries_no_delete BEFORE DELETE ON audit_entries
        BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;
        """;

    private const string PostgresAppendOnlyAudit = """
        CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS
        $body$ BEGIN RAISE EXCEPTION 'audit_entries is append-only'; END $body$;
        CREATE OR REPLACE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries
        FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
        CREATE OR REPLACE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
        FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
        """;
}
