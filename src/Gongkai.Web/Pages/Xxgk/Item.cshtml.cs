using Gongkai.Services.Disclosure;
using Gongkai.Web.Catalogue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Xxgk;

/// <summary>An item page. Drafts, items under review, scheduled items before their time and withdrawn items answer 404.</summary>
[AllowAnonymous]
[PortalPageCache]
public sealed class ItemModel(PublicCatalogue catalogue) : PageModel
{
    public PublicItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var found = await catalogue.ItemAsync(itemId, cancellationToken);
        if (found is null) return NotFound();
        Item = found;
        return Page();
    }
}
