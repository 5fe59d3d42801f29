using Gongkai.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Gongkai.Data.Persistence;

/// <summary>The PostgreSQL flavour of <see cref="GongkaiDbContext"/>; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresGongkaiDbContext(DbContextOptions<PostgresGongkaiDbContext> options) : GongkaiDbContext(options)
{
    /// <summary>Key of the transaction-scoped advisory lock that serialises appends to the audit chain across nodes.</summary>
    public const long AuditLockKey = 0x476F6E676B6169; // "Gongkai"

    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditLockKey})", cancellationToken);

    /// <summary>
    /// The lock and the read of the last link in one batch, one round trip: every audited save on PostgreSQL waits for the
    /// previous writer's commit here, so each round trip inside the locked stretch costs every writer queued behind it.
    /// Under READ COMMITTED each statement of a batch takes its own snapshot when the server reaches it, i.e. the read runs
    /// after the lock is granted and sees the previous holder's committed entries (tested by concurrent writers on PostgreSQL).
    /// </summary>
    private protected override async Task<AuditChainHead> LockAuditChainAndReadHeadAsync(CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch((NpgsqlConnection)Database.GetDbConnection(), (NpgsqlTransaction?)Database.CurrentTransaction?.GetDbTransaction())
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({AuditLockKey})"),
                new NpgsqlBatchCommand(_readHeadSql ??= ReadHeadSql()),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new AuditChainHead(reader.GetInt64(0), reader.GetString(1)) : AuditChainHead.Empty;
    }

    // Built from the model once per (pooled, long-lived) instance: the same query AuditWriter.ReadHeadAsync lets EF Core write.
    private string? _readHeadSql;

    private string ReadHeadSql()
    {
        var entries = Model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(entries.GetTableName()!, entries.GetSchema());
        string Column(string property) => $"\"{entries.FindProperty(property)!.GetColumnName(table)}\"";
        var from = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
        return $"SELECT {Column(nameof(AuditEntry.Sequence))}, {Column(nameof(AuditEntry.Hash))} FROM {from} ORDER BY {Column(nameof(AuditEntry.Sequence))} DESC LIMIT 1";
    }
}
