using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Services.Access;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Disclosure;

/// <summary>The 三审 through the staff pages, signed in as three people of one agency; the public then sees the item.</summary>
public sealed partial class StaffPagesTests(SqliteAppFixture app) : IClassFixture<SqliteAppFixture>
{
    private readonly CatalogueWorld world = new(app);

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, string handler, Dictionary<string, string> fields)
    {
        var token = HtmlForms.AntiforgeryToken(await client.GetStringAsync(pageUrl));
        fields["__RequestVerificationToken"] = token;
        var url = handler.Length == 0 ? pageUrl : $"{pageUrl}?handler={handler}";
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task ClerkDrafts_ReviewerSendsBack_ClerkFixes_ReviewerAndLeaderApprove_ThenTheCatalogueShowsIt()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var clerk = app.CreateStaffClient(agency, AccountRole.Clerk);
        var reviewer = app.CreateStaffClient(agency, AccountRole.ConfidentialityReviewer);
        var leader = app.CreateStaffClient(agency, AccountRole.ApprovingLeader);

        var draft = await PostFormAsync(clerk, "/staff/catalogue/edit", "", new()
        {
            ["Form.Title"] = "科技特派员培训通知", ["Form.CategoryCode"] = "news", ["Form.GeneratedOn"] = world.Today.ToString("yyyy-MM-dd"),
            ["Form.Body"] = "科技特派员开展技术培训", ["Form.Channels"] = "portal",
        });
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var itemUrl = draft.Headers.Location!.OriginalString;
        var id = ItemId().Match(itemUrl).Groups[1].Value;
        Assert.Contains("科技特派员培训通知", await clerk.GetStringAsync("/staff/catalogue?queue=MyDrafts"));

        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(clerk, itemUrl, "Submit", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(reviewer, itemUrl, "SendBack", new() { ["comment"] = "请写明培训时间" })).StatusCode);
        Assert.Contains("请写明培训时间", await clerk.GetStringAsync(itemUrl));

        var fixedDraft = await PostFormAsync(clerk, $"/staff/catalogue/edit/{id}", "", new()
        {
            ["Form.Title"] = "科技特派员培训通知", ["Form.CategoryCode"] = "news", ["Form.GeneratedOn"] = world.Today.ToString("yyyy-MM-dd"),
            ["Form.Body"] = "科技特派员开展技术培训，时间为三月。", ["Form.Channels"] = "portal",
        });
        Assert.Equal(HttpStatusCode.Redirect, fixedDraft.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(clerk, itemUrl, "Submit", [])).StatusCode);
        Assert.Contains("科技特派员培训通知", await reviewer.GetStringAsync("/staff/catalogue?queue=AwaitingConfidentialityReview"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(reviewer, itemUrl, "Pass", new() { ["comment"] = "不涉密" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/xxgk/items/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(leader, itemUrl, "Approve", new() { ["comment"] = "同意" })).StatusCode);

        var page = await app.CreateClient().GetStringAsync($"/xxgk/items/{id}");
        Assert.Contains("时间为三月", page);
        Assert.Contains("科技特派员培训通知", await app.CreateClient().GetStringAsync($"/xxgk/{agency:N}"));
    }

    [Fact]
    public async Task AnotherAgencysItem_IsNotFound_AndTheEditorNeedsAClerk()
    {
        var (a, _) = await world.AddAgencyAsync();
        var (b, _) = await world.AddAgencyAsync();
        var id = CatalogueWorld.Ok(await world.With<Gongkai.Services.Disclosure.DisclosureDesk, Gongkai.Core.DomainResult<Guid>>(d =>
            d.DraftAsync(CatalogueWorld.Clerk(a), world.Item("甲机关草稿", "正文"))));

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateStaffClient(b, AccountRole.Clerk).GetAsync($"/staff/catalogue/{id:N}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.CreateStaffClient(a, AccountRole.ConfidentialityReviewer).GetAsync("/staff/catalogue/edit")).StatusCode);
    }

    [Fact]
    public async Task RegisterImport_WithErrors_ListsEveryBadLine_AndImportsNothing()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var clerk = app.CreateStaffClient(agency, AccountRole.Clerk);
        var token = HtmlForms.AntiforgeryToken(await clerk.GetStringAsync("/staff/registers"));
        var csv = "年度,行政许可,行政处罚,行政强制,收费金额（万元）\n2023,1,2,3,0.5\n2024,x,2,3,0.5\n";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("statistics"), "what" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "统计.csv" },
        };
        var html = await (await clerk.PostAsync("/staff/registers?handler=Import", form)).Content.ReadAsStringAsync();
        Assert.Contains("第3行", html);
        Assert.DoesNotContain("<td>2023</td>", html);
    }

    [Fact]
    public async Task Settings_SetsTheWeChatAccountName_ShownOnTheGuide()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var clerk = app.CreateStaffClient(agency, AccountRole.Clerk);
        var saved = await PostFormAsync(clerk, "/staff/catalogue/settings", "", new() { ["code"] = "wechat", ["account"] = "红寺堡科技" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("微信公众号“红寺堡科技”", await app.CreateClient().GetStringAsync($"/xxgk/{agency:N}/guide"));
    }

    [Fact]
    public async Task Settings_AddsALocalCategory_ThatThePortalMenuShows_AndRetiringHidesIt()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var clerk = app.CreateStaffClient(agency, AccountRole.Clerk);
        var added = await PostFormAsync(clerk, "/staff/catalogue/settings", "Category", new() { ["code"] = "tech-services", ["name"] = "科技服务" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("科技服务", await app.CreateClient().GetStringAsync($"/xxgk/{agency:N}"));

        var retired = await PostFormAsync(clerk, "/staff/catalogue/settings", "Retire", new() { ["code"] = "tech-services", ["retire"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        Assert.DoesNotContain("科技服务", await app.CreateClient().GetStringAsync($"/xxgk/{agency:N}"));
    }

    [Fact]
    public async Task RevisionDraftedFromTheItemPage_OnceApproved_MarksTheOlderItemAmended_WithoutASecondStep()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var older = await world.PublishAsync(agency, world.Item("科技成果转化奖励办法", "旧版正文"));
        var clerk = app.CreateStaffClient(agency, AccountRole.Clerk);

        var revisionUrl = $"/staff/catalogue/edit?from={older:N}";
        Assert.Contains("原信息自动标注为“已修订”", await clerk.GetStringAsync(revisionUrl));
        var draft = await PostFormAsync(clerk, revisionUrl, "", new()
        {
            ["Form.Title"] = "科技成果转化奖励办法（修订）", ["Form.CategoryCode"] = "news", ["Form.GeneratedOn"] = world.Today.ToString("yyyy-MM-dd"),
            ["Form.Body"] = "新版正文", ["Form.Channels"] = "portal",
        });
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var itemUrl = draft.Headers.Location!.OriginalString;
        Assert.Contains("的修订版本", await clerk.GetStringAsync(itemUrl));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(clerk, itemUrl, "Submit", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(app.CreateStaffClient(agency, AccountRole.ConfidentialityReviewer), itemUrl, "Pass", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(app.CreateStaffClient(agency, AccountRole.ApprovingLeader), itemUrl, "Approve", [])).StatusCode);

        var publicOlder = await app.CreateClient().GetStringAsync($"/xxgk/items/{older:N}");
        Assert.Contains("已修订", publicOlder);
        Assert.Contains($"/xxgk/items/{ItemId().Match(itemUrl).Groups[1].Value}", publicOlder);
    }

    [Fact]
    public async Task SupersedeButton_MarksTheOlderItemAmendedAndLinksTheNewer_RepealButton_MarksRepealed()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var older = await world.PublishAsync(agency, world.Item("科技特派员管理办法", "旧版正文"));
        var newer = await world.PublishAsync(agency, world.Item("科技特派员管理办法（修订）", "新版正文"));
        var clerk = app.CreateStaffClient(agency, AccountRole.Clerk);

        var olderPage = await clerk.GetStringAsync($"/staff/catalogue/{older:N}");
        Assert.Contains("起草修订版本", olderPage);
        Assert.Contains($"<option value=\"{newer}\">科技特派员管理办法（修订）", olderPage);
        Assert.Contains("科技特派员管理办法", await clerk.GetStringAsync($"/staff/catalogue/edit?from={older:N}"));
        Assert.DoesNotContain("起草修订版本", await app.CreateStaffClient(agency, AccountRole.ApprovingLeader).GetStringAsync($"/staff/catalogue/{older:N}"));

        var superseded = await PostFormAsync(clerk, $"/staff/catalogue/{older:N}", "Supersede", new() { ["newerId"] = newer.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, superseded.StatusCode);
        var repealed = await PostFormAsync(clerk, $"/staff/catalogue/{newer:N}", "Repeal", new() { ["on"] = world.Today.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Redirect, repealed.StatusCode);

        var publicOlder = await app.CreateClient().GetStringAsync($"/xxgk/items/{older:N}");
        Assert.Contains("已修订", publicOlder);
        Assert.Contains($"/xxgk/items/{newer:N}", publicOlder);
        Assert.Contains("已废止", await app.CreateClient().GetStringAsync($"/xxgk/items/{newer:N}"));
        Assert.Contains("已废止", await clerk.GetStringAsync($"/staff/catalogue/{newer:N}"));
    }

    [Fact]
    public async Task RepealButton_PressedByALeader_IsForbidden()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var item = await world.PublishAsync(agency, world.Item("临时通知", "内容"));
        var leader = app.CreateStaffClient(agency, AccountRole.ApprovingLeader);

        var response = await PostFormAsync(leader, $"/staff/catalogue/{item:N}", "Repeal", []);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("已废止", await app.CreateClient().GetStringAsync($"/xxgk/items/{item:N}"));
    }

    [GeneratedRegex("/staff/catalogue/([0-9a-f]{32})")]
    private static partial Regex ItemId();
}
