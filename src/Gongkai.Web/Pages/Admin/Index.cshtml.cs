using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin;

/// <summary>工作台: the back-office landing page, listing what the caller's roles allow.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(StaffScopeAccessor scopes, GongkaiDbContext db) : PageModel
{
    public string UserName { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string AgencyName { get; private set; } = "";
    public IReadOnlyList<AccountRole> Roles { get; private set; } = [];
    public bool CanAdministerAccounts { get; private set; }
    public bool IsSystemAdmin { get; private set; }
    public bool IsSupervisor { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        UserName = scope.UserName;
        DisplayName = await db.Users.Where(u => u.Id == scope.AccountId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? scope.UserName;
        AgencyName = await db.Agencies.Where(a => a.Id == scope.HomeAgencyId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        Roles = scope.Roles.Order().ToList();
        CanAdministerAccounts = scope.AdministeredAgencies.Count > 0;
        IsSystemAdmin = scope.Has(AccountRole.SystemAdmin);
        IsSupervisor = scope.Has(AccountRole.Supervisor);
    }
}
