using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Gongkai.Services.Access;
using Gongkai.Services.Accounts;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Access;

/// <summary>
/// A state-changing API call carried only by the browser's session cookie is refused without an antiforgery token —
/// the cross-site request a malicious page could make — while the same call with a personal access token goes through.
/// </summary>
public sealed class ApiSessionGuardTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task SessionCookiePost_ToTheApi_WithoutAntiforgeryToken_Is400_AndChangesNothing()
    {
        var (session, _, region) = await SignedInAdminAsync();

        var response = await session.PostAsync("/api/v1/agencies", Json($$"""{"name":"伪造局","level":"department","parent":"{{region}}"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("personal access token", await response.Content.ReadAsStringAsync());
        var list = await session.GetStringAsync("/api/v1/agencies");
        Assert.DoesNotContain("伪造局", list);
    }

    [Fact]
    public async Task SessionCookieGet_ToTheApi_StillWorks()
    {
        var (session, _, _) = await SignedInAdminAsync();

        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task TokenPost_ToTheApi_IsNotAskedForAnAntiforgeryToken()
    {
        var (_, account, _) = await SignedInAdminAsync();
        string secret;
        await using (var scope = app.CreateScope())
            secret = (await scope.ServiceProvider.GetRequiredService<PersonalAccessTokens>().CreateAsync(account.Id, "guard", 30)).Value.Secret;
        var client = StaffSignIn.NewClient(app);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

        var response = await client.PostAsync("/api/v1/agencies", Json("{}"));

        Assert.DoesNotContain("personal access token", await response.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<(HttpClient Session, TestAccount Account, string Region)> SignedInAdminAsync()
    {
        var region = "守卫区" + Guid.NewGuid().ToString("N")[..6];
        var regionId = await StaffSignIn.AddAgencyAsync(app, region, "region", null);
        var account = await StaffSignIn.CreateAccountAsync(app, regionId, [AccountRole.AgencyAdmin]);
        return (await StaffSignIn.SignedInClientAsync(app, account), account, region);
    }
}
