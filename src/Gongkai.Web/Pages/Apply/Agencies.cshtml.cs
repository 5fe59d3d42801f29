using Gongkai.Services.Disclosure;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Pages.Apply;

/// <summary>
/// 依申请公开 入口: the portal's link to applying leads here; the applicant picks the agency that holds the information
/// (each non-region agency takes applications) and gets its form, or goes to the status page with a number and code.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
public sealed class AgenciesModel(PublicCatalogue catalogue) : PageModel
{
    public IReadOnlyList<PortalAgency> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Agencies = await catalogue.AgenciesAsync(cancellationToken);
}
