using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Core.Auditing;
using Gongkai.Data.DataProtection;
using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Data.Auditing;

/// <summary>
/// Turns the pending changes of a unit of work into chained audit entries. Runs inside the transaction of the change,
/// after the audit lock is taken, so two nodes never chain to the same predecessor.
/// </summary>
internal static class AuditWriter
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Entities whose changes are not audited: the audit log itself and the Data Protection key ring (infrastructure).</summary>
    public static bool IsAudited(EntityEntry entry) =>
        entry.Entity is not AuditEntry and not DataProtectionKeyRecord
        && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;

    public static async Task AppendAsync(GongkaiDbContext db, IReadOnlyList<EntityEntry> changes, IAuditActor actor, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        var previous = last?.ToChained();
        var at = AuditChain.Truncate(now);
        foreach (var change in changes)
        {
            var facts = new AuditFacts(
                (previous?.Facts.Sequence ?? 0) + 1, at, actor.Actor, actor.AgencyId, change.Metadata.ClrType.Name, Key(change),
                change.State switch { EntityState.Added => "insert", EntityState.Deleted => "delete", _ => "update" },
                Describe(change), actor.RemoteAddress);
            previous = AuditChain.Append(previous, facts);
            db.AuditEntries.Add(new AuditEntry(previous));
        }
    }

    private static string Key(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));

    private static string Describe(EntityEntry entry)
    {
        var changes = new SortedDictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var p in entry.Properties)
        {
            Func<object?, string?> Format = PersonalData.IsPersonal(p.Metadata) ? PersonalData.Digest : AuditWriter.Format;
            switch (entry.State)
            {
                case EntityState.Added:
                    changes[p.Metadata.Name] = [null, Format(p.CurrentValue)];
                    break;
                case EntityState.Deleted:
                    changes[p.Metadata.Name] = [Format(p.OriginalValue), null];
                    break;
                default:
                    if (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                        changes[p.Metadata.Name] = [Format(p.OriginalValue), Format(p.CurrentValue)];
                    break;
            }
        }
        return JsonSerializer.Serialize(changes, Json);
    }

    // Long values (a report's text) are recorded by length and digest: the log proves what was stored without copying it.
    private const int MaxRecordedLength = 500;

    private static string? Format(object? value) => value switch
    {
        null => null,
        string { Length: > MaxRecordedLength } s =>
            $"sha256:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(s)))} ({s.Length} chars)",
        DateTimeOffset d => d.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
