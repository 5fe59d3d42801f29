using Gongkai.Services.Accounts;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Pages.Account;

/// <summary>个人访问令牌: the holder creates (secret shown once), lists and revokes their own API tokens.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TokensModel(StaffScopeAccessor scopes, PersonalAccessTokens tokens, IOptions<AccountsOptions> options) : PageModel
{
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public int Days { get; set; } = 90;

    public IReadOnlyList<PersonalAccessTokenInfo> Tokens { get; private set; } = [];
    public IssuedToken? Issued { get; private set; }
    public string? Error { get; private set; }
    public int MaxDays => options.Value.MaxTokenLifetimeDays;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var result = await tokens.CreateAsync(scope.AccountId, Name ?? "", Days, cancellationToken);
        if (result.Succeeded) Issued = result.Value;
        else Error = result.Error!.MessageZh;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var result = await tokens.RevokeAsync(scope.AccountId, tokenId, cancellationToken);
        if (!result.Succeeded) return NotFound();
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Tokens = await tokens.ListAsync((await scopes.RequireAsync(cancellationToken)).AccountId, cancellationToken);
}
