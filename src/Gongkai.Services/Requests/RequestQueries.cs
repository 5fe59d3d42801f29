using Gongkai.Core;
using Gongkai.Core.Reporting;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Persistence;
using Gongkai.Data.Requests;
using Gongkai.Services.Access;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Requests;

/// <summary>A request in a list: the identity number masked.</summary>
public sealed record RequestListItem(
    Guid Id, string Number, ApplicantKind ApplicantKind, string ApplicantName, string IdentityMasked, string? Title,
    ReceiptChannel Channel, DateOnly ArrivedOn, DateOnly? ReceivedOn, RequestStatus Status, DateOnly? DueDate,
    Core.Requests.Outcomes.Outcome? Outcome, DateOnly? ConcludedOn);

/// <summary>工作队列: one agency's requests by what needs doing.</summary>
public sealed record RequestQueue(
    DateOnly Today,
    DateOnly DueSoonUntil,
    IReadOnlyList<RequestListItem> Overdue,
    IReadOnlyList<RequestListItem> DueSoon,
    IReadOnlyList<RequestListItem> AwaitingReceipt,
    IReadOnlyList<RequestListItem> AwaitingCorrection,
    IReadOnlyList<RequestListItem> Open,
    IReadOnlyList<RequestListItem> RecentlyConcluded);

/// <summary>One line of the staff history.</summary>
public sealed record RequestHistoryLine(int Sequence, string Kind, DateOnly On, DateTimeOffset RecordedAt, string ActorId, string SummaryZh);

public sealed record AttachmentInfo(Guid Id, string FileName, string MediaType, long Length, string Sha256, Data.Requests.AttachmentPurpose Purpose);

/// <summary>The staff view of one request: the applicant in full (staff need it to reply), the aggregate and its history.</summary>
public sealed record RequestDetail(
    Guid Id, Guid AgencyId, string Number, DisclosureRequest Request, string IdentityNumber, string IdentityMasked,
    DomainResult<RequestDeadline>? Deadline, IReadOnlyList<RequestHistoryLine> History, IReadOnlyList<AttachmentInfo> Attachments,
    Core.Requests.Duplicates.SimilarRequestReport Similar, IReadOnlyDictionary<Guid, string> NumbersOfSimilar);

/// <summary>One month of the dashboard: requests received, and requests concluded by outcome group (the five groups of table 三).</summary>
public sealed record RequestMonth(int Month, int Received, IReadOnlyDictionary<string, int> ConcludedByGroup);

/// <summary>
/// 按月统计: an agency's year month by month — received (收到申请之日 in the month) and concluded by the top-level row of table 三
/// (r3.1 … r3.6), the same dates and outcomes table 三 counts.
/// </summary>
public sealed record RequestYearByMonth(Guid AgencyId, int Year, IReadOnlyList<RequestMonth> Months)
{
    /// <summary>The outcome groups in table order: the row id of each group (r3.1 … r3.6).</summary>
    public static readonly IReadOnlyList<string> Groups = ["r3.1", "r3.2", "r3.3", "r3.4", "r3.5", "r3.6"];

    /// <summary>The group of an outcome's row: r3.3.4 → r3.3, r3.1 → r3.1.</summary>
    public static string GroupOf(Core.Requests.Outcomes.Outcome outcome)
    {
        var row = Core.Requests.Outcomes.Outcomes.RowId(outcome);
        return row.Count(c => c == '.') == 2 ? row[..row.LastIndexOf('.')] : row;
    }
}

/// <summary>A file for download.</summary>
public sealed record FileContent(string FileName, string MediaType, byte[] Content);

/// <summary>Reading requests for staff (scoped to what the caller may read), and table 三 from the records.</summary>
public sealed class RequestQueries
{
    /// <summary>"Due soon" in the work queue: due within this many working days (issue 5 item 6).</summary>
    public const int DueSoonWorkingDays = 3;

    /// <summary>How far back the queue lists concluded requests (calendar days).</summary>
    public const int RecentlyConcludedDays = 60;

    private readonly RequestStore store;

    public RequestQueries(GongkaiDbContext db, TimeProvider clock, RequestRulesProvider rules) => store = new RequestStore(db, clock, rules);

    public async Task<DomainResult<RequestDetail>> DetailAsync(StaffScope scope, Guid requestId, CancellationToken cancellationToken = default)
    {
        var loaded = await store.LoadAsync(requestId, track: false, cancellationToken);
        if (loaded is not var (record, request) || !scope.CanRead(record.AgencyId)) return new RequestNotFoundError();
        var history = await store.EventsAsync(record.Id, cancellationToken);
        var attachments = await store.Db.Set<RequestAttachment>().AsNoTracking().Where(a => a.RequestId == record.Id).OrderBy(a => a.AddedAt)
            .Select(a => new AttachmentInfo(a.Id, a.FileName, a.MediaType, a.Length, a.Sha256, a.Purpose)).ToListAsync(cancellationToken);
        var deadline = request.Status is RequestStatus.Open or RequestStatus.AwaitingCorrection ? request.Deadline() : null;
        var similar = await SimilarRequests.FindAsync(store, record, request, cancellationToken);
        var similarIds = similar.Matches.Select(m => m.Earlier.Id.Value).ToList();
        var numbers = await store.Requests.AsNoTracking().Where(r => similarIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Number, cancellationToken);
        return new RequestDetail(record.Id, record.AgencyId, record.Number, request, record.IdentityNumber, record.IdentityMasked, deadline,
            [.. history.Select(e => new RequestHistoryLine(e.Sequence, e.Kind, e.On, e.RecordedAt, e.ActorId, e.SummaryZh))], attachments, similar, numbers);
    }

