using Gongkai.Services.Access;
using Gongkai.Services.Agencies;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Agencies;

/// <summary>机关管理: the agencies the caller administers, as an indented tree.</summary>
[Authorize(Policy = Policies.AgencyAdmin)]
public sealed class IndexModel(AgencyDirectory directory, StaffScopeAccessor scopes) : PageModel
{
    public IReadOnlyList<AgencyNode> Agencies { get; private set; } = [];

    public bool IsSystemAdmin { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        IsSystemAdmin = scope.Has(AccountRole.SystemAdmin);
        Agencies = await directory.ListAsync(scope, cancellationToken);
    }
}
