using Gongkai.Core;
using Gongkai.Core.Reporting;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Gongkai.Services.Appeals;
using Gongkai.Services.Errors;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Reporting;

public sealed record ExportAgencyNotFoundError(string Name) : DomainError("export-agency-not-found",
    $"未找到机关“{Name}”", $"no agency named '{Name}'"), INotFoundError;

public sealed record ExportAgencyAmbiguousError(string Name, int Count) : DomainError("export-agency-ambiguous",
    $"有{Count}个机关名为“{Name}”，请改用统一社会信用代码", $"{Count} agencies are named '{Name}'; use the credit code"), IInvalidInputError;

/// <summary>
/// What an export renders: the published (frozen) report when there is one — its JSON exactly as frozen — else the live assembly
/// with its findings.
/// </summary>
public sealed record ReportForExport(AnnualReport Report, IReadOnlyList<ReportFinding> Findings, string? FrozenJson, PublishedReportSummary? Published);

/// <summary>导出年度报告: finds (agency, year)'s report for the exports (CLI, downloads).</summary>
public sealed class ReportExportSource(GongkaiDbContext db, PublishedReports published, AnnualReportAssembler assembler)
{
    /// <summary>The agency by its exact name or 统一社会信用代码.</summary>
    public async Task<DomainResult<Guid>> FindAgencyAsync(string nameOrCode, CancellationToken cancellationToken = default)
    {
        var key = nameOrCode.Trim();
        var ids = await db.Agencies.AsNoTracking().Where(a => a.Name == key || a.CreditCode == key.ToUpperInvariant()).Select(a => a.Id)
            .ToListAsync(cancellationToken);
        return ids.Count switch
        {
            0 => new ExportAgencyNotFoundError(key),
            1 => ids[0],
            _ => new ExportAgencyAmbiguousError(key, ids.Count),
        };
    }

    public async Task<DomainResult<ReportForExport>> GetAsync(StaffScope scope, Guid agencyId, int year, CancellationToken cancellationToken = default)
    {
        if (!scope.CanRead(agencyId)) return new AgencyRecordsNotFoundError(agencyId);
        var frozen = await published.GetAsync(agencyId, year, cancellationToken);
        if (frozen.Succeeded)
        {
            var previous = await published.FindReportAsync(agencyId, year - 1, cancellationToken);
            var report = frozen.Value.Report;
            return new ReportForExport(report, Core.Reporting.Checks.ReportChecks.Run(report, previous), frozen.Value.Json, frozen.Value.Summary);
        }
        var live = await assembler.AssembleAsync(scope, agencyId, year, cancellationToken);
        return live.Map(a => new ReportForExport(a.Report, a.Findings, null, null));
    }
}
