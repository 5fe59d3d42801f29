using System.Buffers;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Core.Auditing;
using Gongkai.Core.Identifiers;
using Gongkai.Data.Accounts;
using Gongkai.Data.DataProtection;
using Gongkai.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using System.Runtime.CompilerServices;

namespace Gongkai.Data.Auditing;

/// <summary>
/// Turns the pending changes of a unit of work into chained audit entries. Runs inside the transaction of the change,
/// after the audit lock is taken, so two nodes never chain to the same predecessor.
/// </summary>
internal static class AuditWriter
{
    /// <summary>Entities whose changes are not audited: the audit log itself and the Data Protection key ring (infrastructure).</summary>
    public static bool IsAudited(EntityEntry entry) =>
        entry.Entity is not AuditEntry and not DataProtectionKeyRecord
        && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;

    /// <summary>The chain's last link: only its position and hash, not its (possibly long) changes. Call it under the audit lock.</summary>
    public static async Task<AuditChainHead> ReadHeadAsync(GongkaiDbContext db, CancellationToken cancellationToken)
    {
        // An empty log reads as the default head, whose hash is null (every stored entry has one).
        var last = await HeadQueries.GetValue(db.Model, _ => CompileHeadQuery())(db, cancellationToken);
        return last.Hash is null ? AuditChainHead.Empty : last;
    }

    // Compiled once per model (a compiled query runs only with the model it was compiled for): every audited save reads the
    // head inside the writers' serialised stretch, and translating the LINQ expression each time — parameters extracted, the
    // cache key computed and looked up — cost more CPU than running the one-row query.
    private static readonly ConditionalWeakTable<IModel, Func<GongkaiDbContext, CancellationToken, Task<AuditChainHead>>> HeadQueries = [];

    private static Func<GongkaiDbContext, CancellationToken, Task<AuditChainHead>> CompileHeadQuery() =>
        EF.CompileAsyncQuery((GongkaiDbContext db, CancellationToken _) =>
            db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
                .Select(e => new AuditChainHead(e.Sequence, e.Hash)).FirstOrDefault());

    /// <summary>Adds one chained entry per change, linked after <paramref name="head"/> (read under the audit lock).</summary>
    public static void Append(GongkaiDbContext db, AuditChainHead head, IReadOnlyList<EntityEntry> changes, Func<EntityEntry, IAuditActor> actorOf, DateTimeOffset now)
    {
        var sequence = head.Sequence;
        var previousHash = head.Hash;
        var at = AuditChain.Truncate(now);
        foreach (var change in changes)
        {
            var actor = actorOf(change);
            var facts = new AuditFacts(
                ++sequence, at, actor.Actor, actor.AgencyId, change.Metadata.ClrType.Name, Key(change),
                change.State switch { EntityState.Added => "insert", EntityState.Deleted => "delete", _ => "update" },
                Describe(change), actor.RemoteAddress);
            var entry = new ChainedAuditEntry(facts, previousHash, AuditChain.Hash(facts, previousHash));
            previousHash = entry.Hash;
            db.AuditEntries.Add(new AuditEntry(entry));
        }
    }

    private static string Key(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()!.Properties;
        return key.Count == 1
            ? Format(entry.Property(key[0]).CurrentValue) ?? ""
            : string.Join(",", key.Select(p => Format(entry.Property(p).CurrentValue)));
    }

