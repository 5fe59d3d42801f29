using Gongkai.Web.Access;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Gongkai.Services.ReportChecking;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports;

/// <summary>A stored check, reopened exactly as it was made: the tables with the cells that findings concern highlighted.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
public sealed class CheckResultModel(ReportCheckHistory history) : PageModel
{
    public ReportCheckDetails Check { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await history.FindAsync(id, cancellationToken);
        if (!result.Succeeded) return NotFound();
        Check = result.Value;
        return Page();
    }
}
