using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Gongkai.Services.Accounts;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin.Accounts;

/// <summary>新建账户: an agency admin adds staff of its own agency; the system admin adds any account, supervisors in a region.</summary>
[Authorize(Policy = Policies.AgencyAdmin)]
public sealed class NewModel(StaffScopeAccessor scopes, StaffAccounts accounts, GongkaiDbContext db) : PageModel
{
    [BindProperty] public Guid AgencyId { get; set; }
    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string DisplayName { get; set; } = "";
    [BindProperty] public List<AccountRole> Roles { get; set; } = [];
    [BindProperty] public string? Password { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];
    public IReadOnlyList<AccountRole> GrantableRoles { get; private set; } = [];
    public IssuedPassword? Issued { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var result = await accounts.CreateAsync(scope, new NewStaffAccount(UserName ?? "", DisplayName ?? "", AgencyId, Roles, Password), cancellationToken);
        if (result.Succeeded) Issued = result.Value;
        else Error = result.Error!.MessageZh;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var ids = scope.AdministeredAgencies.ToList();
        Agencies = (await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken))
            .OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => (a.Id, a.Name)).ToList();
        GrantableRoles = Enum.GetValues<AccountRole>()
            .Where(r => scope.Has(AccountRole.SystemAdmin) || r is not (AccountRole.Supervisor or AccountRole.SystemAdmin)).ToList();
    }
}