    /// <summary>
    /// The change as JSON: an object of property name (ordinal order) → [before, after], each a string or null. Written
    /// directly rather than through the serializer's reflection over a dictionary of arrays; the text is the same.
    /// </summary>
    private static string Describe(EntityEntry entry)
    {
        var plan = PlanOf(entry);
        var changes = new List<(string Name, string? Before, string? After)>(plan.Length);
        switch (entry.State)
        {
            case EntityState.Added:
                // One view of the current values instead of a PropertyEntry per property: a new record lists every column.
                var current = entry.CurrentValues;
                foreach (var (property, record) in plan) changes.Add((property.Name, null, record(current[property])));
                break;
            case EntityState.Deleted:
                foreach (var (property, record) in plan) changes.Add((property.Name, record(entry.Property(property).OriginalValue), null));
                break;
            default:
                foreach (var (property, record) in plan)
                {
                    var p = entry.Property(property);
                    if (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                        changes.Add((property.Name, record(p.OriginalValue), record(p.CurrentValue)));
                }
                break;
        }
        changes.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var (name, before, after) in changes)
            {
                json.WriteStartArray(name);
                WriteValue(json, before);
                WriteValue(json, after);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter json, string? value)
    {
        if (value is null) json.WriteNullValue();
        else json.WriteStringValue(value);
    }

    internal enum Recorded { Clear, Masked, Never }

    // How each property is recorded depends only on the model (its type, name, attributes and annotations), so it is worked
    // out once per property instead of by reflection on every save.
    private static readonly ConditionalWeakTable<IProperty, Func<object?, string?>?> Recorders = [];

    // The recorded properties of each entity type with their recorders, in model order: one lookup per audited record
    // instead of one per property.
    private static readonly ConditionalWeakTable<IEntityType, (IProperty Property, Func<object?, string?> Record)[]> Plans = [];

    private static (IProperty Property, Func<object?, string?> Record)[] PlanOf(EntityEntry entry) =>
        Plans.GetValue(entry.Metadata, type => [.. type.GetProperties()
            .Select(p => (Property: p, Record: Recorder(entry, p)))
            .Where(x => x.Record is not null)
            .Select(x => (x.Property, x.Record!))]);

    /// <summary>How a property's values are written into the log; null when they are left out.</summary>
    private static Func<object?, string?>? Recorder(EntityEntry entry, IProperty property) =>
        Recorders.GetValue(property, p =>
        {
            var treatment = Treatment(entry, p.Name, p.PropertyInfo);
            if (treatment == Recorded.Never) return null;
            // Columns configured as personal data (applicant ID numbers, addresses, letter text, file bytes) are recorded as a
            // digest: the log proves what changed without holding the data; other personal-looking properties are masked.
            return PersonalData.IsPersonal(p) ? PersonalData.Digest
                : treatment == Recorded.Masked ? Masked : Format;
        });

    // Secrets are left out entirely: a password hash, a stamp or an authenticator key in an append-only log could never
    // be removed again, and a hash of a short secret can be brute-forced. Their change is still visible as an update entry.
    private static readonly HashSet<string> SecretProperties = new(StringComparer.Ordinal)
    {
        nameof(IdentityUser.PasswordHash), nameof(IdentityUser.SecurityStamp), nameof(IdentityUser.ConcurrencyStamp),
        nameof(PersonalAccessToken.TokenHash),
    };

    // Personal data is recorded masked (first and last four characters) so the log shows that it changed, not what it is.
    private static readonly string[] PersonalNameParts = ["Phone", "IdNumber", "IdentityNumber", "IdentityDocument", "Email", "NormalizedUserName"];

    /// <summary>How one property of a changed record appears in the audit log.</summary>
    internal static Recorded Treatment(EntityEntry entry, string property, PropertyInfo? clrProperty)
    {
        if (SecretProperties.Contains(property)) return Recorded.Never;
        // Identity's token table holds authenticator keys, recovery codes and other token values in its Value column.
        if (entry.Entity is IdentityUserToken<Guid> && property == nameof(IdentityUserToken<Guid>.Value)) return Recorded.Never;
        if (entry.Metadata.FindPrimaryKey()?.Properties.Any(k => k.Name == property) == true) return Recorded.Clear;
        if (clrProperty is not null && clrProperty.PropertyType == typeof(string)
            && (clrProperty.IsDefined(typeof(PersonalDataAttribute), inherit: true)
                || clrProperty.IsDefined(typeof(ProtectedPersonalDataAttribute), inherit: true)))
            return Recorded.Masked;
        return PersonalNameParts.Any(part => property.Contains(part, StringComparison.Ordinal)) ? Recorded.Masked : Recorded.Clear;
    }

    private static string? Masked(object? value) => value is null ? null : Identifier.Mask(Format(value) ?? "");

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
