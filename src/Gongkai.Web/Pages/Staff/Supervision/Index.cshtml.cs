using Gongkai.Core;
using Gongkai.Core.Calendar;
using Gongkai.Documents.Rendering.Xlsx;
using Gongkai.Services.Supervision;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Supervision;

/// <summary>监督机构: the region's reports of a year — who published on time, who is late, failing checks, region totals.</summary>
[Authorize(Policy = Policies.Supervisor)]
public sealed class IndexModel(SupervisionOverview overview, StaffScopeAccessor scopes, TimeProvider clock) : PageModel
{
    public RegionReportOverview Overview { get; private set; } = null!;
    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    [BindProperty] public DateOnly? DepartmentsDue { get; set; }
    [BindProperty] public DateOnly? GovernmentsDue { get; set; }

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellationToken) =>
        await LoadAsync(year ?? ChinaStandardTime.Today(clock).Year - 1, cancellationToken) ? Page() : NotFound();

    /// <summary>The region's totals as XLSX (the same sheets as a single report's export).</summary>
    public async Task<IActionResult> OnGetXlsxAsync(int year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, cancellationToken)) return NotFound();
        return File(XlsxReportRenderer.Render(Overview.Totals), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"{Overview.RegionName}-{year}-汇总.xlsx");
    }

    public async Task<IActionResult> OnPostDeadlinesAsync(int year, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var result = await overview.SetInternalDueDatesAsync(scope, scope.HomeAgencyId, year, DepartmentsDue, GovernmentsDue, cancellationToken);
        if (result.Succeeded) return Redirect($"/staff/supervision?year={year}");
        Errors = result.Errors;
        return await LoadAsync(year, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int year, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var result = await overview.ForRegionAsync(scope, scope.HomeAgencyId, year, cancellationToken);
        if (!result.Succeeded) return false;
        Overview = result.Value;
        return true;
    }
}
