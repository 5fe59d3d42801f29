using System.Text.RegularExpressions;
using Gongkai.Browser.Tests.Infrastructure;
using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Core.Identifiers;
using Gongkai.Data.Accounts;
using Gongkai.Services.Access;
using Gongkai.Services.Agencies;
using Gongkai.Services.Disclosure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Browser.Tests.Catalogue;

/// <summary>A person of the 三审 with a real account: what they type at the login page.</summary>
public sealed record StaffPerson(string UserName, string Password, string AuthenticatorKey);

/// <summary>
/// Builders for the catalogue's browser tests: an agency with a valid 统一社会信用代码 (its 索引号 prefix), accounts of the
/// three roles (password + enrolled authenticator, signed in through the real login and TOTP pages), and items published
/// through the services when a test only needs them to exist.
/// </summary>
public sealed class CatalogueBrowserWorld(BrowserAppFixture app)
{
    private const string Password = "Catalogue-Passw0rd-2024";
    private static int _next;

    /// <summary>A county department under a new region; its id.</summary>
    public async Task<Guid> AddAgencyAsync(string name)
    {
        var n = Interlocked.Increment(ref _next) + Random.Shared.Next(0, 90_000) * 10;
        var org8 = $"MC{n:D6}";
        var org9 = org8 + UnifiedSocialCreditCode.OrganizationCheckCharacter(org8);
        var body = "11640300" + org9;
        var code = body + UnifiedSocialCreditCode.CheckCharacter(body);
        await using var scope = app.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<AgencyDirectory>();
        var region = $"浏览器测试区{n}";
        Assert.True((await directory.AddAsync(new NewAgency(null, new AgencyInput(region, null, "region", null, null, DisclosureOfficeContact.None)))).Succeeded);
        var added = await directory.AddAsync(new NewAgency(region, new AgencyInput(name, code, "department", null, "红科",
            new DisclosureOfficeContact("办公室", "红寺堡区政务服务中心三楼", "0953-5000000", "工作日 8:30-12:00"))));
        Assert.True(added.Succeeded, string.Join("; ", added.Errors.Select(e => e.MessageEn)));
        return added.Value.Id;
    }

    public async Task<StaffPerson> AddPersonAsync(Guid agency, AccountRole role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var account = new StaffAccount
        {
            Id = Guid.NewGuid(), UserName = "c" + Guid.NewGuid().ToString("N")[..12], DisplayName = role.Label(), AgencyId = agency,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        Check(await users.CreateAsync(account, Password));
        Check(await users.AddToRoleAsync(account, role.ToString()));
        Check(await users.ResetAuthenticatorKeyAsync(account));
        var key = (await users.GetAuthenticatorKeyAsync(account))!;
        Check(await users.SetTwoFactorEnabledAsync(account, true));
        return new StaffPerson(account.UserName, Password, key);
    }

    /// <summary>A page of a fresh browser context, signed in as <paramref name="person"/> through the login and TOTP pages.</summary>
    public async Task<IPage> SignInAsync(StaffPerson person)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(person.UserName);
        await page.GetByLabel("密码").FillAsync(person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/login-2fa"));
        await page.GetByLabel("动态验证码").FillAsync(new Totp(Base32Encoding.ToBytes(person.AuthenticatorKey.Replace(" ", ""))).ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        return page;
    }

    /// <summary>Drafts, reviews and approves an item through the services (as three people of <paramref name="agency"/>).</summary>
    public async Task<Guid> PublishAsync(Guid agency, string title, string body, string? documentNumber = null)
    {
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var id = await DeskAsync(d => d.DraftAsync(StaffScope.ForAgency(agency, AccountRole.Clerk),
            new ItemInput(title, "news", null, today.AddDays(-1), documentNumber, null, body, [], ["portal"])));
        await DeskAsync(d => d.SubmitAsync(StaffScope.ForAgency(agency, AccountRole.Clerk), id));
        await DeskAsync(d => d.PassConfidentialityReviewAsync(StaffScope.ForAgency(agency, AccountRole.ConfidentialityReviewer), id, "不涉密"));
        await DeskAsync(d => d.ApproveAsync(StaffScope.ForAgency(agency, AccountRole.ApprovingLeader), id, null, null));
        return id;
    }

    public async Task<Guid> DeskAsync(Func<DisclosureDesk, Task<DomainResult<Guid>>> step)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await step(scope.ServiceProvider.GetRequiredService<DisclosureDesk>());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.MessageEn}")));
        return result.Value;
    }

    private static void Check(IdentityResult result) => Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
