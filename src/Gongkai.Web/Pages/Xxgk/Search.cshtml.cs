using Gongkai.Services.Disclosure;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Pages.Xxgk;

/// <summary>全文检索 over every agency's public items, or one agency's. Highlights come from the search service as encoded HTML.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Public)]
public sealed class SearchModel(CatalogueSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Agency { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public SearchResults? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Results = await search.SearchAsync(Q, Agency, PageNumber, cancellationToken);

    public string PageLink(int page) =>
        $"/xxgk/search?q={Uri.EscapeDataString(Q ?? "")}" + (Agency is { } a ? $"&agency={a:N}" : "") + $"&page={page}";
}
