using Gongkai.Core;
using Gongkai.Core.Appeals;
using Gongkai.Services.Appeals;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Appeals;

/// <summary>One case, and for the agency's staff the form recording its decision.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailModel(AppealCases cases, StaffScopeAccessor scopes) : PageModel
{
    public AppealCaseView Case { get; private set; } = null!;
    public bool CanConclude { get; private set; }
    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var found = await cases.FindAsync(scope, id, cancellationToken);
        if (!found.Succeeded) return NotFound();
        Case = found.Value;
        CanConclude = Case.ConcludedOn is null && scope.CanWrite(Case.AgencyId);
        if (TempData["errors"] is string message) Errors = [new ConclusionRefused(message)];
        return Page();
    }

    private sealed record ConclusionRefused(string Message) : DomainError("conclusion-refused", Message, Message);
}
