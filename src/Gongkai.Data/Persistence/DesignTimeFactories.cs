using Gongkai.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Data.Persistence;

// Used only by `dotnet ef` (see docs/migrations.md). Migrations are generated from the model, not from a live database,
// so the connection strings below are never opened when adding a migration.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGongkaiDbContext>
{
    public SqliteGongkaiDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteGongkaiDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(builder, new GongkaiDataOptions { Provider = DatabaseProvider.Sqlite });
        var db = new SqliteGongkaiDbContext(builder.Options);
        db.Lease(SystemAuditActor.Instance, TimeProvider.System);
        return db;
    }
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGongkaiDbContext>
{
    public PostgresGongkaiDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresGongkaiDbContext>();
        DataServiceCollectionExtensions.ConfigurePostgres(builder, new GongkaiDataOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = "Host=localhost;Database=gongkai",
        });
        var db = new PostgresGongkaiDbContext(builder.Options);
        db.Lease(SystemAuditActor.Instance, TimeProvider.System);
        return db;
    }
}
