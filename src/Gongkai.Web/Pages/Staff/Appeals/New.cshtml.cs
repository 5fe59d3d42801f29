using Gongkai.Core;
using Gongkai.Core.Appeals;
using Gongkai.Services.Appeals;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Appeals;

/// <summary>登记案件: a clerk records a reconsideration or lawsuit about one of the agency's requests.</summary>
[Authorize(Policy = Policies.AgencyWork)]
public sealed class NewModel(AppealCases cases, StaffScopeAccessor scopes) : PageModel
{
    [BindProperty] public AppealKind Kind { get; set; }
    [BindProperty] public Guid RequestId { get; set; }
    [BindProperty] public string RequestNumber { get; set; } = "";
    [BindProperty] public DateOnly RequestReceivedOn { get; set; }
    [BindProperty] public string? CaseNumber { get; set; }
    [BindProperty] public DateOnly FiledOn { get; set; }

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Errors = [new AppealRequestNumberMissingError()];
            return Page();
        }
        var scope = await scopes.RequireAsync(cancellationToken);
        var result = await cases.FileAsync(scope,
            new NewAppealCase(scope.HomeAgencyId, Kind, RequestId, RequestNumber, RequestReceivedOn, CaseNumber, FiledOn), cancellationToken);
        if (result.Succeeded) return Redirect($"/staff/appeals/{result.Value.Id}");
        Errors = result.Errors;
        return Page();
    }
}