    public async Task<DomainResult<FileContent>> AttachmentAsync(StaffScope scope, Guid requestId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var agencyId = await store.Requests.AsNoTracking().Where(r => r.Id == requestId).Select(r => (Guid?)r.AgencyId).SingleOrDefaultAsync(cancellationToken);
        if (agencyId is not { } agency || !scope.CanRead(agency)) return new RequestNotFoundError();
        var file = await (from a in store.Db.Set<RequestAttachment>().AsNoTracking()
                          join f in store.Db.Set<StoredFile>().AsNoTracking() on a.Sha256 equals f.Sha256
                          where a.Id == attachmentId && a.RequestId == requestId
                          select new FileContent(a.FileName, a.MediaType, f.Content)).SingleOrDefaultAsync(cancellationToken);
        return file is null ? new RequestNotFoundError() : file;
    }

    /// <summary>The work queue of <paramref name="agencyId"/> (default: the caller's agency).</summary>
    public async Task<DomainResult<RequestQueue>> QueueAsync(StaffScope scope, Guid? agencyId = null, CancellationToken cancellationToken = default)
    {
        var agency = agencyId ?? scope.HomeAgencyId;
        if (!scope.CanRead(agency)) return new RequestNotFoundError();
        var today = store.Today;
        var dueSoonUntil = store.Rules.Calendar.AddWorkingDays(today, DueSoonWorkingDays).Date;
        var rows = store.Requests.AsNoTracking().Where(r => r.AgencyId == agency);
        var active = await Items(rows.Where(r => r.Status != RequestStatus.Concluded && r.Status != RequestStatus.Discarded)
            .OrderBy(r => r.Year).ThenBy(r => r.Sequence)).ToListAsync(cancellationToken);
        var recentFrom = today.AddDays(-RecentlyConcludedDays);
        var concluded = await Items(rows.Where(r => r.Status == RequestStatus.Concluded && r.ConcludedOn >= recentFrom)
            .OrderByDescending(r => r.ConcludedOn).ThenByDescending(r => r.Sequence)).Take(100).ToListAsync(cancellationToken);
        var open = active.Where(r => r.Status == RequestStatus.Open).ToList();
        return new RequestQueue(today, dueSoonUntil,
            [.. open.Where(r => r.DueDate < today)],
            [.. open.Where(r => r.DueDate >= today && r.DueDate <= dueSoonUntil)],
            [.. active.Where(r => r.Status == RequestStatus.AwaitingReceiptConfirmation)],
            [.. active.Where(r => r.Status == RequestStatus.AwaitingCorrection)],
            open, concluded);
    }

    /// <summary>Table 三 of an agency's year, computed by SQL from the records, in a report of the year's format.</summary>
    public async Task<DomainResult<AnnualReport>> RequestTableAsync(StaffScope scope, Guid agencyId, int year, CancellationToken cancellationToken = default)
    {
        if (!scope.CanRead(agencyId)) return new RequestNotFoundError();
        var report = AnnualReport.Empty(ReportLayout.FormatForYear(year));
        report.Year = year;
        await RequestYearStatistics.ApplyToAsync(store.Db, agencyId, year, report, cancellationToken);
        return report;
    }

    /// <summary>The dashboard chart's figures for <paramref name="agencyId"/> (default: the caller's agency), grouped by SQL.</summary>
    public async Task<DomainResult<RequestYearByMonth>> ByMonthAsync(StaffScope scope, int year, Guid? agencyId = null, CancellationToken cancellationToken = default)
    {
        var agency = agencyId ?? scope.HomeAgencyId;
        if (!scope.CanRead(agency)) return new RequestNotFoundError();
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var rows = store.Requests.AsNoTracking().Where(r => r.AgencyId == agency);
        var received = await rows.Where(r => r.ReceivedOn >= first && r.ReceivedOn <= last)
            .GroupBy(r => r.ReceivedOn!.Value.Month).Select(g => new { Month = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Month, g => g.Count, cancellationToken);
        var concluded = await rows.Where(r => r.Status == RequestStatus.Concluded && r.ConcludedOn >= first && r.ConcludedOn <= last)
            .GroupBy(r => new { r.ConcludedOn!.Value.Month, r.Outcome }).Select(g => new { g.Key.Month, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var months = Enumerable.Range(1, 12).Select(m => new RequestMonth(m, received.GetValueOrDefault(m),
            RequestYearByMonth.Groups.ToDictionary(g => g, g => concluded
                .Where(c => c.Month == m && c.Outcome is { } o && RequestYearByMonth.GroupOf(o) == g).Sum(c => c.Count)))).ToList();
        return new RequestYearByMonth(agency, year, months);
    }

    private static IQueryable<RequestListItem> Items(IQueryable<DisclosureRequestRecord> rows) => rows.Select(r => new RequestListItem(
        r.Id, r.Number, r.ApplicantKind, r.ApplicantName, r.IdentityMasked, r.Title ?? r.DocumentNumber ?? r.Description, r.Channel, r.ArrivedOn,
        r.ReceivedOn, r.Status, r.DueDate, r.Outcome, r.ConcludedOn));
}
