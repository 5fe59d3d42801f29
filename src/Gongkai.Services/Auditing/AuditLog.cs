using Gongkai.Core.Auditing;
using Gongkai.Data.Auditing;
using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Auditing;

/// <summary>The outcome of walking the audit chain: how many entries were checked and the first break, if any.</summary>
public sealed record AuditVerification(long EntriesChecked, AuditChainBreak? FirstBreak, string? HeadHash)
{
    public bool Intact => FirstBreak is null;
}

/// <summary>What to show of the audit log; every filter is optional.</summary>
public sealed record AuditQuery(string? Actor = null, Guid? AgencyId = null, string? RecordType = null, string? RecordId = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, int Take = 100);

/// <summary>
/// 审计日志: reading and verifying the chain the database context writes. There is deliberately no way to change or remove
/// an entry.
/// </summary>
public sealed class AuditLog(GongkaiDbContext db)
{
    private const int BatchSize = 1000;

    /// <summary>Walks the whole chain in sequence order, in batches, and stops at the first broken entry.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        ChainedAuditEntry? last = null;
        long count = 0;
        while (true)
        {
            var after = last?.Facts.Sequence ?? 0;
            var batch = (await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(BatchSize)
                .ToListAsync(cancellationToken)).Select(e => e.ToChained()).ToList();
            if (batch.Count == 0) return new AuditVerification(count, null, last?.Hash);
            var broken = AuditChain.Verify(batch, last);
            if (broken is not null) return new AuditVerification(count + batch.Count(e => e.Facts.Sequence < broken.Sequence), broken, null);
            count += batch.Count;
            last = batch[^1];
        }
    }

    /// <summary>The newest entries matching the filters, newest first.</summary>
    public async Task<IReadOnlyList<AuditFacts>> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (query.Actor is { Length: > 0 } actor) q = q.Where(e => e.Actor == actor);
        if (query.AgencyId is { } agency) q = q.Where(e => e.AgencyId == agency);
        if (query.RecordType is { Length: > 0 } type) q = q.Where(e => e.RecordType == type);
        if (query.RecordId is { Length: > 0 } id) q = q.Where(e => e.RecordId == id);
        if (query.From is { } from) q = q.Where(e => e.At >= from);
        if (query.To is { } to) q = q.Where(e => e.At < to);
        var entries = await q.OrderByDescending(e => e.Sequence).Take(Math.Clamp(query.Take, 1, 1000)).ToListAsync(cancellationToken);
        return entries.Select(e => e.ToChained().Facts).ToList();
    }
}
