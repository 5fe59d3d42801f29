using Gongkai.Core.Appeals;
using Gongkai.Services.Appeals;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Appeals;

/// <summary>Records a case's decision (posted from the case page).</summary>
[Authorize(Policy = Policies.AgencyWork)]
public sealed class ConcludeModel(AppealCases cases, StaffScopeAccessor scopes) : PageModel
{
    [BindProperty] public AppealDecision Decision { get; set; }
    [BindProperty] public DateOnly ConcludedOn { get; set; }
    [BindProperty] public bool OrdersNewAnswer { get; set; }
    [BindProperty] public DateOnly? DecisionReceivedOn { get; set; }
    [BindProperty] public DateOnly? DueDateSetByDecision { get; set; }

    /// <summary>Back to the case page — for a case the caller may read; any other answers 404, like the case page itself.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        (await cases.FindAsync(await scopes.RequireAsync(cancellationToken), id, cancellationToken)).Succeeded
            ? Redirect($"/staff/appeals/{id}") : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await cases.ConcludeAsync(await scopes.RequireAsync(cancellationToken), id,
            new AppealConclusion(Decision, ConcludedOn, OrdersNewAnswer, DecisionReceivedOn, DueDateSetByDecision), cancellationToken);
        if (!result.Succeeded)
        {
            if (result.Error is AppealCaseNotFoundError) return NotFound();
            TempData["errors"] = result.Error!.MessageZh;
        }
        return Redirect($"/staff/appeals/{id}");
    }
}
