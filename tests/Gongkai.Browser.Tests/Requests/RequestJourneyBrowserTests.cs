using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Core.Identifiers;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Services.Access;
using Gongkai.Services.Reporting;
using Gongkai.Services.Requests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Gongkai.Browser.Tests.Requests;

/// <summary>
/// 依申请公开 end to end in a real browser (issue 5, acceptance): an applicant on a phone, without JavaScript, applies online
/// from the portal; the clerk confirms receipt and asks for a correction (条例第三十条); the applicant corrects on the status
/// page; the clerk consults a third party (第三十二条); the head of the disclosure office approves an extension (第三十三条);
/// the clerk drafts a 部分公开 reply (第三十七条), the reviewer and the leader approve it, the clerk releases it; the applicant
/// downloads the letter as DOCX and PDF. Afterwards table 三 counts the request in r1 and r3.2 under 自然人 and passes every check.
/// </summary>
public sealed class RequestJourneyBrowserTests(RequestsBrowserFixture app) : IClassFixture<RequestsBrowserFixture>
{
    private const string ApplicantName = "马小红";
    private const string VagueTitle = "关于土地的文件";
    private const string CorrectedTitle = "红寺堡区2025年度建设用地供应计划";
    private const string ThirdParty = "宁夏某某置业有限公司";
    private const string PartlyReasons = "其中涉及宁夏某某置业有限公司商业秘密的内容，经征求意见，该公司不同意公开，依法不予公开。";

    private static readonly string IdNumber = "64030219850612002" + ResidentIdNumber.CheckCharacter("64030219850612002");

