using Gongkai.Data.Accounts;
using Gongkai.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Account;

/// <summary>退出: only by POST with the antiforgery token, so another site cannot sign a person out (or in) by a link.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class LogoutModel(SignInManager<StaffAccount> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
