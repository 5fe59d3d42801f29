using Gongkai.Data.Accounts;
using Gongkai.Services.Accounts;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Pages.Account;

/// <summary>修改密码: the holder changes their own password (required after an admin reset or a generated first password).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ChangePasswordModel(UserManager<StaffAccount> users, SignInManager<StaffAccount> signIn, IOptions<AccountsOptions> options)
    : PageModel
{
    [BindProperty] public string CurrentPassword { get; set; } = "";
    [BindProperty] public string NewPassword { get; set; } = "";
    [BindProperty] public string ConfirmPassword { get; set; } = "";

    public bool MustChange { get; private set; }
    public bool Done { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public int MinLength => options.Value.MinPasswordLength;
    public int Classes => options.Value.RequiredCharacterClasses;

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null) return Challenge();
        MustChange = account.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null) return Challenge();
        MustChange = account.MustChangePassword;
        if (NewPassword != ConfirmPassword)
        {
            Errors = ["两次输入的新密码不一致。"];
            return Page();
        }
        if (NewPassword == CurrentPassword)
        {
            Errors = ["新密码不能与原密码相同。"];
            return Page();
        }
        // Cleared in the same update that stores the new password.
        account.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(account, CurrentPassword ?? "", NewPassword ?? "");
        if (!result.Succeeded)
        {
            account.MustChangePassword = MustChange;
            Errors = result.Errors.Select(e => e.Description).ToList();
            return Page();
        }
        await signIn.RefreshSignInAsync(account);
        MustChange = false;
        Done = true;
        return Page();
    }
}
