using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Reporting;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Data.Requests;
using Gongkai.Services.Access;
using Gongkai.Services.Appeals;
using Gongkai.Services.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Supervision;

/// <summary>A month of the region's year: requests received, and requests concluded per outcome group of table 三.</summary>
/// <param name="ConcludedByGroup">Counts in the order of <see cref="RegionActivity.OutcomeGroups"/>.</param>
public sealed record MonthActivity(int Month, int Received, IReadOnlyList<int> ConcludedByGroup)
{
    public int Concluded => ConcludedByGroup.Sum();
}

/// <summary>One agency's year beside its siblings: requests received, items proactively published, appeal cases filed.</summary>
public sealed record AgencyActivity(Guid AgencyId, string AgencyName, AgencyLevel Level, int RequestsReceived, int ItemsPublished, int AppealsFiled);

/// <summary>An outcome group of table 三 (（一）予以公开 … （六）其他处理): its row id and short name.</summary>
public sealed record OutcomeGroup(string RowId, string Name);

/// <summary>What the supervising office's charts show for a region and year, counted from the records.</summary>
public sealed record RegionActivity(
    Guid RegionId, string RegionName, int Year, IReadOnlyList<OutcomeGroup> OutcomeGroups, IReadOnlyList<MonthActivity> Months,
    IReadOnlyList<AgencyActivity> Agencies);

/// <summary>
/// 区域统计: the supervising office's figures of a region and year computed live from the records of every agency below it —
/// table 三 summed over the region (the roll-up available in January, before the reports are published and frozen), requests
/// and outcomes by month, and each agency's requests, proactive items and appeals. Aggregated by SQL over the whole region in
/// a few grouped queries, never agency by agency. A supervisor reads its own region only; other callers are refused.
/// </summary>
public sealed class RegionStatistics(GongkaiDbContext db)
{
    /// <summary>Table 三 of the region: every agency's requests counted by the report's rule, cell by cell.</summary>
    public async Task<DomainResult<AnnualReport>> RequestTableAsync(StaffScope scope, Guid regionId, int year,
        CancellationToken cancellationToken = default)
    {
        var region = await RegionAsync(scope, regionId, cancellationToken);
        if (!region.Succeeded) return DomainResult<AnnualReport>.Failure(region.Errors);
        var ids = region.Value.Agencies.Select(a => a.Id).ToList();
        var counts = await RequestsTableSource.CountAsync(Requests().Where(r => ids.Contains(r.AgencyId)), year, cancellationToken);
        var report = new AnnualReport(ReportLayout.FormatForYear(year))
        {
            AgencyName = region.Value.Name, Year = year, Title = $"{region.Value.Name}{year}年政府信息公开申请情况汇总",
        };
        foreach (var (id, n) in counts) report.Set(id, n);
        return report;
    }

