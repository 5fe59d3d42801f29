using System.Text.RegularExpressions;
using Gongkai.Browser.Tests.Infrastructure;
using Gongkai.Services.Access;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Browser.Tests.Catalogue;

/// <summary>
/// The catalogue in a real browser (issue 6, acceptance): three people of one agency take an item through the 三审 — the clerk
/// drafts it, the confidentiality reviewer sends it back with a comment, the clerk fixes it, reviewer and leader approve — and
/// the public then finds it in the 公开目录, the Atom feed and the search, ranked above an item with only one of the two words
/// and with the matches marked. A draft's and a withdrawn item's URL answer 404.
/// </summary>
public sealed class CatalogueBrowserTests(BrowserAppFixture app) : IClassFixture<BrowserAppFixture>
{
    private readonly CatalogueBrowserWorld world = new(app);

    private const string Title = "科技特派员服务动态";
    private const string Body = "科技特派员开展技术培训";

    [Fact]
    public async Task ClerkDrafts_ReviewerSendsBack_ClerkFixes_BothApprove_ThenCatalogueFeedAndSearchShowIt()
    {
        var agency = await world.AddAgencyAsync("红寺堡区科学技术局");
        var clerk = await world.SignInAsync(await world.AddPersonAsync(agency, AccountRole.Clerk));
        var reviewer = await world.SignInAsync(await world.AddPersonAsync(agency, AccountRole.ConfidentialityReviewer));
        var leader = await world.SignInAsync(await world.AddPersonAsync(agency, AccountRole.ApprovingLeader));
        var onlyOneWord = await world.PublishAsync(agency, "农业科技示范园建设情况", "本年度建成示范园两处。");

        // 经办人拟定
        await clerk.GotoAsync("/staff/catalogue");
        await clerk.GetByRole(AriaRole.Link, new() { Name = "新建信息" }).ClickAsync();
        await clerk.GetByLabel("名称（必填）").FillAsync(Title);
        await clerk.GetByLabel("信息分类").SelectOptionAsync(new SelectOptionValue { Label = "部门动态" });
        await clerk.GetByLabel(new Regex("^正文")).FillAsync("科技特派员开展培训");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = Title, Level = 1 })).ToBeVisibleAsync();
        var itemUrl = clerk.Url;
        var id = Regex.Match(itemUrl, "/staff/catalogue/([0-9a-f]{32})").Groups[1].Value;
        await clerk.GetByRole(AriaRole.Button, new() { Name = "提交保密审查" }).ClickAsync();
        await Expect(clerk.Locator("dl.metadata")).ToContainTextAsync("待保密审查");

        // A draft under review is not public.
        var anonymous = await app.NewPageAsync();
        Assert.Equal(404, (await anonymous.GotoAsync($"/xxgk/items/{id}"))!.Status);

        // 保密审查: sent back with a comment.
        await reviewer.GotoAsync("/staff/catalogue?queue=AwaitingConfidentialityReview");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await reviewer.GetByLabel("退回意见（必填）").FillAsync("请写明培训内容");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "退回修改" }).ClickAsync();
        await Expect(reviewer.Locator("dl.metadata")).ToContainTextAsync("拟稿");

        // The clerk reads the comment, fixes the body and submits again.
        await clerk.GotoAsync(itemUrl);
        await Expect(clerk.GetByRole(AriaRole.Main)).ToContainTextAsync("请写明培训内容");
        await clerk.GetByRole(AriaRole.Link, new() { Name = "修改", Exact = true }).ClickAsync();
        await clerk.GetByLabel(new Regex("^正文")).FillAsync(Body);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "提交保密审查" }).ClickAsync();

        // 保密审查通过, then 分管领导审批.
        await reviewer.GotoAsync(itemUrl);
        await reviewer.GetByLabel("审查意见").FillAsync("不涉密");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "保密审查通过" }).ClickAsync();
        await Expect(reviewer.Locator("dl.metadata")).ToContainTextAsync("待分管领导审批");
        Assert.Equal(404, (await anonymous.GotoAsync($"/xxgk/items/{id}"))!.Status);
        await leader.GotoAsync("/staff/catalogue?queue=AwaitingLeaderApproval");
        await leader.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await leader.GetByLabel("审批意见").FillAsync("同意发布");
        await leader.GetByRole(AriaRole.Button, new() { Name = "审批发布" }).ClickAsync();
        await Expect(leader.Locator("dl.metadata")).ToContainTextAsync("已发布");

        // The public: 目录, item page with its metadata block, feed.
        await anonymous.GotoAsync($"/xxgk/{agency:N}");
        await anonymous.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Expect(anonymous.GetByRole(AriaRole.Heading, new() { Name = Title, Level = 1 })).ToBeVisibleAsync();
        await Expect(anonymous.Locator("dl.metadata")).ToContainTextAsync("有效");
        await Expect(anonymous.Locator(".item-body")).ToContainTextAsync(Body);
        var feed = await anonymous.APIRequest.GetAsync($"/xxgk/{agency:N}/feed.atom");
        Assert.Equal(200, feed.Status);
        var atom = await feed.TextAsync();
        Assert.Contains($"<title>{Title}</title>", atom);
        Assert.Contains($"/xxgk/items/{id}", atom);

        // Search: two words not adjacent in the body; the item with both ranks above the one with only 科技; matches are marked.
        await anonymous.GetByLabel("站内搜索").FillAsync("科技 培训");
        await anonymous.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();
        var results = anonymous.Locator("ol.search-results > li");
        await Expect(anonymous.GetByRole(AriaRole.Status)).ToContainTextAsync("找到 2 条结果");
        await Expect(results.Nth(0).GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/xxgk/items/{id}");
        await Expect(results.Nth(1).GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/xxgk/items/{onlyOneWord:N}");
        var marks = await results.Nth(0).Locator("mark").AllInnerTextsAsync();
        Assert.Contains("科技", marks);
        Assert.Contains("培训", marks);
    }

    [Fact]
    public async Task DraftAndWithdrawnItems_AnswerNotFoundToThePublic()
    {
        var agency = await world.AddAgencyAsync("红寺堡区农业农村局");
        var clerk = await world.SignInAsync(await world.AddPersonAsync(agency, AccountRole.Clerk));
        var leader = await world.SignInAsync(await world.AddPersonAsync(agency, AccountRole.ApprovingLeader));
        var published = await world.PublishAsync(agency, "农机购置补贴公示", "补贴名单公示如下。");
        var anonymous = await app.NewPageAsync();
        Assert.Equal(200, (await anonymous.GotoAsync($"/xxgk/items/{published:N}"))!.Status);

        await clerk.GotoAsync("/staff/catalogue/edit");
        await clerk.GetByLabel("名称（必填）").FillAsync("尚未提交的草稿");
        await clerk.GetByLabel(new Regex("^正文")).FillAsync("草稿正文");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "尚未提交的草稿", Level = 1 })).ToBeVisibleAsync();
        var draft = Regex.Match(clerk.Url, "/staff/catalogue/([0-9a-f]{32})").Groups[1].Value;
        Assert.Equal(404, (await anonymous.GotoAsync($"/xxgk/items/{draft}"))!.Status);

        await leader.GotoAsync($"/staff/catalogue/{published:N}");
        await leader.GetByLabel("撤回理由（必填）").FillAsync("名单有误");
        await leader.GetByRole(AriaRole.Button, new() { Name = "撤回", Exact = true }).ClickAsync();
        await Expect(leader.Locator("dl.metadata")).ToContainTextAsync("已撤回");
        Assert.Equal(404, (await anonymous.GotoAsync($"/xxgk/items/{published:N}"))!.Status);
        await anonymous.GotoAsync($"/xxgk/{agency:N}");
        await Expect(anonymous.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("农机购置补贴公示");
    }
}
