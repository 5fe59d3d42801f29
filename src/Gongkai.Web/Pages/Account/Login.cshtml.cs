using Gongkai.Data.Accounts;
using Gongkai.Services.Accounts;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Pages.Account;

/// <summary>
/// 登录: user name and password, then (when the account has an authenticator) the TOTP step. Every failure — unknown
/// user, wrong password, locked account — shows the same message, so the form cannot be used to find out which user
/// names exist; failures count towards the account's lockout.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginModel(SignInManager<StaffAccount> signIn, IOptions<AccountsOptions> options) : PageModel
{
    public const string Failure = "用户名或密码不正确，或账户已被暂时锁定。";

    // Checked against when the user name is unknown, so such a failure costs the same time as a wrong password.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<StaffAccount>().HashPassword(new StaffAccount(), "decoy-password"));

    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }
    public int MaxFailedAttempts => options.Value.MaxFailedAttempts;
    public int LockoutMinutes => options.Value.LockoutMinutes;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = string.IsNullOrWhiteSpace(UserName) ? null : await signIn.UserManager.FindByNameAsync(UserName.Trim());
        if (account is null)
        {
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(new StaffAccount(), DecoyHash.Value, Password ?? "");
            Error = Failure;
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(account, Password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl(Url, ReturnUrl));
        if (result.RequiresTwoFactor) return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl });
        Error = Failure;
        return Page();
    }

    /// <summary>Only a local path is followed after sign-in (no open redirect); the back-office home otherwise.</summary>
    public static string SafeReturnUrl(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/admin";
}
