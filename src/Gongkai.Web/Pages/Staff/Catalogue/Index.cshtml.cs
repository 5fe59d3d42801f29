using Gongkai.Services.Disclosure;
using Gongkai.Web.Access;
using Gongkai.Web.Catalogue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Catalogue;

/// <summary>The staff queues: my drafts, the review queues (with 条例第二十六条 flags), everything of the agency.</summary>
[Authorize(Policy = Policies.AgencyWork)]
public sealed class IndexModel(DisclosureDesk desk, StaffScopeAccessor scopes) : PageModel
{
    [BindProperty(SupportsGet = true)] public ItemQueue Queue { get; set; } = ItemQueue.MyDrafts;

    public IReadOnlyList<ItemListEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await desk.ListAsync(await scopes.RequireAsync(cancellationToken), Queue, cancellationToken: cancellationToken);
        if (StaffResults.ForRefusal(this, result) is { } refused) return refused;
        Entries = result.Value;
        return Page();
    }
}
