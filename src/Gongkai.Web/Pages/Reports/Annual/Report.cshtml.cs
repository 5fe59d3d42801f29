using Gongkai.Services.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports.Annual;

/// <summary>A published annual report exactly as frozen, with its content hash for anyone to verify.</summary>
[AllowAnonymous]
public sealed class ReportModel(PublishedReports published) : PageModel
{
    public PublishedReport Published { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid agencyId, int year, CancellationToken cancellationToken)
    {
        var result = await published.GetAsync(agencyId, year, cancellationToken);
        if (!result.Succeeded) return NotFound();
        Published = result.Value;
        return Page();
    }

    /// <summary>The frozen JSON, byte for byte (its SHA-256 is the published hash).</summary>
    public async Task<IActionResult> OnGetJsonAsync(Guid agencyId, int year, CancellationToken cancellationToken)
    {
        var result = await published.GetAsync(agencyId, year, cancellationToken);
        return result.Succeeded ? Content(result.Value.Json, "application/json; charset=utf-8") : NotFound();
    }
}
