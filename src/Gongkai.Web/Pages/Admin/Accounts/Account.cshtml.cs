using Gongkai.Core;
using Gongkai.Services.Accounts;
using Gongkai.Services.Errors;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin.Accounts;

/// <summary>
/// 账户详情: reset the password (the holder must change it at the next sign-in), lock or unlock, reset two-factor. An
/// account outside the caller's agencies is a 404, whether or not it exists.
/// </summary>
[Authorize(Policy = Policies.AgencyAdmin)]
public sealed class AccountModel(StaffScopeAccessor scopes, StaffAccounts accounts) : PageModel
{
    [FromRoute] public Guid Id { get; set; }

    public StaffAccountSummary Account { get; private set; } = null!;
    public IssuedPassword? Issued { get; private set; }
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await ShowAsync(await accounts.GetAsync(await scopes.RequireAsync(cancellationToken), Id, cancellationToken), null, cancellationToken);

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.ResetPasswordAsync(await scopes.RequireAsync(cancellationToken), Id, null, cancellationToken);
        if (result.Succeeded) Issued = result.Value;
        return await ShowAsync(result.Map(r => r.Account), "密码已重置。", cancellationToken);
    }

    public async Task<IActionResult> OnPostLockAsync(CancellationToken cancellationToken) =>
        await ShowAsync(await accounts.SetLockedAsync(await scopes.RequireAsync(cancellationToken), Id, true, cancellationToken), "账户已锁定。", cancellationToken);

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken) =>
        await ShowAsync(await accounts.SetLockedAsync(await scopes.RequireAsync(cancellationToken), Id, false, cancellationToken), "账户已解除锁定。", cancellationToken);

    public async Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken cancellationToken) =>
        await ShowAsync(await accounts.ResetTwoFactorAsync(await scopes.RequireAsync(cancellationToken), Id, cancellationToken),
            "两步验证已重置；本人下次登录时须重新绑定身份验证器。", cancellationToken);

    // Another agency's account and a missing one look the same (404); a refused action shows the account with the reason.
    private async Task<IActionResult> ShowAsync(DomainResult<StaffAccountSummary> result, string? done, CancellationToken cancellationToken)
    {
        if (result.Error is INotFoundError) return NotFound();
        if (result.Succeeded)
        {
            Account = result.Value;
            Message = done;
            return Page();
        }
        Error = result.Error!.MessageZh;
        var current = await accounts.GetAsync(await scopes.RequireAsync(cancellationToken), Id, cancellationToken);
        if (!current.Succeeded) return NotFound();
        Account = current.Value;
        return Page();
    }
}
