using Gongkai.Services.Supervision;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Supervision;

/// <summary>监督机构: two published reports' prose side by side, with the similarity and the passages in common.</summary>
[Authorize(Policy = Policies.Supervisor)]
public sealed class CompareModel(RegionProseCopies copies, StaffScopeAccessor scopes) : PageModel
{
    public ProseComparison Comparison { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid agency, int year, Guid source, int sourceYear, CancellationToken cancellationToken)
    {
        // Without the two reports named there is nothing to compare: back to the list it is linked from.
        if (agency == Guid.Empty || source == Guid.Empty) return Redirect("/staff/supervision/copies");
        var result = await copies.CompareAsync(await scopes.RequireAsync(cancellationToken), agency, year, source, sourceYear, cancellationToken);
        if (!result.Succeeded) return NotFound();
        Comparison = result.Value;
        return Page();
    }
}
