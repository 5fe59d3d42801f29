using Gongkai.Core.Reporting;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Requests;

/// <summary>
/// Table 三 of one agency and year computed by SQL aggregates over the request rows (two GROUP BY queries on indexed
/// columns), with the counting rule of Core's <see cref="Core.Requests.Statistics.RequestTableCounter"/> (report-format.md §4.3):
/// r1 received in the year; r2 received before 1 January and not concluded before it; r3.x concluded in the year, in the row of
/// its outcome; r4 received by 31 December and not concluded by then; each request in its applicant kind's column; c7 and r3.7
/// the sums. Discarded submissions have no received date and count nowhere.
/// </summary>
public static class RequestYearStatistics
{
    /// <summary>Every table-三 cell of the year's format (F2019 for 2019–2020), zero where no request counts.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountAsync(GongkaiDbContext db, Guid agencyId, int year, CancellationToken cancellationToken = default)
    {
        var format = ReportLayout.FormatForYear(year);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var requests = db.Set<DisclosureRequestRecord>().AsNoTracking().Where(r => r.AgencyId == agencyId);

        var carried = await requests
            .Where(r => r.ReceivedOn != null && r.ReceivedOn <= last && (r.ConcludedOn == null || r.ConcludedOn >= first))
            .GroupBy(r => r.ApplicantKind)
            .Select(g => new
            {
                Kind = g.Key,
                Received = g.Sum(r => r.ReceivedOn >= first ? 1 : 0),
                OpenAtStart = g.Sum(r => r.ReceivedOn < first ? 1 : 0),
                OpenAtEnd = g.Sum(r => r.ConcludedOn == null || r.ConcludedOn > last ? 1 : 0),
            })
            .ToListAsync(cancellationToken);

        var concluded = await requests
            .Where(r => r.ReceivedOn != null && r.ConcludedOn >= first && r.ConcludedOn <= last)
            .GroupBy(r => new { r.ApplicantKind, r.Outcome })
            .Select(g => new { g.Key.ApplicantKind, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var cells = ReportLayout.For(format).Cells.Where(c => c.Table == ReportTable.Requests).ToDictionary(c => c.Id, _ => 0);
        void Add(string rowId, ApplicantKind kind, int n)
        {
            cells[ReportLayout.RequestCellId(rowId, kind.ColumnId())] += n;
            cells[ReportLayout.RequestCellId(rowId, "c7")] += n;
        }
        foreach (var g in carried)
        {
            Add("r1", g.Kind, g.Received);
            Add("r2", g.Kind, g.OpenAtStart);
            Add("r4", g.Kind, g.OpenAtEnd);
        }
        foreach (var g in concluded)
        {
            Add(g.Outcome!.Value.Info().RowIdIn(format), g.ApplicantKind, g.Count);
            Add("r3.7", g.ApplicantKind, g.Count);
        }
        return cells;
    }

    /// <summary>Writes the year's table 三 into <paramref name="report"/> (of the year's format).</summary>
    public static async Task ApplyToAsync(GongkaiDbContext db, Guid agencyId, int year, AnnualReport report, CancellationToken cancellationToken = default)
    {
        if (report.Format != ReportLayout.FormatForYear(year))
            throw new ArgumentException($"The report of {year} is in {ReportLayout.FormatForYear(year)}, not {report.Format}.", nameof(report));
        foreach (var (id, n) in await CountAsync(db, agencyId, year, cancellationToken)) report.Set(id, n);
    }
}
