using System.Text.RegularExpressions;
using Gongkai.Browser.Tests.Infrastructure;
using Gongkai.Data.Accounts;
using Gongkai.Services.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Browser.Tests.Accounts;

/// <summary>
/// Sign-in in a real browser (issue 4, acceptance): the system admin enrols an authenticator, signs in with a TOTP code
/// computed here from the key the page showed, and reaches the back office; repeated wrong passwords lock an account; a
/// form post without the antiforgery token is refused.
/// </summary>
public sealed class SignInBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    private static string Totp(string key) => new Totp(Base32Encoding.ToBytes(key.Replace(" ", ""))).ComputeTotp();

    private static async Task LogInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    [Fact]
    public async Task SystemAdmin_EnrolsAnAuthenticator_ThenSignsInWithATotpCode_AndReachesTheBackOffice()
    {
        var page = await app.NewPageAsync();
        await LogInAsync(page, BrowserAppFixture.AdminUserName, BrowserAppFixture.AdminPassword);

        // An admin without an authenticator is kept on the enrolment page.
        await Expect(page).ToHaveURLAsync(new Regex("/account/two-factor$"));
        var key = (await page.Locator("#authenticator-key").InnerTextAsync()).Trim();
        await Expect(page.Locator("svg.qr-code")).ToBeVisibleAsync();
        await page.GetByLabel("动态验证码").FillAsync(Totp(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "验证并启用" }).ClickAsync();
        await Expect(page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
        await page.GetByRole(AriaRole.Link, new() { Name = "进入工作台" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作台" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^退出") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "工作人员登录" })).ToBeVisibleAsync();

        var again = await app.NewPageAsync();
        await LogInAsync(again, BrowserAppFixture.AdminUserName, BrowserAppFixture.AdminPassword);
        await Expect(again).ToHaveURLAsync(new Regex("/account/login-2fa"));
        await again.GetByLabel("动态验证码").FillAsync(Totp(key));
        await again.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
        await Expect(again).ToHaveURLAsync(new Regex("/admin$"));
        await Expect(again.GetByRole(AriaRole.Link, new() { Name = "账户管理" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_SoTheRightPasswordNoLongerWorks()
    {
        const string password = "Locked-Passw0rd-1";
        var userName = "lock" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
            var admin = (await users.FindByNameAsync(BrowserAppFixture.AdminUserName))!;
            var account = new StaffAccount { Id = Guid.NewGuid(), UserName = userName, DisplayName = "锁定测试", AgencyId = admin.AgencyId, CreatedAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(account, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(account, nameof(AccountRole.Supervisor))).Succeeded);
        }
        var page = await app.NewPageAsync();

        for (var i = 0; i < 5; i++)
        {
            await LogInAsync(page, userName, "Wrong-Passw0rd-" + i);
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码不正确");
        }
        await LogInAsync(page, userName, password);

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码不正确，或账户已被暂时锁定");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login$"));
        await using var check = app.Services.CreateAsyncScope();
        var manager = check.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        Assert.True(await manager.IsLockedOutAsync((await manager.FindByNameAsync(userName))!));
    }

    [Fact]
    public async Task LoginPost_WithoutTheAntiforgeryToken_IsRejectedWith400()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login");

        var response = await page.APIRequest.PostAsync("/account/login", new APIRequestContextOptions
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" },
            Data = $"UserName={BrowserAppFixture.AdminUserName}&Password={Uri.EscapeDataString(BrowserAppFixture.AdminPassword)}",
        });

        Assert.Equal(400, response.Status);
    }
}
