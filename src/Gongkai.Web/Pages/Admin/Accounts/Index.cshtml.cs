using Gongkai.Services.Accounts;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin.Accounts;

/// <summary>账户列表: the accounts of the agencies the caller administers (its own agency; everything for the system admin).</summary>
[Authorize(Policy = Policies.AgencyAdmin)]
public sealed class IndexModel(StaffScopeAccessor scopes, StaffAccounts accounts) : PageModel
{
    public IReadOnlyList<StaffAccountSummary> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Accounts = await accounts.ListAsync(await scopes.RequireAsync(cancellationToken), cancellationToken);
}
