using Gongkai.Services.Disclosure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Xxgk;

/// <summary>年报 list: what the report workspace has published (an empty list until it has).</summary>
[AllowAnonymous]
public sealed class AnnualReportsModel(PublicCatalogue catalogue) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Agency { get; set; }

    public IReadOnlyList<PublishedAnnualReport> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Reports = await catalogue.AnnualReportsAsync(Agency, cancellationToken);
}
