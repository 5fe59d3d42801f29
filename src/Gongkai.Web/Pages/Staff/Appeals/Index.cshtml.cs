using Gongkai.Services.Appeals;
using Gongkai.Services.Errors;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Appeals;

/// <summary>复议、诉讼案件: the agency's cases, optionally those counted in one year's table 四.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppealCases cases, StaffScopeAccessor scopes) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? AgencyId { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public IReadOnlyList<AppealCaseView> Cases { get; private set; } = [];
    public bool CanFile { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var agency = AgencyId ?? scope.HomeAgencyId;
        var result = await cases.ListAsync(scope, agency, Year, cancellationToken);
        if (!result.Succeeded) return result.Error is IForbiddenError ? Forbid() : NotFound();
        Cases = result.Value;
        CanFile = scope.CanWrite(agency);
        return Page();
    }
}
