using Gongkai.Core.Reporting;
using Gongkai.Services.Access;
using Gongkai.Services.Reporting;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Reports;

/// <summary>
/// 年度报告工作台: the live report of (agency, year) — tables computed from the records with failing cells highlighted and every
/// finding listed (cross-year ones against last year's published report), prose edited in place, drill-down links from cells
/// to the records behind them, and publication.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class WorkspaceModel(AnnualReportAssembler assembler, PublishedReports published, ReportingPeriodLock periodLock,
    StaffScopeAccessor scopes) : PageModel
{
    public AssembledReport Assembled { get; private set; } = null!;
    public PublishedReportSummary? Published { get; private set; }
    public IReadOnlyList<PeriodReopening> Reopenings { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanPublish { get; private set; }
    public string? Message { get; private set; }
    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid agencyId, int year, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var result = await assembler.AssembleAsync(scope, agencyId, year, cancellationToken);
        if (!result.Succeeded) return NotFound();
        Assembled = result.Value;
        Year = year;
        var frozen = await published.GetAsync(agencyId, year, cancellationToken);
        Published = frozen.Succeeded ? frozen.Value.Summary : null;
        Reopenings = await periodLock.HistoryAsync(scope, agencyId, year, cancellationToken);
        CanEdit = scope.CanWrite(agencyId) && Published is null;
        CanPublish = scope.CanWrite(agencyId) && scope.Has(AccountRole.ApprovingLeader);
        Message = TempData["message"] as string;
        return Page();
    }

    public string? CellLink(string cellId) => Assembled.Report[cellId] is null ? null : assembler.DrillDownPath(Assembled.AgencyId, Year, cellId);

    public static IReadOnlyList<SectionId> ProseSections { get; } = [SectionId.Overview, SectionId.ProblemsAndImprovements, SectionId.OtherMatters];
}