    /// <summary>Requests and outcomes by month, and the agencies side by side.</summary>
    public async Task<DomainResult<RegionActivity>> ActivityAsync(StaffScope scope, Guid regionId, int year,
        CancellationToken cancellationToken = default)
    {
        var region = await RegionAsync(scope, regionId, cancellationToken);
        if (!region.Succeeded) return DomainResult<RegionActivity>.Failure(region.Errors);
        var ids = region.Value.Agencies.Select(a => a.Id).ToList();
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var requests = Requests().Where(r => ids.Contains(r.AgencyId));

        var received = await requests.Where(r => r.ReceivedOn >= first && r.ReceivedOn <= last)
            .GroupBy(r => new { r.AgencyId, r.ReceivedOn!.Value.Month })
            .Select(g => new { g.Key.AgencyId, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var concluded = await requests.Where(r => r.ReceivedOn != null && r.ConcludedOn >= first && r.ConcludedOn <= last)
            .GroupBy(r => new { r.ConcludedOn!.Value.Month, r.Outcome })
            .Select(g => new { g.Key.Month, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // An item counts in the year it first went public, in China time (PostgreSQL's timestamptz takes UTC instants only).
        var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, ChinaStandardTime.Offset).ToUniversalTime();
        var end = new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, ChinaStandardTime.Offset).ToUniversalTime();
        var items = await db.DisclosureItems().AsNoTracking()
            .Where(i => ids.Contains(i.AgencyId) && i.FirstPublishAt >= start && i.FirstPublishAt < end)
            .GroupBy(i => i.AgencyId).Select(g => new { AgencyId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var appeals = await db.AppealCases.AsNoTracking()
            .Where(c => ids.Contains(c.AgencyId) && c.FiledOn >= first && c.FiledOn <= last)
            .GroupBy(c => c.AgencyId).Select(g => new { AgencyId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var layout = ReportLayout.For(ReportLayout.FormatForYear(year));
        var groups = OutcomeGroups(layout);
        var groupIndex = groups.Select((g, i) => (g.RowId, i)).ToDictionary(x => x.RowId, x => x.i, StringComparer.Ordinal);
        var months = Enumerable.Range(1, 12).Select(m =>
        {
            var byGroup = new int[groups.Count];
            foreach (var c in concluded.Where(c => c.Month == m && c.Outcome is not null))
                byGroup[groupIndex[GroupOf(c.Outcome!.Value.Info().RowIdIn(layout.Format))]] += c.Count;
            return new MonthActivity(m, received.Where(r => r.Month == m).Sum(r => r.Count), byGroup);
        }).ToList();

        var agencies = region.Value.Agencies.Select(a => new AgencyActivity(a.Id, a.Name, a.Level,
            received.Where(r => r.AgencyId == a.Id).Sum(r => r.Count),
            items.FirstOrDefault(i => i.AgencyId == a.Id)?.Count ?? 0,
            appeals.FirstOrDefault(c => c.AgencyId == a.Id)?.Count ?? 0)).ToList();
        return new RegionActivity(regionId, region.Value.Name, year, groups, months, agencies);
    }

    /// <summary>The six outcome groups of table 三 in order, named by their verbatim labels without numbering or note.</summary>
    public static IReadOnlyList<OutcomeGroup> OutcomeGroups(ReportLayout layout) =>
        [.. layout.RequestRows.Where(r => r.ParentId == "r3" && r.Kind != RowKind.Total).Select(r => new OutcomeGroup(r.Id, ShortName(r.Label)))];

    // r3.3.5 → r3.3; r3.1 → r3.1.
    private static string GroupOf(string rowId) => string.Join('.', rowId.Split('.').Take(2));

    // “（二）部分公开（区分处理的，只计这一情形，不计其他情形）” → “部分公开”.
    private static string ShortName(string label)
    {
        var withoutNumber = label.StartsWith('（') ? label[(label.IndexOf('）') + 1)..] : label;
        int note = withoutNumber.IndexOf('（');
        return note > 0 ? withoutNumber[..note] : withoutNumber;
    }

    private IQueryable<DisclosureRequestRecord> Requests() => db.Set<DisclosureRequestRecord>().AsNoTracking();

    private sealed record RegionAgency(Guid Id, string Name, AgencyLevel Level);

    private sealed record Region(string Name, IReadOnlyList<RegionAgency> Agencies);

    /// <summary>The region's name and the agencies below it (regions themselves handle no records), by name.</summary>
    private async Task<DomainResult<Region>> RegionAsync(StaffScope scope, Guid regionId, CancellationToken cancellationToken)
    {
        if (!scope.Has(AccountRole.Supervisor)) return new SupervisionNotAllowedError();
        if (!scope.CanRead(regionId)) return new AgencyRecordsNotFoundError(regionId);
        var tree = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.ParentId, a.Name, a.Level }).ToListAsync(cancellationToken);
        var region = tree.FirstOrDefault(a => a.Id == regionId);
        if (region is null) return new AgencyRecordsNotFoundError(regionId);
        var below = AgencySubtree.Below(regionId, tree.Select(a => (a.Id, a.ParentId))).ToHashSet();
        var agencies = tree.Where(a => below.Contains(a.Id) && a.Level != AgencyLevel.Region && scope.CanRead(a.Id))
            .OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => new RegionAgency(a.Id, a.Name, a.Level)).ToList();
        return new Region(region.Name, agencies);
    }
}
