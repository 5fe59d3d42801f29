using Gongkai.Core.Calendar;
using Gongkai.Services.Supervision;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Supervision;

/// <summary>监督机构: per agency of the region, whether its published report copies last year's prose or a sibling's.</summary>
[Authorize(Policy = Policies.Supervisor)]
public sealed class CopiesModel(RegionProseCopies copies, StaffScopeAccessor scopes, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }
    public IReadOnlyList<AgencyProseCopies> Agencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        Year = year ?? ChinaStandardTime.Today(clock).Year - 1;
        var scope = await scopes.RequireAsync(cancellationToken);
        var result = await copies.ForRegionAsync(scope, scope.HomeAgencyId, Year, cancellationToken);
        if (!result.Succeeded) return NotFound();
        Agencies = result.Value;
        return Page();
    }
}
