using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Core.Auditing;

/// <summary>
/// 审计记录: one audited state change — who did what to which record, when and from where. <see cref="Sequence"/> starts
/// at 1 and has no gaps.
/// </summary>
public sealed record AuditFacts(
    long Sequence, DateTimeOffset At, string Actor, Guid? AgencyId, string RecordType, string RecordId, string Action,
    string Changes, string? RemoteAddress);

/// <summary>An entry as stored: its facts and the two hashes that chain it to the entry before it.</summary>
public sealed record ChainedAuditEntry(AuditFacts Facts, string PreviousHash, string Hash);

/// <summary>The first entry whose stored hashes do not match its content or its predecessor.</summary>
public sealed record AuditChainBreak(long Sequence, string ReasonZh, string ReasonEn);

/// <summary>
/// 审计链: each entry's hash is SHA-256 over a canonical serialization of its facts and the previous entry's hash, so
/// changing, removing or inserting an entry anywhere breaks every later link (等保二级 requires audit records to be
/// protected against unauthorised change and deletion). Removing the newest entries leaves a shorter valid chain; the
/// head hash must be anchored outside the database (exported, printed) to detect that.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// Instants are hashed at microsecond precision, the finest PostgreSQL stores, so the value read back hashes the same.
    /// Callers store <see cref="Truncate"/>d instants.
    /// </summary>
    public static DateTimeOffset Truncate(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero);

    public static string Hash(AuditFacts facts, string previousHash)
    {
        // Every field is written as its length, a colon and its UTF-16 text, so no two different entries serialise alike
        // whatever characters their values hold.
        var canonical = new StringBuilder();
        void Field(string? value)
        {
            if (value is null) canonical.Append("-;");
            else canonical.Append(value.Length).Append(':').Append(value).Append(';');
        }
        Field("gongkai-audit-v1");
        Field(facts.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(Truncate(facts.At).UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(facts.Actor);
        Field(facts.AgencyId?.ToString("D"));
        Field(facts.RecordType);
        Field(facts.RecordId);
        Field(facts.Action);
        Field(facts.Changes);
        Field(facts.RemoteAddress);
        Field(previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    /// <summary>The entry that follows <paramref name="previous"/> (null for the first one).</summary>
    public static ChainedAuditEntry Append(ChainedAuditEntry? previous, AuditFacts facts)
    {
        var previousHash = previous?.Hash ?? Genesis;
        return new ChainedAuditEntry(facts, previousHash, Hash(facts, previousHash));
    }

    /// <summary>
    /// Walks entries in sequence order and returns the first break, or null when the chain is intact. Pass the last good
    /// entry of an earlier walk as <paramref name="before"/> to verify in batches.
    /// </summary>
    public static AuditChainBreak? Verify(IEnumerable<ChainedAuditEntry> entries, ChainedAuditEntry? before = null)
    {
        var previous = before;
        foreach (var entry in entries)
        {
            var s = entry.Facts.Sequence;
            var expectedSequence = (previous?.Facts.Sequence ?? 0) + 1;
            if (s != expectedSequence)
                return new AuditChainBreak(s, $"第{s}条之前缺少第{expectedSequence}条", $"entry {expectedSequence} is missing before entry {s}");
            if (entry.PreviousHash != (previous?.Hash ?? Genesis))
                return new AuditChainBreak(s, $"第{s}条记录的前序哈希与第{s - 1}条不符", $"entry {s} does not link to entry {s - 1}");
            if (entry.Hash != Hash(entry.Facts, entry.PreviousHash))
                return new AuditChainBreak(s, $"第{s}条记录的内容与其哈希不符（已被改动）", $"entry {s} does not match its hash (it was changed)");
            previous = entry;
        }
        return null;
    }
}
