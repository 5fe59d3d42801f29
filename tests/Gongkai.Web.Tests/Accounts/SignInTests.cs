using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Services.Access;
using Gongkai.Web.Pages.Account;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Accounts;

/// <summary>
/// Staff sign-in (等保 身份鉴别): password, lockout after repeated failures, TOTP as second factor, antiforgery on the
/// form, and the confinement of an admin who has not yet enrolled an authenticator.
/// </summary>
public abstract partial class SignInTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    [DatabaseFact]
    public async Task WrongPassword_AndUnknownUser_GetTheSameGenericMessage()
    {
        var region = await StaffSignIn.AddAgencyAsync(app, "登录区" + Guid.NewGuid().ToString("N")[..6], "region", null);
        var account = await StaffSignIn.CreateAccountAsync(app, region, [AccountRole.Supervisor]);

        var wrong = await StaffSignIn.PostLoginAsync(StaffSignIn.NewClient(app), account.UserName, "Wrong-Passw0rd");
        var unknown = await StaffSignIn.PostLoginAsync(StaffSignIn.NewClient(app), "nobody-" + Guid.NewGuid().ToString("N")[..6], "Wrong-Passw0rd");

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains(LoginModel.Failure, await wrong.Content.ReadAsStringAsync());
        Assert.Contains(LoginModel.Failure, await unknown.Content.ReadAsStringAsync());
    }

    [DatabaseFact]
    public async Task Login_LocksTheAccountAfterFiveFailures_SoEvenTheRightPasswordFails()
    {
        var region = await StaffSignIn.AddAgencyAsync(app, "锁定区" + Guid.NewGuid().ToString("N")[..6], "region", null);
        var account = await StaffSignIn.CreateAccountAsync(app, region, [AccountRole.Supervisor]);
        var client = StaffSignIn.NewClient(app);

        for (var i = 0; i < 5; i++) await StaffSignIn.PostLoginAsync(client, account.UserName, "Wrong-Passw0rd");
        var right = await StaffSignIn.PostLoginAsync(client, account.UserName, account.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(LoginModel.Failure, await right.Content.ReadAsStringAsync());
    }

    [DatabaseFact]
    public async Task LoginPost_WithoutAntiforgeryToken_IsRejected()
    {
        var response = await StaffSignIn.NewClient(app).PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = StaffSignIn.AdminUserName, ["Password"] = StaffSignIn.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [DatabaseFact]
    public async Task EnrolledAccount_NeedsTheTotpCode_ThenReachesTheBackOffice()
    {
        var agency = await StaffSignIn.AddAgencyAsync(app, "两步区" + Guid.NewGuid().ToString("N")[..6], "region", null);
        var account = await StaffSignIn.CreateAccountAsync(app, agency, [AccountRole.Supervisor]);
        var client = StaffSignIn.NewClient(app);

        var password = await StaffSignIn.PostLoginAsync(client, account.UserName, account.Password);
        Assert.Equal("/account/login-2fa", password.Headers.Location?.OriginalString.Split('?')[0]);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);

        var totp = await StaffSignIn.PostTotpAsync(client, account.AuthenticatorKey!);
        Assert.Equal("/admin", totp.Headers.Location?.OriginalString);
        var home = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("监督机构", await home.Content.ReadAsStringAsync());
    }

    [DatabaseFact]
    public async Task AdminWithoutAuthenticator_IsConfinedToEnrolment_UntilEnrolled()
    {
        var region = await StaffSignIn.AddAgencyAsync(app, "绑定区" + Guid.NewGuid().ToString("N")[..6], "region", null);
        var account = await StaffSignIn.CreateAccountAsync(app, region, [AccountRole.SystemAdmin], enrolAuthenticator: false);
        var client = StaffSignIn.NewClient(app);
        Assert.Equal("/admin", (await StaffSignIn.PostLoginAsync(client, account.UserName, account.Password)).Headers.Location?.OriginalString);

        var confined = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, confined.StatusCode);
        Assert.Equal("/account/two-factor", confined.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin/accounts")).StatusCode);

        var page = await client.GetStringAsync("/account/two-factor");
        Assert.Contains("<svg", page);
        var key = KeyOnPage().Match(page).Groups[1].Value.Replace(" ", "");
        Assert.Contains($"secret={key}", page);
        var enrolled = await client.PostAsync("/account/two-factor", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(page), ["Code"] = StaffSignIn.Totp(key),
        }));
        var codes = await enrolled.Content.ReadAsStringAsync();
        Assert.Contains("恢复码", codes);
        Assert.Equal(10, RecoveryCode().Matches(codes).Count);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [DatabaseFact]
    public async Task WorkRole_WithoutAuthenticator_WorksAtOnce_WhenTwoFactorIsNotRequiredForAllRoles()
    {
        var regionName = "经办区" + Guid.NewGuid().ToString("N")[..6];
        await StaffSignIn.AddAgencyAsync(app, regionName, "region", null);
        var agency = await StaffSignIn.AddAgencyAsync(app, "经办局", "department", regionName);
        var account = await StaffSignIn.CreateAccountAsync(app, agency, [AccountRole.Clerk], enrolAuthenticator: false);

        var client = await StaffSignIn.SignedInClientAsync(app, account);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [GeneratedRegex("id=\"authenticator-key\">([A-Z2-7 ]+)<")]
    private static partial Regex KeyOnPage();

    [GeneratedRegex("<li><code>[0-9A-Z]{5}-[0-9A-Z]{5}</code></li>")]
    private static partial Regex RecoveryCode();
}

public sealed class SqliteSignInTests(SqliteAppFixture app) : SignInTests<SqliteAppFixture>(app);

public sealed class PostgresSignInTests(PostgresAppFixture app) : SignInTests<PostgresAppFixture>(app);
