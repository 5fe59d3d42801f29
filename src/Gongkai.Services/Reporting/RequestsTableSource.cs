using Gongkai.Core.Reporting;
using Gongkai.Data.Persistence;
using Gongkai.Data.Requests;

namespace Gongkai.Services.Reporting;

/// <summary>Table 三 from the disclosure requests, counted by SQL (report-format.md §4; RequestYearStatistics).</summary>
public sealed class RequestsTableSource(GongkaiDbContext db) : IReportTableSource
{
    /// <summary>Sub-head of section 一 under which the sentence on applications stands.</summary>
    public const string Subheading = "（二）依申请公开情况";

    public string NameZh => "政府信息公开申请";

    public IReadOnlySet<string> CellIds(ReportLayout layout) =>
        layout.Cells.Where(c => c.Table == ReportTable.Requests).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    public async Task<TableContribution> ContributeAsync(Guid agencyId, int year, CancellationToken cancellationToken)
    {
        var report = AnnualReport.Empty(ReportLayout.FormatForYear(year));
        report.Year = year;
        await RequestYearStatistics.ApplyToAsync(db, agencyId, year, report, cancellationToken);
        var ids = CellIds(report.Layout);
        var cells = report.Cells.Where(kv => ids.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return new TableContribution(cells, []);
    }

    public string? DrillDownPath(Guid agencyId, int year, string cellId) =>
        cellId.StartsWith("t3.", StringComparison.Ordinal) ? "/requests" : null;
}
