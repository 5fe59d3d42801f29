using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Gongkai.Services.Accounts;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Accounts;

/// <summary>
/// Personal access tokens: created on the account page (secret shown once, only its SHA-256 stored), they act on
/// /api/v1 as the account (same agency, same roles) until revoked or expired; they never open the back-office pages.
/// </summary>
public abstract partial class PersonalAccessTokenTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private async Task<(TestAccount Account, HttpClient Session, string Secret)> CreateTokenAsync(int days = 30)
    {
        var region = "令牌区" + Guid.NewGuid().ToString("N")[..6];
        await StaffSignIn.AddAgencyAsync(app, region, "region", null);
        var agency = await StaffSignIn.AddAgencyAsync(app, "令牌局", "department", region);
        var account = await StaffSignIn.CreateAccountAsync(app, agency, [AccountRole.Clerk]);
        var session = await StaffSignIn.SignedInClientAsync(app, account);
        var form = await session.GetStringAsync("/account/tokens");
        var created = await session.PostAsync("/account/tokens", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(form), ["Name"] = "统计脚本", ["Days"] = days.ToString(),
        }));
        var secret = IssuedToken().Match(await created.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.StartsWith("gk_", secret);
        return (account, session, secret);
    }

    private HttpClient Bearer(string secret)
    {
        var client = StaffSignIn.NewClient(app);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    [DatabaseFact]
    public async Task Token_ActsAsItsAccount_OnTheApi_AndOnlyItsHashIsStored()
    {
        var (account, _, secret) = await CreateTokenAsync();

        var me = await Bearer(secret).GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var json = JsonDocument.Parse(await me.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(account.Id, json.GetProperty("accountId").GetGuid());
        Assert.Equal(account.AgencyId, json.GetProperty("agencyId").GetGuid());
        Assert.Equal("Clerk", json.GetProperty("roles")[0].GetString());

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var stored = await db.PersonalAccessTokens.SingleAsync(t => t.AccountId == account.Id);
        Assert.Equal(PersonalAccessTokens.Hash(secret), stored.TokenHash);
        Assert.NotNull(stored.LastUsedAt);
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Changes.Contains(secret) || e.Changes.Contains(stored.TokenHash)));
    }

    [DatabaseFact]
    public async Task RevokedToken_IsRejectedWith401()
    {
        var (account, session, secret) = await CreateTokenAsync();
        Guid tokenId;
        await using (var scope = app.CreateScope())
            tokenId = (await scope.ServiceProvider.GetRequiredService<PersonalAccessTokens>().ListAsync(account.Id)).Single().Id;

        var page = await session.GetStringAsync("/account/tokens");
        var revoked = await session.PostAsync($"/account/tokens?handler=Revoke&tokenId={tokenId}", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(page) }));
        Assert.Contains("已吊销", await revoked.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(secret).GetAsync("/api/v1/me")).StatusCode);
    }

    [DatabaseFact]
    public async Task ExpiredToken_IsRejectedWith401()
    {
        var (_, _, secret) = await CreateTokenAsync(days: 1);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(secret).GetAsync("/api/v1/me")).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(secret).GetAsync("/api/v1/me")).StatusCode);
    }

    [DatabaseFact]
    public async Task UnknownToken_AndNoToken_Are401_AndATokenDoesNotOpenThePages()
    {
        var (_, _, secret) = await CreateTokenAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer("gk_" + new string('A', 43)).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await StaffSignIn.NewClient(app).GetAsync("/api/v1/me")).StatusCode);
        var page = await Bearer(secret).GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/account/login", page.Headers.Location?.ToString());
    }

    [GeneratedRegex("id=\"issued-token\">([^<]+)<")]
    private static partial Regex IssuedToken();
}

public sealed class SqlitePersonalAccessTokenTests(SqliteAppFixture app) : PersonalAccessTokenTests<SqliteAppFixture>(app);

public sealed class PostgresPersonalAccessTokenTests(PostgresAppFixture app) : PersonalAccessTokenTests<PostgresAppFixture>(app);
