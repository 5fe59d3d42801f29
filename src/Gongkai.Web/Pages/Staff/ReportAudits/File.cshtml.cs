using Gongkai.Services.ReportChecking;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.ReportAudits;

/// <summary>
/// 下载审查文件: the stored file of an audit run, byte for byte as uploaded, for staff who may read the run's agency. Another
/// agency's run answers 404, so its existence is not revealed.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class FileModel(ReportAuditing auditing, StaffScopeAccessor scopes) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        var file = await auditing.FileContentAsync(await scopes.RequireAsync(cancellationToken), id, fileId, cancellationToken);
        if (!file.Succeeded) return NotFound();
        // An agency's working papers: no shared cache keeps a copy. The download name goes out both as an ASCII fallback
        // and as RFC 5987 filename* (UTF-8), so a Chinese name survives; nosniff comes with every response (SecurityHeaders).
        Response.Headers.CacheControl = "private, no-store";
        return File(file.Value.Content, file.Value.MediaType, file.Value.FileName);
    }
}
