using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Data.Persistence;
using Gongkai.Data.Reporting;
using Gongkai.Services.Access;
using Gongkai.Services.Appeals;
using Gongkai.Services.Errors;
using Gongkai.Services.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Supervision;

public sealed record SupervisionNotAllowedError() : DomainError("supervision-not-allowed",
    "只有监督机构可以查看本区域各机关的年度报告报送情况", "only a supervising office sees its region's reports"), IForbiddenError;

/// <summary>An internal due date may only be earlier than the statutory one (条例第四十九条 sets the latest day).</summary>
public sealed record InternalDueDateAfterStatuteError(DateOnly Due, DateOnly Statutory) : DomainError("internal-due-date-after-statute",
    $"内部报送期限（{ChineseDates.Format(Due)}）不能晚于法定期限（{ChineseDates.Format(Statutory)}）",
    $"the internal due date {ChineseDates.Iso(Due)} is after the statutory {ChineseDates.Iso(Statutory)}"), IInvalidInputError;

/// <summary>Where an agency's report of the year stands at the supervising office.</summary>
public enum ReportStanding
{
    /// <summary>已按时公布.</summary>
    PublishedOnTime,
    /// <summary>逾期公布.</summary>
    PublishedLate,
    /// <summary>未公布，期限未到.</summary>
    NotYetDue,
    /// <summary>逾期未公布.</summary>
    Overdue,
}

/// <summary>One agency's line in the supervising office's view.</summary>
public sealed record AgencyReportStatus(
    Guid AgencyId, string AgencyName, AgencyLevel Level, DateOnly StatutoryDue, DateOnly Due, DateOnly? PublishedOn,
    ReportStanding Standing, int BlockingFindings, int Warnings, int NotComputedCells)
{
    public string StandingZh => ReportStandings.NameZh(Standing);
}

public static class ReportStandings
{
    public static string NameZh(ReportStanding standing) => standing switch
    {
        ReportStanding.PublishedOnTime => "已按时公布",
        ReportStanding.PublishedLate => "逾期公布",
        ReportStanding.NotYetDue => "未公布（期限未到）",
        _ => "逾期未公布",
    };
}

/// <param name="Totals">The sum, cell by cell, of the agencies' frozen reports (cells no published report states stay absent).</param>
public sealed record RegionReportOverview(
    Guid RegionId, string RegionName, int Year, DateOnly? DepartmentsInternalDue, DateOnly? GovernmentsInternalDue,
    IReadOnlyList<AgencyReportStatus> Agencies, AnnualReport Totals, int PublishedCount);

