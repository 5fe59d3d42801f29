using System.Security.Cryptography;
using System.Text;
using Gongkai.Core;
using Gongkai.Core.Calendar;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Data.Persistence;
using Gongkai.Data.Reporting;
using Gongkai.Documents.Rendering.Json;
using Gongkai.Services.Access;
using Gongkai.Services.Appeals;
using Gongkai.Services.Errors;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Services.Reporting;

public sealed record ReportPublishNotAllowedError() : DomainError("report-publish-not-allowed",
    "只有本机关的分管领导可以公布年度报告", "only the agency's approving leader publishes its annual report"), IForbiddenError;

public sealed record ReportAlreadyPublishedError(int Year) : DomainError("report-already-published",
    $"{Year}年度报告已公布，公布的版本不能更改", $"the {Year} report is already published and stays as published");

/// <summary>Cells no source computes cannot be published as if they were zero.</summary>
public sealed record ReportIncompleteError(IReadOnlyList<string> CellIds) : DomainError("report-incomplete",
    $"有{CellIds.Count}个单元格尚未由记录计算得出（如{CellIds[0]}），不能公布", $"{CellIds.Count} cells are not computed from records (e.g. {CellIds[0]})");

public sealed record ReportHasBlockingFindingsError(int Count) : DomainError("report-has-blocking-findings",
    $"报告有{Count}项错误未解决，不能公布", $"the report has {Count} blocking findings");

/// <summary>The year must be over before its report is published (the period is 1 January – 31 December).</summary>
public sealed record ReportYearNotEndedError(int Year) : DomainError("report-year-not-ended",
    $"{Year}年度尚未结束，不能公布该年度报告", $"{Year} has not ended yet");

/// <summary>
/// 公布年度报告: freezes the assembled report of (agency, year) — JSON in the schema of docs/report-json.md, its SHA-256, the rule
/// set it passed and who published it when — puts it on the public list and thereby locks the period (<see cref="ReportingPeriodLock"/>).
/// Refused while any blocking check fails or any cell is not computed from records.
/// </summary>
public sealed class ReportPublisher(GongkaiDbContext db, AnnualReportAssembler assembler, TimeProvider clock)
{
    public async Task<DomainResult<PublishedReportSummary>> PublishAsync(StaffScope scope, Guid agencyId, int year,
        CancellationToken cancellationToken = default)
    {
        if (!scope.CanRead(agencyId)) return new AgencyRecordsNotFoundError(agencyId);
        if (!scope.CanWrite(agencyId) || !scope.Has(AccountRole.ApprovingLeader)) return new ReportPublishNotAllowedError();
        var today = ChinaStandardTime.Today(clock);
        if (today.Year <= year) return new ReportYearNotEndedError(year);
        if (await db.PublishedReports.AnyAsync(r => r.AgencyId == agencyId && r.Year == year, cancellationToken)) return new ReportAlreadyPublishedError(year);

        var assembled = await assembler.AssembleUncheckedAsync(agencyId, year, cancellationToken);
        if (assembled is null) return new AgencyRecordsNotFoundError(agencyId);
        if (assembled.NotComputed.Count > 0) return new ReportIncompleteError(assembled.NotComputed);
        var blocking = assembled.Findings.Count(f => f.IsBlocking);
        if (blocking > 0) return new ReportHasBlockingFindingsError(blocking);

        var report = assembled.Report;
        report.PublishedOn = today;
        var json = JsonReportWriter.Write(report, assembled.Findings);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var now = clock.GetUtcNow();
        var record = new PublishedReportRecord(Guid.CreateVersion7(now), agencyId, year, report.AgencyName ?? "", json, hash,
            ReportChecks.RuleSetVersion, assembled.Findings.Count, today, now, ReportingPeriodLock.Actor(scope));
        db.PublishedReports.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return PublishedReports.From(record).Summary;
    }
}
