using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Persistence;

/// <summary>The PostgreSQL flavour of <see cref="GongkaiDbContext"/>; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresGongkaiDbContext(DbContextOptions<PostgresGongkaiDbContext> options) : GongkaiDbContext(options)
{
    /// <summary>Key of the transaction-scoped advisory lock that serialises appends to the audit chain across nodes.</summary>
    public const long AuditLockKey = 0x476F6E676B6169; // "Gongkai"

    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditLockKey})", cancellationToken);
}
