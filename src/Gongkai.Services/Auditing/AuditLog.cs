using Gongkai.Core;
using Gongkai.Core.Auditing;
using Gongkai.Services.Access;
using Gongkai.Services.Errors;
using Gongkai.Data.Auditing;
using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Auditing;

/// <summary>The outcome of walking the audit chain: how many entries were checked and the first break, if any.</summary>
public sealed record AuditVerification(long EntriesChecked, AuditChainBreak? FirstBreak, string? HeadHash)
{
    public bool Intact => FirstBreak is null;
}

/// <summary>
/// What to show of the audit log; every filter is optional. <see cref="Before"/> pages backwards: only entries with a
/// smaller sequence number (the last one of the page before).
/// </summary>
public sealed record AuditQuery(string? Actor = null, Guid? AgencyId = null, string? RecordType = null, string? RecordId = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, int Take = 100, long? Before = null);

/// <summary>One page of the log, newest first; <see cref="HasMore"/> when older entries match too.</summary>
public sealed record AuditPage(IReadOnlyList<AuditFacts> Entries, bool HasMore)
{
    /// <summary>The <see cref="AuditQuery.Before"/> value of the next (older) page.</summary>
    public long? NextBefore => HasMore && Entries.Count > 0 ? Entries[^1].Sequence : null;
}

/// <summary>Reading the audit log is for administrators (系统管理员, 机关管理员).</summary>
public sealed record AuditLogForbiddenError()
    : DomainError("audit-log-forbidden", "只有系统管理员和机关管理员可以查看审计日志", "only administrators may read the audit log"), IForbiddenError;

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

    /// <summary>The newest entries matching the filters, newest first (operators: the CLI, tests).</summary>
    public async Task<IReadOnlyList<AuditFacts>> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
        (await SearchAsync(db.AuditEntries.AsNoTracking(), query, cancellationToken)).Entries;

    /// <summary>
    /// The entries a signed-in administrator may read, newest first: a system administrator reads the whole log; an agency
    /// administrator the changes made by its agency's accounts and the changes to its agency's own record (等保二级:
    /// 审计记录 are available to the administrators responsible, and to no one else).
    /// </summary>
    public async Task<DomainResult<AuditPage>> SearchAsync(AuditQuery query, StaffScope scope, CancellationToken cancellationToken = default)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!scope.Has(AccountRole.SystemAdmin))
        {
            if (!scope.Has(AccountRole.AgencyAdmin)) return new AuditLogForbiddenError();
            var agencies = scope.AdministeredAgencies.ToList();
            var agencyRecords = agencies.Select(a => a.ToString()).ToList();
            entries = entries.Where(e => (e.AgencyId != null && agencies.Contains(e.AgencyId.Value))
                || (e.RecordType == AgencyRecordType && agencyRecords.Contains(e.RecordId)));
        }
        return await SearchAsync(entries, query, cancellationToken);
    }

    private const string AgencyRecordType = nameof(Data.Agencies.Agency);

    private static async Task<AuditPage> SearchAsync(IQueryable<AuditEntry> q, AuditQuery query, CancellationToken cancellationToken)
    {
        if (query.Actor is { Length: > 0 } actor) q = q.Where(e => e.Actor == actor);
        if (query.AgencyId is { } agency) q = q.Where(e => e.AgencyId == agency);
        if (query.RecordType is { Length: > 0 } type) q = q.Where(e => e.RecordType == type);
        if (query.RecordId is { Length: > 0 } id) q = q.Where(e => e.RecordId == id);
        if (query.From is { } from) q = q.Where(e => e.At >= from);
        if (query.To is { } to) q = q.Where(e => e.At < to);
        if (query.Before is { } before) q = q.Where(e => e.Sequence < before);
        var take = Math.Clamp(query.Take, 1, 1000);
        var entries = await q.OrderByDescending(e => e.Sequence).Take(take + 1).ToListAsync(cancellationToken);
        return new AuditPage(entries.Take(take).Select(e => e.ToChained().Facts).ToList(), entries.Count > take);
    }
}
