using Gongkai.Core;
using Gongkai.Services.ReportChecking;
using Gongkai.Web.Access;
using Gongkai.Web.ReportChecking;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.ReportAudits;

/// <summary>年报批量审查: upload many published reports at once; the runs the caller may see.</summary>
[Authorize(Policy = Policies.Staff)]
[RequestSizeLimit(AuditUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = AuditUploads.MaxRequestBytes)]
public sealed class IndexModel(ReportAuditing auditing, StaffScopeAccessor scopes) : PageModel
{
    public IReadOnlyList<AuditRunListItem> Runs { get; private set; } = [];
    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public List<IFormFile> Uploads { get; set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Runs = await auditing.ListAsync(await scopes.RequireAsync(cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var files = await AuditUploads.ReadAsync(Uploads, HttpContext, cancellationToken);
        DomainResult<Guid> result = files.Succeeded ? await auditing.RunAsync(scope, Title, files.Value, cancellationToken) : files.Error!;
        if (result.Succeeded) return Redirect($"/staff/report-audits/{result.Value}");
        Errors = result.Errors;
        Response.StatusCode = ProblemMapping.StatusFor(result.Error!);
        Runs = await auditing.ListAsync(scope, cancellationToken);
        return Page();
    }
}
