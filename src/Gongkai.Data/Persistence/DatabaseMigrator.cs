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
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            settings.Provider == DatabaseProvider.Postgres ? PostgresAppendOnlyAudit : SqliteAppendOnlyAudit, cancellationToken);

        logger.LogInformation("Database ready on {Provider}: {MigrationCount} migration(s) applied", settings.Provider, pending.Count);
    }

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
