using Gongkai.Core;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Services.Requests;
using Gongkai.Web.Access;
using Gongkai.Web.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Requests;

/// <summary>答复书模板: the agency's wording of the reply letter for each outcome, editable by its clerks.</summary>
[Authorize(Policy = Policies.AgencyWork)]
public sealed class LettersModel(ReplyLetterDesk letters, StaffScopeAccessor scopes) : PageModel
{
    public IReadOnlyList<LetterTemplateView> Templates { get; private set; } = [];

    public DomainError? Error { get; private set; }

    public Outcome? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(Outcome outcome, string? body, CancellationToken cancellationToken)
    {
        var result = await letters.SaveTemplateAsync(await scopes.RequireAsync(cancellationToken), outcome, body, cancellationToken);
        if (result.Succeeded) Saved = outcome;
        else
        {
            Error = result.Error;
            Response.StatusCode = RequestProblems.StatusFor(result.Error!);
        }
        return await LoadAsync(cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await letters.TemplatesAsync(await scopes.RequireAsync(cancellationToken), cancellationToken);
        if (!result.Succeeded) return NotFound();
        Templates = result.Value;
        return Page();
    }
}
