using Gongkai.Services.Disclosure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Xxgk;

[AllowAnonymous]
public sealed class IndexModel(PublicCatalogue catalogue) : PageModel
{
    public IReadOnlyList<PortalAgency> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Agencies = await catalogue.AgenciesAsync(cancellationToken);
}
