using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Gongkai.Data.Auditing;
using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Services.Disclosure;

/// <summary>
/// 门户缓存: what the public pages read, kept in this node's memory and checked on every request against the database's change
/// stamp — the newest audit sequence number. Every change the application saves (an approval, a withdrawal, a category or an
/// agency renamed) writes its audit entry in the same transaction (<c>AuditWriter</c>), so an unchanged stamp means nothing an
/// entry was read from has changed, on this node or on any other sharing the database; a changed stamp makes every entry
/// stale at once (the next request reads afresh). Time alone also changes what is public — a scheduled publication becomes
/// visible, a replaced version stops being — so an entry also ends at the next publication time of its agency.
/// </summary>
/// <remarks>
/// The stamp is one primary-key lookup (<c>MAX(sequence)</c>); reading it before the data means data newer than the stamp can
/// only be cached under the older stamp, which the next request finds changed — never older data under a newer stamp.
/// Bounded: past <see cref="Capacity"/> entries the cache starts over.
/// </remarks>
public sealed class PublicCatalogueCache
{
    public const int Capacity = 5_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new();

    private sealed record Entry(long Stamp, DateTimeOffset? Until, object? Value);

    /// <summary>The entry kept under <paramref name="key"/> if it was read under <paramref name="stamp"/> and is still true at <paramref name="now"/>, with the time it stops being true.</summary>
    public bool TryGet<T>(string key, long stamp, DateTimeOffset now, out T value, out DateTimeOffset? until)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Stamp == stamp && (entry.Until is null || now < entry.Until))
        {
            value = (T)entry.Value!;
            until = entry.Until;
            return true;
        }
        value = default!;
        until = null;
        return false;
    }

    public void Set(string key, long stamp, DateTimeOffset? until, object? value)
    {
        if (_entries.Count >= Capacity) _entries.Clear();
        _entries[key] = new Entry(stamp, until, value);
    }

    /// <summary>The database's change stamp: the newest audit sequence number (0 before the first change).</summary>
    public static async Task<long> StampAsync(GongkaiDbContext db, CancellationToken cancellationToken)
    {
        // Plain ADO: one index lookup on every public page, without the cost of an EF query.
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = StampQuery(db);
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            return StampOf(await command.ExecuteScalarAsync(cancellationToken));
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The stamp's SQL, with the table and column names from the model (snake case on both providers).</summary>
    internal static string StampQuery(GongkaiDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(AuditEntry))!;
        var column = entity.FindProperty(nameof(AuditEntry.Sequence))!.GetColumnName();
        return $"SELECT MAX(\"{column}\") FROM \"{entity.GetTableName()}\"";
    }

    /// <summary>The stamp from the query's scalar: 0 before the first change.</summary>
    internal static long StampOf(object? result) =>
        result is null or DBNull ? 0 : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
}
