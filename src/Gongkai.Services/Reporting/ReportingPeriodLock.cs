using Gongkai.Core;
using Gongkai.Core.Calendar;
using Gongkai.Data.Persistence;
using Gongkai.Data.Reporting;
using Gongkai.Services.Access;
using Gongkai.Services.Errors;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Reporting;

/// <summary>A record dated in a year whose report is published changes only through an explicit reopening.</summary>
public sealed record ReportingPeriodLockedError(int Year) : DomainError("reporting-period-locked",
    $"{Year}年度报告已公布，该年度的记录已锁定；如需更正，请由分管领导重新开放该报告期",
    $"the {Year} report is published, so records dated in {Year} are locked; an approving leader must reopen the period first");

public sealed record PeriodNotPublishedError(int Year) : DomainError("period-not-published",
    $"{Year}年度报告尚未公布，无需重新开放", $"the {Year} report is not published; nothing to reopen");

public sealed record PeriodAlreadyReopenedError(int Year) : DomainError("period-already-reopened",
    $"{Year}年度报告期已重新开放", $"the {Year} period is already reopened");

public sealed record NoOpenReopeningError(int Year) : DomainError("no-open-reopening",
    $"{Year}年度报告期未处于重新开放状态", $"the {Year} period is not reopened");

public sealed record ReopeningReasonMissingError() : DomainError("reopening-reason-missing",
    "请说明重新开放报告期的理由", "give the reason for reopening the period"), IInvalidInputError;

public sealed record ReopeningNotAllowedError() : DomainError("reopening-not-allowed",
    "只有本机关的分管领导可以重新开放或关闭已公布的报告期", "only the agency's approving leader reopens or closes a published period"), IForbiddenError;

/// <summary>
/// 报告期锁定: once (agency, year) is published, records dated in that year are frozen so the published figures stay the figures
/// of the records. Every feature that changes a dated record asks <see cref="EnsureOpenAsync"/> first; an approving leader may
/// reopen the period with a reason (audited like every change) and close it again.
/// </summary>
public sealed class ReportingPeriodLock(GongkaiDbContext db, TimeProvider clock)
{
    /// <summary>Null when a record of <paramref name="agencyId"/> dated <paramref name="date"/> may change; the refusal otherwise.</summary>
    public async Task<DomainError?> EnsureOpenAsync(Guid agencyId, DateOnly date, CancellationToken cancellationToken = default)
    {
        var year = date.Year;
        var published = await db.PublishedReports.AnyAsync(r => r.AgencyId == agencyId && r.Year == year, cancellationToken);
        if (!published) return null;
        var reopened = await db.PeriodReopenings.AnyAsync(r => r.AgencyId == agencyId && r.Year == year && r.ClosedAt == null, cancellationToken);
        return reopened ? null : new ReportingPeriodLockedError(year);
    }

    /// <summary>True when (agency, year) is published and not reopened.</summary>
    public async Task<bool> IsLockedAsync(Guid agencyId, int year, CancellationToken cancellationToken = default) =>
        await EnsureOpenAsync(agencyId, new DateOnly(year, 1, 1), cancellationToken) is not null;

    public async Task<DomainResult<PeriodReopening>> ReopenAsync(StaffScope scope, Guid agencyId, int year, string reason,
        CancellationToken cancellationToken = default)
    {
        if (!scope.CanWrite(agencyId) || !scope.Has(AccountRole.ApprovingLeader)) return new ReopeningNotAllowedError();
        if (string.IsNullOrWhiteSpace(reason)) return new ReopeningReasonMissingError();
        if (reason.Trim().Length > PeriodReopeningRecord.MaxReasonLength) return new ReopeningReasonMissingError();
        if (!await db.PublishedReports.AnyAsync(r => r.AgencyId == agencyId && r.Year == year, cancellationToken)) return new PeriodNotPublishedError(year);
        if (await db.PeriodReopenings.AnyAsync(r => r.AgencyId == agencyId && r.Year == year && r.ClosedAt == null, cancellationToken))
            return new PeriodAlreadyReopenedError(year);
        var record = new PeriodReopeningRecord(Guid.CreateVersion7(clock.GetUtcNow()), agencyId, year, reason.Trim(), clock.GetUtcNow(), Actor(scope));
        db.PeriodReopenings.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return PeriodReopening.From(record);
    }

    public async Task<DomainResult<PeriodReopening>> CloseAsync(StaffScope scope, Guid agencyId, int year, CancellationToken cancellationToken = default)
    {
        if (!scope.CanWrite(agencyId) || !scope.Has(AccountRole.ApprovingLeader)) return new ReopeningNotAllowedError();
        var open = await db.PeriodReopenings.FirstOrDefaultAsync(r => r.AgencyId == agencyId && r.Year == year && r.ClosedAt == null, cancellationToken);
        if (open is null) return new NoOpenReopeningError(year);
        open.Close(clock.GetUtcNow(), Actor(scope));
        await db.SaveChangesAsync(cancellationToken);
        return PeriodReopening.From(open);
    }

    /// <summary>Every reopening of (agency, year), oldest first.</summary>
    public async Task<IReadOnlyList<PeriodReopening>> HistoryAsync(StaffScope scope, Guid agencyId, int year, CancellationToken cancellationToken = default)
    {
        if (!scope.CanRead(agencyId)) return [];
        var rows = await db.PeriodReopenings.AsNoTracking().Where(r => r.AgencyId == agencyId && r.Year == year).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.OpenedAt).Select(PeriodReopening.From).ToList();
    }

    internal static string Actor(StaffScope scope) => $"{scope.UserName}:{scope.AccountId:N}";
}

/// <summary>One reopening of a published period.</summary>
public sealed record PeriodReopening(Guid Id, Guid AgencyId, int Year, string Reason, DateTimeOffset OpenedAt, string OpenedBy,
    DateTimeOffset? ClosedAt, string? ClosedBy)
{
    public static PeriodReopening From(PeriodReopeningRecord r) => new(r.Id, r.AgencyId, r.Year, r.Reason, r.OpenedAt, r.OpenedBy, r.ClosedAt, r.ClosedBy);

    public string SummaryZh => $"{ChineseDates.Format(ChinaStandardTime.DateOf(OpenedAt))}重新开放：{Reason}" + (ClosedAt is null ? "（开放中）" : "（已关闭）");
}
