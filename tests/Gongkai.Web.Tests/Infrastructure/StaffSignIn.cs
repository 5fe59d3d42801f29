using System.Net;
using Gongkai.Core.Agencies;
using Gongkai.Core.Identifiers;
using Gongkai.Data.Accounts;
using Gongkai.Services.Access;
using Gongkai.Services.Agencies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Gongkai.Web.Tests.Infrastructure;

/// <summary>An account a test created, with what its holder knows.</summary>
public sealed record TestAccount(Guid Id, string UserName, string Password, string? AuthenticatorKey, Guid AgencyId);

/// <summary>
/// Real sign-in for tests: accounts created through Identity, then the login form (antiforgery token included) and the
/// TOTP step, exactly as a browser does it. The client keeps the session cookie.
/// </summary>
public static class StaffSignIn
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Gongkai-Admin-2024";
    public const string Password = "Test-Passw0rd-2024";

    /// <summary>A new agency (or region, when <paramref name="level"/> is region) under <paramref name="parent"/>.</summary>
    public static async Task<Guid> AddAgencyAsync(GongkaiAppFixture app, string name, string level, string? parentCreditCodeOrName)
    {
        await using var scope = app.CreateScope();
        var body = "11310115MB" + Random.Shared.Next(0, 10_000_000).ToString("D7");
        var code = level == "region" ? null : body + UnifiedSocialCreditCode.CheckCharacter(body);
        var added = await scope.ServiceProvider.GetRequiredService<AgencyDirectory>().AddAsync(
            new NewAgency(parentCreditCodeOrName, new AgencyInput(name, code, level, null, null, DisclosureOfficeContact.None)));
        Assert.True(added.Succeeded, added.Error?.MessageEn);
        return added.Value.Id;
    }

    /// <summary>An account ready for work: password set, authenticator enrolled (unless <paramref name="enrolAuthenticator"/> is false).</summary>
    public static async Task<TestAccount> CreateAccountAsync(GongkaiAppFixture app, Guid agencyId, AccountRole[] roles, bool enrolAuthenticator = true)
    {
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var account = new StaffAccount
        {
            Id = Guid.NewGuid(), UserName = "u" + Guid.NewGuid().ToString("N")[..12], DisplayName = "测试人员", AgencyId = agencyId,
            CreatedAt = app.Clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(account, Password));
        Check(await users.AddToRolesAsync(account, roles.Select(r => r.ToString())));
        string? key = null;
        if (enrolAuthenticator)
        {
            Check(await users.ResetAuthenticatorKeyAsync(account));
            key = await users.GetAuthenticatorKeyAsync(account);
            Check(await users.SetTwoFactorEnabledAsync(account, true));
        }
        return new TestAccount(account.Id, account.UserName, Password, key, agencyId);
    }

    public static HttpClient NewClient(GongkaiAppFixture app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Posts the login form (with its antiforgery token) and returns the response.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password)
    {
        var form = await client.GetStringAsync("/account/login");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(form), ["UserName"] = userName, ["Password"] = password,
        }));
    }

    /// <summary>Posts the TOTP step with the current code of <paramref name="authenticatorKey"/>.</summary>
    public static async Task<HttpResponseMessage> PostTotpAsync(HttpClient client, string authenticatorKey)
    {
        var form = await client.GetStringAsync("/account/login-2fa");
        return await client.PostAsync("/account/login-2fa", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(form), ["Code"] = Totp(authenticatorKey),
        }));
    }

    /// <summary>A client signed in as <paramref name="account"/> through the login form and, when enrolled, the TOTP step.</summary>
    public static async Task<HttpClient> SignedInClientAsync(GongkaiAppFixture app, TestAccount account)
    {
        var client = NewClient(app);
        var response = await PostLoginAsync(client, account.UserName, account.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (response.Headers.Location?.OriginalString.StartsWith("/account/login-2fa", StringComparison.Ordinal) == true)
        {
            response = await PostTotpAsync(client, account.AuthenticatorKey ?? throw new InvalidOperationException("no authenticator"));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        return client;
    }

    /// <summary>The RFC 6238 code an authenticator app shows now for a base32 key.</summary>
    public static string Totp(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key.Replace(" ", ""))).ComputeTotp();

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
