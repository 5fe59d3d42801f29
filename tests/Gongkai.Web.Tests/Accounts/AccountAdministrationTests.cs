using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Services.Access;
using Gongkai.Services.Auditing;
using Microsoft.Extensions.DependencyInjection;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Accounts;

/// <summary>
/// Account administration: an agency admin manages its own agency's accounts only (another agency's account is a 404),
/// a reset password must be changed at the next sign-in, a locked account cannot sign in, a reset 2FA must be enrolled again.
/// </summary>
public abstract partial class AccountAdministrationTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private async Task<(Guid A, Guid B, TestAccount AdminA)> SeedAsync()
    {
        var region = "管理区" + Guid.NewGuid().ToString("N")[..6];
        await StaffSignIn.AddAgencyAsync(app, region, "region", null);
        var a = await StaffSignIn.AddAgencyAsync(app, "甲局", "department", region);
        var b = await StaffSignIn.AddAgencyAsync(app, "乙局", "department", region);
        return (a, b, await StaffSignIn.CreateAccountAsync(app, a, [AccountRole.AgencyAdmin]));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? url.Split('?')[0]);
        fields["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(page);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [DatabaseFact]
    public async Task AgencyAdmin_CreatesAClerkInItsAgency_WhoMustChangeThePasswordFirst()
    {
        var (a, _, adminA) = await SeedAsync();
        var admin = await StaffSignIn.SignedInClientAsync(app, adminA);
        var userName = "clerk" + Guid.NewGuid().ToString("N")[..8];

        var created = await PostAsync(admin, "/admin/accounts/new", new()
        {
            ["AgencyId"] = a.ToString(), ["UserName"] = userName, ["DisplayName"] = "李经办", ["Roles"] = "Clerk",
        });
        var html = await created.Content.ReadAsStringAsync();
        var password = WebUtility.HtmlDecode(IssuedPassword().Match(html).Groups[1].Value);
        Assert.NotEmpty(password);
        Assert.Contains(userName, await admin.GetStringAsync("/admin/accounts"));

        var clerk = StaffSignIn.NewClient(app);
        Assert.Equal("/admin", (await StaffSignIn.PostLoginAsync(clerk, userName, password)).Headers.Location?.OriginalString);
        var confined = await clerk.GetAsync("/admin");
        Assert.Equal("/account/change-password", confined.Headers.Location?.OriginalString);
        var changed = await PostAsync(clerk, "/account/change-password", new()
        {
            ["CurrentPassword"] = password, ["NewPassword"] = "Neu-Passw0rd-2025", ["ConfirmPassword"] = "Neu-Passw0rd-2025",
        });
        Assert.Contains("密码已修改", await changed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/admin")).StatusCode);
    }

    [DatabaseFact]
    public async Task AgencyAdmin_CannotSeeOrChangeAnotherAgencysAccount_NorGrantSupervisor()
    {
        var (a, b, adminA) = await SeedAsync();
        var clerkB = await StaffSignIn.CreateAccountAsync(app, b, [AccountRole.Clerk]);
        var admin = await StaffSignIn.SignedInClientAsync(app, adminA);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/accounts/{clerkB.Id}")).StatusCode);
        Assert.DoesNotContain(clerkB.UserName, await admin.GetStringAsync("/admin/accounts"));
        var token = HtmlForms.AntiforgeryToken(await admin.GetStringAsync("/admin/accounts"));
        var lockOther = await admin.PostAsync($"/admin/accounts/{clerkB.Id}?handler=Lock",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, lockOther.StatusCode);

        var supervisor = await PostAsync(admin, "/admin/accounts/new", new()
        {
            ["AgencyId"] = a.ToString(), ["UserName"] = "sup" + Guid.NewGuid().ToString("N")[..6], ["DisplayName"] = "监督", ["Roles"] = "Supervisor",
        });
        Assert.Contains("只有系统管理员可以设立监督机构或系统管理员账户", await supervisor.Content.ReadAsStringAsync());
    }

    [DatabaseFact]
    public async Task LockedAccount_CannotSignIn_UntilUnlocked_AndReset2fa_ConfinesAnAdminToEnrolment()
    {
        var (a, _, adminA) = await SeedAsync();
        var otherAdmin = await StaffSignIn.CreateAccountAsync(app, a, [AccountRole.AgencyAdmin]);
        var admin = await StaffSignIn.SignedInClientAsync(app, adminA);
        var url = $"/admin/accounts/{otherAdmin.Id}";

        Assert.Contains("账户已锁定", await (await PostAsync(admin, url + "?handler=Lock", new(), url)).Content.ReadAsStringAsync());
        var locked = await StaffSignIn.PostLoginAsync(StaffSignIn.NewClient(app), otherAdmin.UserName, otherAdmin.Password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        // The change is audited as the admin who made it, for the admin's agency.
        await using (var scope = app.CreateScope())
        {
            var entries = await scope.ServiceProvider.GetRequiredService<AuditLog>().SearchAsync(
                new AuditQuery(RecordType: "StaffAccount", RecordId: otherAdmin.Id.ToString()));
            var lockEntry = Assert.Single(entries, e => e.Action == "update" && e.Changes.Contains("\"LockoutEnd\""));
            Assert.Equal(adminA.Id.ToString(), lockEntry.Actor);
            Assert.Equal(a, lockEntry.AgencyId);
        }

        await PostAsync(admin, url + "?handler=Unlock", new(), url);
        await PostAsync(admin, url + "?handler=ResetTwoFactor", new(), url);
        var client = StaffSignIn.NewClient(app);
        Assert.Equal("/admin", (await StaffSignIn.PostLoginAsync(client, otherAdmin.UserName, otherAdmin.Password)).Headers.Location?.OriginalString);
        Assert.Equal("/account/two-factor", (await client.GetAsync("/admin")).Headers.Location?.OriginalString);
    }

    [DatabaseFact]
    public async Task ResetPassword_ByAdmin_IssuesANewPassword_AndTheOldOneStopsWorking()
    {
        var (a, _, adminA) = await SeedAsync();
        var clerk = await StaffSignIn.CreateAccountAsync(app, a, [AccountRole.Clerk]);
        var admin = await StaffSignIn.SignedInClientAsync(app, adminA);
        var url = $"/admin/accounts/{clerk.Id}";

        var reset = await (await PostAsync(admin, url + "?handler=ResetPassword", new(), url)).Content.ReadAsStringAsync();
        var password = WebUtility.HtmlDecode(IssuedPassword().Match(reset).Groups[1].Value);

        Assert.Equal(HttpStatusCode.OK, (await StaffSignIn.PostLoginAsync(StaffSignIn.NewClient(app), clerk.UserName, clerk.Password)).StatusCode);
        var client = StaffSignIn.NewClient(app);
        Assert.Equal(HttpStatusCode.Redirect, (await StaffSignIn.PostLoginAsync(client, clerk.UserName, password)).StatusCode);
    }

    [GeneratedRegex("id=\"issued-password\">([^<]+)<")]
    private static partial Regex IssuedPassword();
}

public sealed class SqliteAccountAdministrationTests(SqliteAppFixture app) : AccountAdministrationTests<SqliteAppFixture>(app);

public sealed class PostgresAccountAdministrationTests(PostgresAppFixture app) : AccountAdministrationTests<PostgresAppFixture>(app);
