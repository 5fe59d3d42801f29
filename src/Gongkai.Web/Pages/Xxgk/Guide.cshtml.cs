using Gongkai.Services.Disclosure;
using Gongkai.Web.Catalogue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Xxgk;

/// <summary>政府信息公开指南 (条例第十二条), from the agency's data: its categories, channels and disclosure office.</summary>
[AllowAnonymous]
[PortalPageCache]
public sealed class GuideModel(PublicCatalogue catalogue) : PageModel
{
    public AgencyCatalogue Catalogue { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        var found = await catalogue.AgencyAsync(agencyId, cancellationToken);
        if (found is null) return NotFound();
        Catalogue = found;
        return Page();
    }
}
