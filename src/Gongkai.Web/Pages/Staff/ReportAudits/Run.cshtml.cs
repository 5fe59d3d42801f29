using Gongkai.Core;
using Gongkai.Services.ReportChecking;
using Gongkai.Web.Access;
using Gongkai.Web.ReportChecking;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.ReportAudits;

/// <summary>One audit run: the per-file summary, each file's findings with the diff against the previous read, and confirm/dismiss.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RunModel(ReportAuditing auditing, StaffScopeAccessor scopes) : PageModel
{
    public AuditRunView Run { get; private set; } = null!;
    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    [BindProperty] public Guid FindingId { get; set; }
    [BindProperty] public FindingDecision Decision { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var result = await auditing.DecideAsync(scope, id, FindingId, Decision, Comment, cancellationToken);
        if (result.Succeeded) return Redirect($"/staff/report-audits/{id}");
        if (result.Error is ReportAuditRunNotFoundError) return NotFound();
        Errors = result.Errors;
        Response.StatusCode = ProblemMapping.StatusFor(result.Error!);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await auditing.FindAsync(await scopes.RequireAsync(cancellationToken), id, cancellationToken);
        if (!result.Succeeded) return false;
        Run = result.Value;
        return true;
    }
}
