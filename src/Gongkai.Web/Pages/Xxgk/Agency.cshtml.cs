using Gongkai.Services.Disclosure;
using Gongkai.Web.Catalogue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Xxgk;

/// <summary>政府信息公开目录 of one agency: by category and year, paged.</summary>
[AllowAnonymous]
[PortalPageCache]
public sealed class AgencyModel(PublicCatalogue catalogue) : PageModel
{
    public AgencyCatalogue Catalogue { get; private set; } = null!;
    public IReadOnlyList<CategoryCount> Categories { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public CataloguePage Listing { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        var found = await catalogue.AgencyAsync(agencyId, cancellationToken);
        if (found is null) return NotFound();
        Catalogue = found;
        if (Category is not null && found.Tree.Find(Category) is null) return NotFound();
        Categories = await catalogue.CategoriesAsync(found, cancellationToken);
        Years = await catalogue.YearsAsync(agencyId, Category, cancellationToken);
        Listing = await catalogue.ListAsync(found, Category, Year, PageNumber, cancellationToken: cancellationToken);
        return Page();
    }
}
