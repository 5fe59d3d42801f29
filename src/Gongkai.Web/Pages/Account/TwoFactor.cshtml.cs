using Gongkai.Data.Accounts;
using Gongkai.Services.Accounts;
using Gongkai.Web.Access;
using Gongkai.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Pages.Account;

/// <summary>
/// 绑定身份验证器: shows the account's TOTP key as text, as an <c>otpauth://</c> URI and as a QR code; a correct code
/// switches two-factor sign-in on and issues ten one-time recovery codes, shown once.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TwoFactorModel(UserManager<StaffAccount> users, SignInManager<StaffAccount> signIn, IOptions<AccountsOptions> options)
    : PageModel
{
    public const string Issuer = "公开 Gongkai";
    public const int RecoveryCodeCount = 10;

    [BindProperty] public string Code { get; set; } = "";
    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public string QrCodeSvg { get; private set; } = "";
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null) return Challenge();
        await LoadAsync(account);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null) return Challenge();
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!account.TwoFactorEnabled)
        {
            if (!await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                Error = "验证码不正确，请核对手机时间后重试。";
                await LoadAsync(account);
                return Page();
            }
            await users.SetTwoFactorEnabledAsync(account, true);
            RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount))?.ToList();
            // The new cookie no longer carries the "enrol first" mark.
            await signIn.RefreshSignInAsync(account);
        }
        await LoadAsync(account);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null) return Challenge();
        if (account.TwoFactorEnabled)
            RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount))?.ToList();
        await LoadAsync(account);
        return Page();
    }

    private async Task LoadAsync(StaffAccount account)
    {
        Enabled = account.TwoFactorEnabled;
        var roles = (await users.GetRolesAsync(account)).Select(r => Enum.TryParse<Gongkai.Services.Access.AccountRole>(r, out var role) ? role : (Gongkai.Services.Access.AccountRole?)null)
            .OfType<Gongkai.Services.Access.AccountRole>();
        Required = options.Value.RequiresTwoFactor(roles);
        if (Enabled) return;
        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            key = await users.GetAuthenticatorKeyAsync(account) ?? "";
        }
        SharedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c)));
        AuthenticatorUri = Uri(account.UserName ?? "", key);
        QrCodeSvg = Accounts.QrCodeSvg.Render(AuthenticatorUri);
    }

    /// <summary>The Key Uri Format authenticator apps read: <c>otpauth://totp/ISSUER:USER?secret=KEY&amp;issuer=ISSUER&amp;digits=6</c>.</summary>
    public static string Uri(string userName, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(userName)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";
}
