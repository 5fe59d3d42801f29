using Gongkai.Core;
using Gongkai.Core.Reporting;
using Gongkai.Data.Persistence;
using Gongkai.Data.Reporting;
using Gongkai.Documents.Rendering.Json;
using Gongkai.Services.Errors;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gongkai.Services.Reporting;

public sealed record PublishedReportNotFoundError(Guid AgencyId, int Year) : DomainError("published-report-not-found",
    $"该机关{Year}年度报告尚未公布", $"no published {Year} report of agency {AgencyId}"), INotFoundError;

/// <summary>One entry of the public list of annual reports (年报栏目).</summary>
public sealed record PublishedReportSummary(
    Guid AgencyId, string AgencyName, int Year, DateOnly PublishedOn, DateTimeOffset PublishedAt, string ContentSha256,
    string RuleSetVersion, int WarningCount);

/// <summary>A frozen report: its entry, the JSON exactly as frozen, and the report read back from it.</summary>
public sealed record PublishedReport(PublishedReportSummary Summary, string Json, AnnualReport Report);

/// <summary>
/// 年度报告公开栏目: the published (frozen) annual reports, readable by anyone — the portal's list, the report pages, the
/// supervising office's view and the cross-year checks of the next year's report all read them here.
/// </summary>
public sealed class PublishedReports(GongkaiDbContext db)
{
    /// <summary>Published reports, newest year first then by agency name; optionally of one year or of some agencies only.</summary>
    public async Task<IReadOnlyList<PublishedReportSummary>> ListAsync(int? year = null, IReadOnlyCollection<Guid>? agencyIds = null,
        CancellationToken cancellationToken = default)
    {
        var query = db.PublishedReports.AsNoTracking();
        if (year is { } y) query = query.Where(r => r.Year == y);
        if (agencyIds is not null) query = query.Where(r => agencyIds.Contains(r.AgencyId));
        var rows = await query.Select(r => new PublishedReportSummary(
                r.AgencyId, r.AgencyName, r.Year, r.PublishedOn, r.PublishedAt, r.ContentSha256, r.RuleSetVersion, r.WarningCount))
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Year).ThenBy(r => r.AgencyName, StringComparer.Ordinal).ToList();
    }

    public async Task<DomainResult<PublishedReport>> GetAsync(Guid agencyId, int year, CancellationToken cancellationToken = default)
    {
        var row = await ReportOf.For(db)(db, agencyId, year, cancellationToken);
        return row is null ? new PublishedReportNotFoundError(agencyId, year) : From(row);
    }

    // Compiled: every live report looks for last year's.
    private static readonly CompiledPerModel<Func<GongkaiDbContext, Guid, int, CancellationToken, Task<PublishedReportRecord?>>> ReportOf = new(() =>
        EF.CompileAsyncQuery((GongkaiDbContext db, Guid agencyId, int year, CancellationToken _) =>
            db.PublishedReports.AsNoTracking().FirstOrDefault(r => r.AgencyId == agencyId && r.Year == year)));

    /// <summary>The frozen report of (agency, year), or null when not published.</summary>
    public async Task<AnnualReport?> FindReportAsync(Guid agencyId, int year, CancellationToken cancellationToken = default)
    {
        var result = await GetAsync(agencyId, year, cancellationToken);
        return result.Succeeded ? result.Value.Report : null;
    }

    /// <summary>
    /// <see cref="FindReportAsync"/> as a statement of the live report's <paramref name="batch"/> (last year's report, for the
    /// cross-year checks); the returned function gives the report, or null when none was published, once the batch has run.
    /// </summary>
    internal static Func<AnnualReport?> AddFindReport(ReportReadBatch batch, Guid agencyId, int year)
    {
        var statement = Statements.GetValue(batch.Model, model => new ReportStatement(model));
        var reports = statement.Reports;
        string? json = null;
        batch.Add(statement.Sql, reader =>
        {
            if (reader.Read()) json = reader.GetString(0);
        }, new(reports.Property(nameof(PublishedReportRecord.AgencyId)), agencyId), new(reports.Property(nameof(PublishedReportRecord.Year)), year));
        return () => json is null ? null : JsonReportReader.Read(json).Report
            ?? throw new InvalidOperationException($"The frozen {year} report of agency {agencyId} no longer reads as report JSON.");
    }

    private static readonly ConditionalWeakTable<IModel, ReportStatement> Statements = [];

    /// <summary>The frozen report's JSON of (@p0 the agency, @p1 the year), built once per model.</summary>
    private sealed class ReportStatement
    {
        public ReportStatement(IModel model)
        {
            Reports = new StoredEntity(model, typeof(PublishedReportRecord));
            Sql = $"SELECT {Reports.Column(nameof(PublishedReportRecord.ReportJson))} FROM {Reports.Table} " +
                $"WHERE {Reports.Column(nameof(PublishedReportRecord.AgencyId))} = @p0 AND {Reports.Column(nameof(PublishedReportRecord.Year))} = @p1";
        }

        public StoredEntity Reports { get; }
        public string Sql { get; }
    }

    /// <summary>The frozen reports of <paramref name="year"/> of those of <paramref name="agencyIds"/> that published one, in one query.</summary>
    public async Task<IReadOnlyDictionary<Guid, AnnualReport>> FindReportsAsync(IReadOnlyCollection<Guid> agencyIds, int year,
        CancellationToken cancellationToken = default)
    {
        var rows = await db.PublishedReports.AsNoTracking().Where(r => r.Year == year && agencyIds.Contains(r.AgencyId)).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.AgencyId, r => From(r).Report);
    }

    internal static PublishedReport From(PublishedReportRecord row)
    {
        var reading = JsonReportReader.Read(row.ReportJson);
        var report = reading.Report ?? throw new InvalidOperationException($"The frozen report {row.Id} no longer reads as report JSON.");
        return new PublishedReport(
            new PublishedReportSummary(row.AgencyId, row.AgencyName, row.Year, row.PublishedOn, row.PublishedAt, row.ContentSha256,
                row.RuleSetVersion, row.WarningCount),
            row.ReportJson, report);
    }
}