    [Fact]
    public async Task Applicant_AppliesCorrectsAndDownloadsThePartlyDisclosedReply_AndTableThreeCountsIt()
    {
        var year = app.Clock.Today.Year;

        // Day 1: the applicant applies from the portal on a phone without JavaScript.
        var applicant = await app.NewPageAsync(phone: true);
        var (number, code) = await ApplyOnlineAsync(applicant);
        Assert.Matches(new Regex($"^{year}-\\d+$"), number);

        // The clerk finds it waiting for receipt, confirms it and asks for a correction the same day.
        var clerk = await SignInAsync(AccountRole.Clerk);
        await clerk.GotoAsync("/requests");
        var receipt = clerk.Locator("section[aria-labelledby=receipt]");
        await Expect(receipt).ToContainTextAsync(ApplicantName);
        await receipt.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("待确认收到");
        var detailUrl = clerk.Url;
        await StepAsync(clerk, "确认收到（条例第三十一条）");
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("办理中");
        await Expect(clerk.Locator("#deadline")).ToContainTextAsync("答复期限");
        await StepAsync(clerk, "告知补正（条例第三十条）", async form =>
            await form.GetByLabel("需要补正的事项").FillAsync("请写明所需文件的名称或文号、年度，以便本机关查找。"));
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("待补正");

        // Day 2: the applicant sees the notice on the status page and submits the corrected application there.
        app.Clock.Advance(TimeSpan.FromDays(1));
        await LookUpAsync(applicant, number, code);
        await Expect(applicant.Locator("#correction-heading")).ToBeVisibleAsync();
        await Expect(applicant.Locator("blockquote")).ToContainTextAsync("请写明所需文件的名称或文号");
        await applicant.Locator("#ctitle").FillAsync(CorrectedTitle);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "提交补正" }).ClickAsync();
        await Expect(applicant.GetByRole(AriaRole.Status)).ToContainTextAsync("补正后的申请已提交");
        await Expect(applicant.Locator("dl.facts")).ToContainTextAsync("办理中");
        var dueAfterCorrection = await FactAsync(applicant, "答复期限");

        // Day 3: the clerk consults the company whose interests the information touches; it answers on day 6 and objects.
        app.Clock.Advance(TimeSpan.FromDays(1));
        clerk = await SignInAsync(AccountRole.Clerk);
        await clerk.GotoAsync(detailUrl);
        await Expect(clerk.Locator("dl.facts")).ToContainTextAsync(CorrectedTitle);
        await StepAsync(clerk, "书面征求意见（条例第三十二条、第三十四条）", async form =>
        {
            await form.GetByLabel("对象").SelectOptionAsync("ThirdParty");
            await form.GetByLabel("名称").FillAsync(ThirdParty);
        });
        await StepAsync(clerk, "第1次征求意见书已送达");
        app.Clock.Advance(TimeSpan.FromDays(3));
        clerk = await SignInAsync(AccountRole.Clerk);
        await clerk.GotoAsync(detailUrl);
        await StepAsync(clerk, "登记第1次征求意见的答复", async form => await form.GetByLabel("意见").SelectOptionAsync("Objects"));

        // The head of the disclosure office approves an extension; the clerk tells the applicant.
        var head = await SignInAsync(AccountRole.DisclosureOfficeHead);
        await head.GotoAsync(detailUrl);
        await StepAsync(head, "同意延期答复（公开工作机构负责人，条例第三十三条）", async form =>
        {
            await form.GetByLabel("延长工作日").FillAsync("10");
            await form.GetByLabel("理由", new() { Exact = true }).FillAsync("需要对涉及商业秘密的内容作区分处理");
        });
        await clerk.GotoAsync(detailUrl);
        await StepAsync(clerk, "已告知申请人延期");

        // The applicant sees a later due date, explained.
        await LookUpAsync(applicant, number, code);
        var dueAfterExtension = await FactAsync(applicant, "答复期限");
        Assert.NotEqual(dueAfterCorrection, dueAfterExtension);
        await Expect(applicant.Locator("section[aria-labelledby=deadline-heading]")).ToContainTextAsync("延");

        // Day 7: the clerk drafts 部分公开; reviewer and leader approve; the clerk releases the reply.
        app.Clock.Advance(TimeSpan.FromDays(1));
        clerk = await SignInAsync(AccountRole.Clerk);
        await clerk.GotoAsync(detailUrl);
        await StepAsync(clerk, "拟定答复", async form =>
        {
            await form.GetByLabel("办理结果").SelectOptionAsync("PartlyDisclosed");
            await form.GetByLabel("理由", new() { Exact = true }).FillAsync(PartlyReasons);
        });
        await Expect(clerk.GetByText("当前答复稿：r3.2")).ToBeVisibleAsync();
        var reviewer = await SignInAsync(AccountRole.ConfidentialityReviewer);
        await reviewer.GotoAsync(detailUrl);
        await StepAsync(reviewer, "保密审查通过");
        var leader = await SignInAsync(AccountRole.ApprovingLeader);
        await leader.GotoAsync(detailUrl);
        await StepAsync(leader, "分管领导审批通过");
        await Expect(leader.GetByText("已通过：保密审查、分管领导审批")).ToBeVisibleAsync();
        await clerk.GotoAsync(detailUrl);
        await StepAsync(clerk, "作出答复（发出答复书）");
        await Expect(clerk.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("已办结");

        // The applicant reads the result and downloads the letter in both formats.
        await LookUpAsync(applicant, number, code);
        await Expect(applicant.Locator("dl.facts")).ToContainTextAsync("已办结");
        await Expect(applicant.Locator("dl.facts")).ToContainTextAsync("部分公开");
        var docx = await DownloadAsync(applicant, "下载答复书（Word）", ".docx");
        var pdf = await DownloadAsync(applicant, "下载答复书（PDF）", ".pdf");
        AssertLetter(DocxText(docx), number);
        AssertLetter(PdfText(pdf), number);

        // Table 三 of the agency and year, from the records.
        await using var scope = app.Services.CreateAsyncScope();
        var staff = StaffScope.ForAgency(app.AgencyId, AccountRole.Clerk);
        var queries = scope.ServiceProvider.GetRequiredService<RequestQueries>();
        var table = (await queries.RequestTableAsync(staff, app.AgencyId, year)).Value;
        Assert.Equal(1m, table.Number(ReportLayout.RequestCellId("r1", "c1")));
        Assert.Equal(1m, table.Number(ReportLayout.RequestCellId("r3.2", "c1")));
        Assert.Equal(1m, table.Number(ReportLayout.RequestCellId("r3.2", "c7")));
        Assert.Equal(0m, table.Number(ReportLayout.RequestCellId("r4", "c1")));
        var previous = (await queries.RequestTableAsync(staff, app.AgencyId, year - 1)).Value;
        Assert.Empty(ReportChecks.Run(table, previous));

        var assembled = (await scope.ServiceProvider.GetRequiredService<AnnualReportAssembler>().AssembleAsync(staff, app.AgencyId, year)).Value;
        Assert.Equal(1m, assembled.Report.Number(ReportLayout.RequestCellId("r3.2", "c1")));
        // The agency entered no enforcement statistics for the year: the four table-二 cells they feed are not computed (never an
        // invented 0), R11 names them, and nothing else is flagged.
        Assert.Equal(["t2.行政事业性收费.amount_wan", "t2.行政处罚.decisions", "t2.行政强制.decisions", "t2.行政许可.decisions"],
            assembled.NotComputed.Order(StringComparer.Ordinal));
        Assert.All(assembled.Findings, f => Assert.True(f.RuleId == "R11" && f.Cells.All(c => assembled.NotComputed.Contains(c.CellId)), f.MessageEn));
    }

    private async Task<(string Number, string Code)> ApplyOnlineAsync(IPage page)
    {
        await page.GotoAsync("/xxgk");
        await page.GetByRole(AriaRole.Link, new() { Name = "依申请公开" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"向{app.AgencyName}提出申请" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "政府信息公开申请" })).ToBeVisibleAsync();

        await page.GetByLabel("申请人类型").SelectOptionAsync("NaturalPerson");
        await page.GetByLabel("姓名或单位名称").FillAsync(ApplicantName);
        await page.GetByLabel("身份证明类型").SelectOptionAsync("resident-id");
        await page.GetByLabel("证件号码或统一社会信用代码").FillAsync(IdNumber);
        await page.GetByLabel("联系电话").FillAsync("13995300000");
        await page.GetByLabel("信息名称").FillAsync(VagueTitle);
        await page.GetByLabel("信息的形式").SelectOptionAsync("Electronic");
        await page.GetByLabel("获取信息的方式").SelectOptionAsync("Online");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申请已提交" })).ToBeVisibleAsync();
        return (await FactAsync(page, "申请编号"), await FactAsync(page, "查询码"));
    }

    private static async Task LookUpAsync(IPage page, string number, string code)
    {
        await page.GotoAsync("/apply/status");
        await page.GetByLabel("申请编号").FillAsync(number);
        await page.GetByLabel("查询码").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(page.Locator("dl.facts")).ToContainTextAsync(number);
    }

    /// <summary>The value beside a term of the page's facts list.</summary>
    private static async Task<string> FactAsync(IPage page, string term) =>
        (await page.Locator("dl.facts dt", new() { HasTextRegex = new Regex($"^{Regex.Escape(term)}$") }).Locator("xpath=following-sibling::dd[1]").InnerTextAsync()).Trim();

    private async Task<IPage> SignInAsync(AccountRole role)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(RequestsBrowserFixture.UserName(role));
        await page.GetByLabel("密码").FillAsync(RequestsBrowserFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("/account/login"));
        return page;
    }

    /// <summary>Fills and submits the step form whose button is <paramref name="button"/>, and waits for the confirmation.</summary>
    private static async Task StepAsync(IPage page, string button, Func<ILocator, Task>? fill = null)
    {
        var submit = page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true });
        var form = page.Locator("form.step-form").Filter(new() { Has = submit });
        if (fill is not null) await fill(form);
        await submit.ClickAsync();
        var done = page.Locator(".alert-ok[role=status], .alert-error[role=alert]");
        await Expect(done).ToBeVisibleAsync();
        if (await done.GetAttributeAsync("role") == "alert")
            Assert.Fail($"{button}: {await done.InnerTextAsync()}");
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string button, string extension)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync());
        Assert.EndsWith(extension, download.SuggestedFilename);
        await using var stream = await download.CreateReadStreamAsync();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static string DocxText(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    private static string PdfText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        // PdfPig splits lines into words by gaps; Chinese has none between characters, so join without spaces.
        return string.Join("\n", pdf.GetPages().Select(p => string.Concat(p.GetWords().Select(w => w.Text))));
    }

    /// <summary>What the applicant must read in the letter: to whom, which request, what was sought, the outcome, why, and the remedy.</summary>
    private void AssertLetter(string text, string number)
    {
        foreach (var expected in new[]
                 {
                     "政府信息公开申请答复书", ApplicantName, number, CorrectedTitle, "部分内容不应当公开", "第三十七条", "商业秘密",
                     "行政复议", app.AgencyName,
                 })
            Assert.Contains(expected, text);
        Assert.DoesNotContain(VagueTitle, text);
        Assert.DoesNotContain(IdNumber, text);
    }
}