/// <summary>
/// 监督机构视图: for a region and a reported year, which agencies below it published their annual report by the due date
/// (条例第四十九条: departments by 31 January, governments by 31 March — or the office's earlier internal dates), which are late,
/// which have failing checks, and the region's totals of every table summed from the frozen reports.
/// </summary>
public sealed class SupervisionOverview(GongkaiDbContext db, PublishedReports published, AnnualReportAssembler assembler, TimeProvider clock)
{
    public async Task<DomainResult<RegionReportOverview>> ForRegionAsync(StaffScope scope, Guid regionId, int year,
        CancellationToken cancellationToken = default)
    {
        if (!scope.Has(AccountRole.Supervisor)) return new SupervisionNotAllowedError();
        if (!scope.CanRead(regionId)) return new AgencyRecordsNotFoundError(regionId);
        var tree = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.ParentId, a.Name, a.Level }).ToListAsync(cancellationToken);
        var region = tree.FirstOrDefault(a => a.Id == regionId);
        if (region is null) return new AgencyRecordsNotFoundError(regionId);
        var below = AgencySubtree.Below(regionId, tree.Select(a => (a.Id, a.ParentId))).ToHashSet();
        var agencies = tree.Where(a => below.Contains(a.Id) && a.Level != AgencyLevel.Region).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();

        var deadline = await db.ReportDeadlines.AsNoTracking().FirstOrDefaultAsync(d => d.RegionId == regionId && d.Year == year, cancellationToken);
        var ids = agencies.Select(a => a.Id).ToList();
        var frozen = (await db.PublishedReports.AsNoTracking().Where(r => r.Year == year && ids.Contains(r.AgencyId)).ToListAsync(cancellationToken))
            .ToDictionary(r => r.AgencyId);
        // The region at once, never agency by agency: last year's frozen reports (the cross-year checks of the published ones) in
        // one query, and the live reports of the agencies that have not published in a fixed number of grouped queries.
        var previous = await published.FindReportsAsync([.. frozen.Keys], year - 1, cancellationToken);
        var live = await assembler.AssembleAllUncheckedAsync([.. ids.Where(id => !frozen.ContainsKey(id))], year, cancellationToken);
        var today = ChinaStandardTime.Today(clock);
        var totals = new AnnualReport(ReportLayout.FormatForYear(year)) { AgencyName = region.Name, Year = year, Title = $"{region.Name}{year}年政府信息公开工作年度报告汇总" };
        var statuses = new List<AgencyReportStatus>();
        foreach (var agency in agencies)
        {
            var statutory = StatutoryDue(agency.Level, year);
            var internalDue = agency.Level == AgencyLevel.Government ? deadline?.GovernmentsDue : deadline?.DepartmentsDue;
            var due = internalDue is { } d && d < statutory ? d : statutory;
            var row = frozen.GetValueOrDefault(agency.Id);
            int blocking, warnings, notComputed = 0;
            if (row is not null)
            {
                var report = PublishedReports.From(row).Report;
                var findings = ReportChecks.Run(report, previous.GetValueOrDefault(agency.Id));
                (blocking, warnings) = (findings.Count(f => f.IsBlocking), findings.Count(f => !f.IsBlocking));
                Add(totals, report);
            }
            else
            {
                var assembled = live.GetValueOrDefault(agency.Id);
                (blocking, warnings) = (assembled?.Findings.Count(f => f.IsBlocking) ?? 0, assembled?.Findings.Count(f => !f.IsBlocking) ?? 0);
                notComputed = assembled?.NotComputed.Count ?? 0;
            }
            var standing = row is not null
                ? row.PublishedOn <= due ? ReportStanding.PublishedOnTime : ReportStanding.PublishedLate
                : today > due ? ReportStanding.Overdue : ReportStanding.NotYetDue;
            statuses.Add(new AgencyReportStatus(agency.Id, agency.Name, agency.Level, statutory, due, row?.PublishedOn, standing, blocking, warnings, notComputed));
        }
        return new RegionReportOverview(regionId, region.Name, year, deadline?.DepartmentsDue, deadline?.GovernmentsDue, statuses, totals, frozen.Count);
    }

    /// <summary>Sets the office's internal due dates for its own region's reports of <paramref name="year"/> (null = the statutory date).</summary>
    public async Task<DomainResult<int>> SetInternalDueDatesAsync(StaffScope scope, Guid regionId, int year, DateOnly? departmentsDue,
        DateOnly? governmentsDue, CancellationToken cancellationToken = default)
    {
        if (!scope.Has(AccountRole.Supervisor)) return new SupervisionNotAllowedError();
        if (regionId != scope.HomeAgencyId) return new AgencyRecordsNotFoundError(regionId);
        if (departmentsDue is { } dd && dd > Statute.DepartmentAnnualReportDue(year))
            return new InternalDueDateAfterStatuteError(dd, Statute.DepartmentAnnualReportDue(year));
        if (governmentsDue is { } gd && gd > Statute.GovernmentAnnualReportDue(year))
            return new InternalDueDateAfterStatuteError(gd, Statute.GovernmentAnnualReportDue(year));
        var row = await db.ReportDeadlines.FirstOrDefaultAsync(d => d.RegionId == regionId && d.Year == year, cancellationToken);
        if (row is null) db.ReportDeadlines.Add(new ReportDeadlineRecord(regionId, year, departmentsDue, governmentsDue));
        else row.Set(departmentsDue, governmentsDue);
        await db.SaveChangesAsync(cancellationToken);
        return year;
    }

    /// <summary>
    /// 条例第四十九条: a people's government's report is due 31 March, every other agency's (departments, and — Gongkai's reading,
    /// UNVERIFIED — townships and public institutions) 31 January of the next year.
    /// </summary>
    public static DateOnly StatutoryDue(AgencyLevel level, int year) =>
        level == AgencyLevel.Government ? Statute.GovernmentAnnualReportDue(year) : Statute.DepartmentAnnualReportDue(year);

    private static void Add(AnnualReport totals, AnnualReport report)
    {
        foreach (var cell in totals.Layout.Cells)
        {
            if (report.Number(cell.Id) is not { } n) continue;
            totals.Set(cell.Id, (totals.Number(cell.Id) ?? 0) + n);
        }
    }
}
