using Gongkai.Core;
using Gongkai.Services.Requests;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Requests;

/// <summary>依申请公开 工作队列: the caller's agency's requests — overdue, due within 3 working days, awaiting receipt or correction, open, recently concluded.</summary>
[Authorize(Policy = Policies.AgencyWork)]
public sealed class IndexModel(RequestQueries queries, StaffScopeAccessor scopes) : PageModel
{
    public RequestQueue Queue { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await queries.QueueAsync(await scopes.RequireAsync(cancellationToken), null, cancellationToken);
        if (!result.Succeeded) return NotFound();
        Queue = result.Value;
        return Page();
    }
}
