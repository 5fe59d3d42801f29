using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Gongkai.Services.Auditing;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Agencies;

/// <summary>/api/v1/agencies on SQLite and PostgreSQL: who may list, add and change agencies, and what a refusal looks like.</summary>
public abstract class AgencyApiTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    [DatabaseFact]
    public async Task SystemAdmin_AddsAgencyUnderItsRegion_ReadsItBack_AndTheChangeIsAudited()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var admin = app.CreateStaffClient(tree.Region, AccountRole.SystemAdmin);
        var code = TestAgencyTree.NewCreditCode();

        var response = await admin.PostAsJsonAsync("/api/v1/agencies", Body(tree.Region, $"丙局{tree.Suffix}", code, "010-62345678"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await JsonAsync(response);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/agencies/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(1, created.GetProperty("depth").GetInt32());
        Assert.Equal("政府部门", created.GetProperty("levelName").GetString());

        var read = await JsonAsync(await admin.GetAsync($"/api/v1/agencies/{id}"));
        Assert.Equal(code, read.GetProperty("creditCode").GetString());
        Assert.Equal("010-62345678", read.GetProperty("contact").GetProperty("phone").GetString());

        await using var scope = app.CreateScope();
        var entry = Assert.Single(await scope.ServiceProvider.GetRequiredService<AuditLog>()
            .SearchAsync(new AuditQuery(RecordType: "Agency", RecordId: id.ToString())));
        Assert.Equal("insert", entry.Action);
    }

    [DatabaseFact]
    public async Task Add_WithSeveralBadFields_Is400ProblemListingEveryError_AndStoresNothing()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var admin = app.CreateStaffClient(tree.Region, AccountRole.SystemAdmin);

        var response = await admin.PostAsJsonAsync("/api/v1/agencies", new { parentId = tree.Region, name = "", creditCode = "12345", level = "ministry" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(response);
        var codes = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
        Assert.Contains("agency-name-required", codes);
        Assert.Contains("agency-level-unknown", codes);
        await using var scope = app.CreateScope();
        Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Agencies.CountAsync(a => a.ParentId == tree.Region));
    }

    [DatabaseFact]
    public async Task AgencyAdmin_ChangesItsOwnContact_ButNotItsName()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var admin = app.CreateStaffClient(tree.AgencyA, AccountRole.AgencyAdmin);
        var current = await JsonAsync(await admin.GetAsync($"/api/v1/agencies/{tree.AgencyA}"));
        var code = current.GetProperty("creditCode").GetString();

        var contact = await admin.PutAsJsonAsync($"/api/v1/agencies/{tree.AgencyA}", Body(tree.Region, $"甲局{tree.Suffix}", code, "0951-5012345"));
        Assert.Equal(HttpStatusCode.OK, contact.StatusCode);
        Assert.Equal("0951-5012345", (await JsonAsync(contact)).GetProperty("contact").GetProperty("phone").GetString());

        var rename = await admin.PutAsJsonAsync($"/api/v1/agencies/{tree.AgencyA}", Body(tree.Region, $"改名局{tree.Suffix}", code, "0951-5012345"));
        Assert.Equal(HttpStatusCode.Forbidden, rename.StatusCode);
        Assert.Equal("agency-fields-locked", (await JsonAsync(rename)).GetProperty("code").GetString());
    }

    [DatabaseFact]
    public async Task AgencyAdminOfA_GetsNotFoundForAgencyB_AndListsOnlyA()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var admin = app.CreateStaffClient(tree.AgencyA, AccountRole.AgencyAdmin);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/agencies/{tree.AgencyB}")).StatusCode);
        var put = await admin.PutAsJsonAsync($"/api/v1/agencies/{tree.AgencyB}", Body(tree.Region, $"乙局{tree.Suffix}", TestAgencyTree.NewCreditCode(), null));
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);

        var listed = (await JsonAsync(await admin.GetAsync("/api/v1/agencies"))).EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([tree.AgencyA], listed);
    }

    [DatabaseFact]
    public async Task OtherRoles_AreRefused_AndAnonymousCallersAreChallenged()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateStaffClient(tree.AgencyA, AccountRole.Clerk).GetAsync("/api/v1/agencies")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateStaffClient(tree.Region, AccountRole.Supervisor).GetAsync("/api/v1/agencies")).StatusCode);
        var agencyAdminAdds = await app.CreateStaffClient(tree.AgencyA, AccountRole.AgencyAdmin)
            .PostAsJsonAsync("/api/v1/agencies", Body(tree.AgencyA, "下属单位", TestAgencyTree.NewCreditCode(), null));
        Assert.Equal(HttpStatusCode.Forbidden, agencyAdminAdds.StatusCode);
        var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.True((await anonymous.GetAsync("/api/v1/agencies")).StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect);
    }

    [DatabaseFact]
    public async Task SystemAdmin_MovingARegionUnderItsOwnDescendant_IsRefused()
    {
        var tree = await TestAgencyTree.CreateAsync(app);
        var admin = app.CreateStaffClient(tree.Region, AccountRole.SystemAdmin);
        var sub = (await JsonAsync(await admin.PostAsJsonAsync("/api/v1/agencies", new { parentId = tree.Region, name = "街道片区", level = "region" }))).GetProperty("id").GetGuid();
        var subSub = (await JsonAsync(await admin.PostAsJsonAsync("/api/v1/agencies", new { parentId = sub, name = "社区片区", level = "region" }))).GetProperty("id").GetGuid();

        var moved = await admin.PutAsJsonAsync($"/api/v1/agencies/{sub}", new { parentId = subSub, name = "街道片区", level = "region" });

        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.Equal("agency-parent-cycle", (await JsonAsync(moved)).GetProperty("code").GetString());
        var tree2 = await JsonAsync(await admin.GetAsync("/api/v1/agencies/tree"));
        var root = Assert.Single(tree2.EnumerateArray());
        Assert.Equal(3, root.GetProperty("children").GetArrayLength());
    }

    private static object Body(Guid parent, string name, string? creditCode, string? phone) => new
    {
        parentId = parent, name, creditCode, level = "department",
        contact = new { office = "政府信息公开办公室", address = "某路1号", phone, hours = "工作日 9:00-17:00" },
    };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}

public sealed class SqliteAgencyApiTests(SqliteAppFixture app) : AgencyApiTests<SqliteAppFixture>(app);

public sealed class PostgresAgencyApiTests(PostgresAppFixture app) : AgencyApiTests<PostgresAppFixture>(app);
