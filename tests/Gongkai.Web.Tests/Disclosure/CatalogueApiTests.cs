using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gongkai.Services.Access;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Disclosure;

/// <summary>
/// <c>/api/v1/catalogue</c>: the 三审 through the API, 修订 and 废止, the register import, and the public reads — each under the
/// caller's scope (another agency's item is 404, a missing role 403), refusals as RFC 7807 problems. On SQLite and PostgreSQL.
/// </summary>
public abstract class CatalogueApiTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private readonly CatalogueWorld world = new(app);

    private const string Items = "/api/v1/catalogue/items";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private object Draft(string title, string body) => new
    {
        title, category = "news", generatedOn = world.Today.AddDays(-1).ToString("yyyy-MM-dd"), body, channels = new[] { "portal" },
    };

    private async Task<Guid> PublishThroughApiAsync(Guid agency, string title, string body)
    {
        var clerk = app.CreateStaffClient(agency, AccountRole.Clerk);
        var created = await JsonAsync(await clerk.PostAsJsonAsync(Items, Draft(title, body)), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await JsonAsync(await clerk.PostAsync($"{Items}/{id}/submit", null), HttpStatusCode.OK);
        await JsonAsync(await app.CreateStaffClient(agency, AccountRole.ConfidentialityReviewer).PostAsJsonAsync($"{Items}/{id}/review", new { decision = "pass" }), HttpStatusCode.OK);
        await JsonAsync(await app.CreateStaffClient(agency, AccountRole.ApprovingLeader).PostAsJsonAsync($"{Items}/{id}/approve", new { comment = "同意" }), HttpStatusCode.OK);
        return id;
    }

    [DatabaseFact]
    public async Task Item_SentBackFixedAndApprovedThroughTheApi_IsPublic_AndFoundBySearch()
    {
        var (agency, creditCode) = await world.AddAgencyAsync();
        var clerk = app.CreateStaffClient(agency, AccountRole.Clerk);
        var reviewer = app.CreateStaffClient(agency, AccountRole.ConfidentialityReviewer);
        var leader = app.CreateStaffClient(agency, AccountRole.ApprovingLeader);

        var created = await JsonAsync(await clerk.PostAsJsonAsync(Items, Draft("接口发布的培训通知", "科技特派员开展培训")), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("Draft", created.GetProperty("status").GetString());
        await JsonAsync(await clerk.PostAsync($"{Items}/{id}/submit", null), HttpStatusCode.OK);
        var sentBack = await JsonAsync(await reviewer.PostAsJsonAsync($"{Items}/{id}/review", new { decision = "send-back", comment = "请写明培训内容" }), HttpStatusCode.OK);
        Assert.Equal("Draft", sentBack.GetProperty("status").GetString());

        var fixedDraft = await JsonAsync(await clerk.PutAsJsonAsync($"{Items}/{id}", Draft("接口发布的培训通知", "科技特派员开展技术培训")), HttpStatusCode.OK);
        Assert.Equal(2, fixedDraft.GetProperty("revision").GetInt32());
        await JsonAsync(await clerk.PostAsync($"{Items}/{id}/submit", null), HttpStatusCode.OK);
        await JsonAsync(await reviewer.PostAsJsonAsync($"{Items}/{id}/review", new { decision = "pass", comment = "不涉密" }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/api/v1/catalogue/public/items/{id}")).StatusCode);
        var approved = await JsonAsync(await leader.PostAsJsonAsync($"{Items}/{id}/approve", new { decision = "approve" }), HttpStatusCode.OK);

        Assert.Equal("Published", approved.GetProperty("status").GetString());
        Assert.StartsWith(creditCode, approved.GetProperty("indexNumber").GetString());
        var detail = await JsonAsync(await clerk.GetAsync($"{Items}/{id}"), HttpStatusCode.OK);
        Assert.Contains(detail.GetProperty("history").EnumerateArray(), e => e.GetProperty("summary").GetString()!.Contains("请写明培训内容"));
        var item = await JsonAsync(await app.CreateClient().GetAsync($"/api/v1/catalogue/public/items/{id}"), HttpStatusCode.OK);
        Assert.Equal("有效", item.GetProperty("validityZh").GetString());
        Assert.Contains("技术培训", item.GetProperty("bodyHtml").GetString());
        var search = await JsonAsync(await app.CreateClient().GetAsync($"/api/v1/catalogue/public/search?q={Uri.EscapeDataString("科技 培训")}&agencyId={agency}"), HttpStatusCode.OK);
        var hit = Assert.Single(search.GetProperty("results").EnumerateArray());
        Assert.Equal(id, hit.GetProperty("id").GetGuid());
        Assert.Contains("<mark>培训</mark>", hit.GetProperty("snippetHtml").GetString());
    }

    [DatabaseFact]
    public async Task AnotherAgencysItem_IsNotFound_AMissingRoleIsForbidden_AndAMissingDecisionIsABadRequest()
    {
        var (mine, _) = await world.AddAgencyAsync();
        var (theirs, _) = await world.AddAgencyAsync("红寺堡区教育局");
        var theirDraft = await JsonAsync(await app.CreateStaffClient(theirs, AccountRole.Clerk).PostAsJsonAsync(Items, Draft("他局草稿", "正文")), HttpStatusCode.Created);
        var theirId = theirDraft.GetProperty("id").GetGuid();
        var myDraft = await JsonAsync(await app.CreateStaffClient(mine, AccountRole.Clerk).PostAsJsonAsync(Items, Draft("本局草稿", "正文")), HttpStatusCode.Created);
        var myId = myDraft.GetProperty("id").GetGuid();

        var clerk = app.CreateStaffClient(mine, AccountRole.Clerk);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"{Items}/{theirId}")).StatusCode);
        var hidden = await JsonAsync(await clerk.PostAsJsonAsync($"{Items}/{theirId}/withdraw", new { }), HttpStatusCode.NotFound);
        Assert.Equal("catalogue-item-not-found", hidden.GetProperty("code").GetString());
        Assert.DoesNotContain("他局草稿", await clerk.GetStringAsync($"{Items}?queue=All"));

        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateStaffClient(mine, AccountRole.ConfidentialityReviewer).PostAsJsonAsync(Items, Draft("审查员拟稿", "正文"))).StatusCode);
        var malformed = await JsonAsync(await app.CreateStaffClient(mine, AccountRole.ConfidentialityReviewer).PostAsJsonAsync($"{Items}/{myId}/review", new { }), HttpStatusCode.BadRequest);
        Assert.Equal("catalogue-request-malformed", malformed.GetProperty("code").GetString());
        var early = await JsonAsync(await app.CreateStaffClient(mine, AccountRole.ConfidentialityReviewer).PostAsJsonAsync($"{Items}/{myId}/review", new { decision = "pass" }), HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("urn:gongkai:problem:", early.GetProperty("type").GetString());
    }

    [DatabaseFact]
    public async Task RevisionCreatedWithRevisionOf_OnceApproved_MarksTheOlderItemAmended()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var older = await PublishThroughApiAsync(agency, "人才引进办法（2023年）", "旧办法正文");
        var clerk = app.CreateStaffClient(agency, AccountRole.Clerk);
        var revision = new
        {
            title = "人才引进办法（2024年修订）", category = "news", generatedOn = world.Today.AddDays(-1).ToString("yyyy-MM-dd"), body = "新办法正文",
            channels = new[] { "portal" }, revisionOf = older,
        };
        var created = await JsonAsync(await clerk.PostAsJsonAsync(Items, revision), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(older, (await JsonAsync(await clerk.GetAsync($"{Items}/{id}"), HttpStatusCode.OK)).GetProperty("revisionOfId").GetGuid());
        await JsonAsync(await clerk.PostAsync($"{Items}/{id}/submit", null), HttpStatusCode.OK);
        await JsonAsync(await app.CreateStaffClient(agency, AccountRole.ConfidentialityReviewer).PostAsJsonAsync($"{Items}/{id}/review", new { decision = "pass" }), HttpStatusCode.OK);
        await JsonAsync(await app.CreateStaffClient(agency, AccountRole.ApprovingLeader).PostAsJsonAsync($"{Items}/{id}/approve", new { }), HttpStatusCode.OK);

        var oldPage = await JsonAsync(await app.CreateClient().GetAsync($"/api/v1/catalogue/public/items/{older}"), HttpStatusCode.OK);
        Assert.Equal(id, oldPage.GetProperty("supersededById").GetGuid());
        Assert.Equal("已修订", oldPage.GetProperty("validityZh").GetString());
        var again = await JsonAsync(await clerk.PostAsJsonAsync(Items, revision), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("已修订", again.GetRawText());
    }

    [DatabaseFact]
    public async Task Supersede_MarksTheOlderItemAmendedAndLinksBoth_Repeal_MarksRepealed()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var older = await PublishThroughApiAsync(agency, "补贴办法（2023年）", "旧办法正文");
        var newer = await PublishThroughApiAsync(agency, "补贴办法（2024年修订）", "新办法正文");
        var repealed = await PublishThroughApiAsync(agency, "已不适用的通知", "通知正文");
        var clerk = app.CreateStaffClient(agency, AccountRole.Clerk);

        var amended = await JsonAsync(await clerk.PostAsJsonAsync($"{Items}/{older}/supersede", new { newerId = newer }), HttpStatusCode.OK);
        var ended = await JsonAsync(await clerk.PostAsJsonAsync($"{Items}/{repealed}/repeal", new { on = world.Today.ToString("yyyy-MM-dd") }), HttpStatusCode.OK);

        Assert.Equal("Amended", amended.GetProperty("validity").GetString());
        Assert.Equal("Repealed", ended.GetProperty("validity").GetString());
        var oldPage = await JsonAsync(await app.CreateClient().GetAsync($"/api/v1/catalogue/public/items/{older}"), HttpStatusCode.OK);
        Assert.Equal(newer, oldPage.GetProperty("supersededById").GetGuid());
        Assert.Equal("已修订", oldPage.GetProperty("validityZh").GetString());
        var newPage = await JsonAsync(await clerk.GetAsync($"{Items}/{newer}"), HttpStatusCode.OK);
        Assert.Equal(older, newPage.GetProperty("supersedesId").GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateStaffClient(agency, AccountRole.ApprovingLeader).PostAsJsonAsync($"{Items}/{newer}/repeal", new { })).StatusCode);
    }

    [DatabaseFact]
    public async Task RegisterImport_StoresAGoodFile_AndRefusesABadOneWholeWithItsLines()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var clerk = app.CreateStaffClient(agency, AccountRole.Clerk);
        var good = "类别,名称,文号,制发日期\n行政规范性文件,甲办法,红科规〔2023〕1号,2023-03-01\n";
        var bad = "年度,行政许可,行政处罚,行政强制,收费金额（万元）\n2023,1,2,3,0.5\n2024,x,2,3,0.5\n";

        var imported = await JsonAsync(await clerk.PostAsync("/api/v1/catalogue/registers/documents/import", new StringContent(good, Encoding.UTF8, "text/csv")), HttpStatusCode.OK);
        var refused = await JsonAsync(await clerk.PostAsync("/api/v1/catalogue/registers/statistics/import?fileName=stats.csv", new StringContent(bad, Encoding.UTF8, "text/csv")), HttpStatusCode.BadRequest);

        Assert.Equal(1, imported.GetProperty("imported").GetInt32());
        var documents = await JsonAsync(await clerk.GetAsync("/api/v1/catalogue/registers/documents"), HttpStatusCode.OK);
        Assert.Equal("甲办法", Assert.Single(documents.EnumerateArray()).GetProperty("title").GetString());
        Assert.Contains("第3行", refused.GetProperty("title").GetString());
        Assert.Empty((await JsonAsync(await clerk.GetAsync("/api/v1/catalogue/registers/statistics"), HttpStatusCode.OK)).EnumerateArray());
    }
}

public sealed class SqliteCatalogueApiTests(SqliteAppFixture app) : CatalogueApiTests<SqliteAppFixture>(app);

public sealed class PostgresCatalogueApiTests(PostgresAppFixture app) : CatalogueApiTests<PostgresAppFixture>(app);
