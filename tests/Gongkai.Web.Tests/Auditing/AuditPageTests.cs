using System.Net;
using System.Net.Http.Json;
using Gongkai.Core.Identifiers;
using Gongkai.Services.Access;
using Gongkai.Services.Auditing;
using Gongkai.Web.Tests.Agencies;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Auditing;

/// <summary>The audit log page (审计日志) on SQLite and PostgreSQL: filters, scope of an agency admin, chain verification.</summary>
public abstract class AuditPageTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    [DatabaseFact]
    public async Task SystemAdmin_FindsAnEntryByRecord_AndSeesWhatChanged()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        await ChangePhoneAsync(tree, "0951-5011111");
        await ChangePhoneAsync(tree, "0951-5011112");

        var html = await app.CreateStaffClient(tree.Region, AccountRole.SystemAdmin)
            .GetStringAsync($"/admin/audit?recordType=Agency&recordId={tree.AgencyA}");

        Assert.Contains("<td>修改</td>", html);
        // Phone numbers are personal data to the audit writer: the log shows them masked, the change still visible.
        string first = Identifier.Mask("0951-5011111"), second = Identifier.Mask("0951-5011112");
        Assert.Contains($"ContactPhone：<ins>{first}</ins>", html);
        Assert.Contains($"ContactPhone：<del>{first}</del> → <ins>{second}</ins>", html);
        Assert.DoesNotContain("0951-5011111", html);
        Assert.Contains("2024-01-30 09:02:03", html);
    }

    [DatabaseFact]
    public async Task DateFilter_IsADayInChinaStandardTime()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var admin = app.CreateStaffClient(tree.Region, AccountRole.SystemAdmin);
        var record = $"recordType=Agency&recordId={tree.AgencyB}";

        Assert.Contains("<td>新增</td>", await admin.GetStringAsync($"/admin/audit?{record}&from=2024-01-30&to=2024-01-30"));
        Assert.Contains("没有符合条件的审计记录", await admin.GetStringAsync($"/admin/audit?{record}&from=2024-01-31"));
        Assert.Contains("没有符合条件的审计记录", await admin.GetStringAsync($"/admin/audit?{record}&to=2024-01-29"));
    }

    [DatabaseFact]
    public async Task AgencyAdmin_SeesChangesToItsOwnAgency_NotToAnother()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        await ChangePhoneAsync(tree, "0951-5022222");
        var admin = app.CreateStaffClient(tree.AgencyA, AccountRole.AgencyAdmin);

        Assert.Contains(Identifier.Mask("0951-5022222"), await admin.GetStringAsync($"/admin/audit?recordId={tree.AgencyA}"));
        Assert.Contains("没有符合条件的审计记录", await admin.GetStringAsync($"/admin/audit?recordId={tree.AgencyB}"));
        Assert.DoesNotContain("校验哈希链", await admin.GetStringAsync("/admin/audit"));
    }

    [DatabaseFact]
    public async Task WorkRoles_MayNotReadTheLog()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateStaffClient(tree.AgencyA, AccountRole.Clerk).GetAsync("/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateStaffClient(tree.Region, AccountRole.Supervisor).GetAsync("/admin/audit")).StatusCode);
    }

    [DatabaseFact]
    public async Task VerifyButton_ReportsAnIntactChain()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var admin = app.CreateStaffClient(tree.Region, AccountRole.SystemAdmin);
        var token = HtmlForms.AntiforgeryToken(await admin.GetStringAsync("/admin/audit"));

        var response = await admin.PostAsync("/admin/audit?handler=Verify", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("哈希链完整：已核对 [1-9][0-9]* 条记录", await response.Content.ReadAsStringAsync());
    }

    [DatabaseFact]
    public async Task VerifyHandler_IsForSystemAdminsOnly()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var admin = app.CreateStaffClient(tree.AgencyA, AccountRole.AgencyAdmin);
        var token = HtmlForms.AntiforgeryToken(await admin.GetStringAsync($"/admin/agencies/{tree.AgencyA}/edit"));

        var response = await admin.PostAsync("/admin/audit?handler=Verify", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [DatabaseFact]
    public async Task Search_PagesBackwardsWithoutGapsOrRepeats()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        await using var scope = app.CreateScope();
        var log = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var admin = StaffScope.ForAgency(tree.Region, AccountRole.SystemAdmin);
        var all = (await log.SearchAsync(new AuditQuery(RecordType: "Agency", Take: 1000), admin)).Value.Entries.Select(e => e.Sequence).ToList();

        var paged = new List<long>();
        long? before = null;
        do
        {
            var page = (await log.SearchAsync(new AuditQuery(RecordType: "Agency", Take: 2, Before: before), admin)).Value;
            paged.AddRange(page.Entries.Select(e => e.Sequence));
            before = page.NextBefore;
        } while (before is not null);

        Assert.True(all.Count >= 3);
        Assert.Equal(all, paged);
    }

    private async Task ChangePhoneAsync(TestAgencyTree tree, string phone)
    {
        var admin = app.CreateStaffClient(tree.AgencyA, AccountRole.AgencyAdmin);
        var current = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/agencies/{tree.AgencyA}");
        var response = await admin.PutAsJsonAsync($"/api/v1/agencies/{tree.AgencyA}", new
        {
            parentId = tree.Region, name = current.GetProperty("name").GetString(), creditCode = current.GetProperty("creditCode").GetString(),
            level = "department", contact = new { office = "政府信息公开办公室", address = "某路1号", phone, hours = "工作日 9:00-17:00" },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class SqliteAuditPageTests(SqliteAppFixture app) : AuditPageTests<SqliteAppFixture>(app);

public sealed class PostgresAuditPageTests(PostgresAppFixture app) : AuditPageTests<PostgresAppFixture>(app);
