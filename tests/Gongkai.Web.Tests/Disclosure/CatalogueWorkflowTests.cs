using Gongkai.Core;
using Gongkai.Core.Disclosure;
using Gongkai.Core.Disclosure.Registers;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;
using Gongkai.Core.Reporting.Prose;
using Gongkai.Data.Disclosure;
using Gongkai.Data.Persistence;
using Gongkai.Services.Access;
using Gongkai.Services.Disclosure;
using Gongkai.Services.Errors;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gongkai.Web.Tests.Disclosure.CatalogueWorld;

namespace Gongkai.Web.Tests.Disclosure;

/// <summary>The 三审 workflow, the public predicate, search and the year's statistics, on SQLite and on PostgreSQL.</summary>
public abstract class CatalogueWorkflowTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private readonly CatalogueWorld world = new(app);

    private Task<DomainResult<Guid>> Desk(Func<DisclosureDesk, Task<DomainResult<Guid>>> step) => world.With(step);

    [DatabaseFact]
    public async Task Item_SentBackFixedAndApprovedByBothReviewers_IsPublicWithAnIndexNumberFromTheAgencyRule()
    {
        var (agency, creditCode) = await world.AddAgencyAsync();
        var clerk = Clerk(agency);
        var id = Ok(await Desk(d => d.DraftAsync(clerk, world.Item("关于开展科技特派员培训的通知", "科技特派员开展技术培训。"))));
        Ok(await Desk(d => d.SubmitAsync(clerk, id)));
        Assert.Null(await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(id)));

        Ok(await Desk(d => d.SendBackAsync(Reviewer(agency), id, "请补充培训时间")));
        Ok(await Desk(d => d.EditAsync(clerk, id, world.Item("关于开展科技特派员培训的通知", "科技特派员开展技术培训，时间为三月。"))));
        Ok(await Desk(d => d.SubmitAsync(clerk, id)));
        Ok(await Desk(d => d.PassConfidentialityReviewAsync(Reviewer(agency), id, null)));
        Assert.Null(await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(id)));
        Ok(await Desk(d => d.ApproveAsync(Leader(agency), id, null, "同意发布")));

        var item = await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(id));
        Assert.NotNull(item);
        Assert.Equal($"{creditCode}/{world.Today.Year}-00001", item.Item.IndexNumber);
        Assert.Contains("时间为三月", item.Version.BodyHtml);
        var details = Ok(await world.With<DisclosureDesk, DomainResult<ItemDetails>>(d => d.GetAsync(clerk, id)));
        Assert.Equal(2, details.Item.Revisions.Count);
        Assert.Contains(details.History, e => e.Summary.Contains("请补充培训时间"));
    }

    [DatabaseFact]
    public async Task OtherAgencysDrafts_AreInvisible_AndStepsNeedTheirRole()
    {
        var (a, _) = await world.AddAgencyAsync();
        var (b, _) = await world.AddAgencyAsync();
        var id = Ok(await Desk(d => d.DraftAsync(Clerk(a), world.Item("内部草稿", "正文"))));

        var seenByB = await world.With<DisclosureDesk, DomainResult<ItemDetails>>(d => d.GetAsync(Clerk(b), id));
        Assert.IsAssignableFrom<INotFoundError>(seenByB.Error);
        Assert.IsAssignableFrom<INotFoundError>((await Desk(d => d.SubmitAsync(Clerk(b), id))).Error);
        var listOfB = Ok(await world.With<DisclosureDesk, DomainResult<IReadOnlyList<ItemListEntry>>>(d => d.ListAsync(Clerk(b), ItemQueue.All)));
        Assert.Empty(listOfB);

        Assert.IsAssignableFrom<IForbiddenError>((await Desk(d => d.DraftAsync(Reviewer(a), world.Item("审核人拟稿", "正文")))).Error);
        Ok(await Desk(d => d.SubmitAsync(Clerk(a), id)));
        Assert.IsAssignableFrom<IForbiddenError>((await Desk(d => d.PassConfidentialityReviewAsync(Clerk(a), id, null))).Error);
        Assert.IsAssignableFrom<IForbiddenError>((await Desk(d => d.ApproveAsync(StaffScope.ForAgency(a, AccountRole.Supervisor), id, null, null))).Error);
    }

    [DatabaseFact]
    public async Task Search_TwoWordsNotAdjacent_FindsAndRanksTheItemWithBothAboveTheItemWithOne_WithHighlights()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var one = await world.PublishAsync(agency, world.Item("农业科技示范园建设情况", "本年度建成示范园两处。"));
        var both = await world.PublishAsync(agency, world.Item("基层服务动态", "科技特派员开展技术培训"));
        var draft = Ok(await Desk(d => d.DraftAsync(Clerk(agency), world.Item("未发布的科技培训", "科技培训草稿"))));

        var results = await world.With<CatalogueSearch, SearchResults>(s => s.SearchAsync("科技 培训", agency, 1));

        Assert.Equal([both, one], results.Results.Select(r => r.Entry.ItemId));
        Assert.DoesNotContain(results.Results, r => r.Entry.ItemId == draft);
        Assert.Contains("<mark>科技</mark>", results.Results[0].SnippetHtml);
        Assert.Contains("<mark>培训</mark>", results.Results[0].SnippetHtml);
        Assert.Equal(2, results.Results[0].MatchedTerms);
    }

    [DatabaseFact]
    public async Task Withdrawal_TakesTheItemOffThePage_TheCatalogueAndSearch_AtOnce()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var id = await world.PublishAsync(agency, world.Item("撤回测试公告", "招标公告内容"));
        Assert.Single((await world.With<CatalogueSearch, SearchResults>(s => s.SearchAsync("招标", agency, 1))).Results);

        Ok(await Desk(d => d.WithdrawAsync(Leader(agency), id, "内容有误")));

        Assert.Null(await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(id)));
        Assert.Empty((await world.With<CatalogueSearch, SearchResults>(s => s.SearchAsync("招标", agency, 1))).Results);
        var catalogue = await world.With<PublicCatalogue, CataloguePage>(async c => await c.ListAsync((await c.AgencyAsync(agency))!, null, null, 1));
        Assert.Equal(0, catalogue.Total);
    }

    [DatabaseFact]
    public async Task ScheduledItem_IsPublicOnlyFromItsTime()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var at = app.Clock.GetUtcNow().AddDays(3);
        var id = await world.PublishAsync(agency, world.Item("定时发布的通知", "定时发布正文"), at);
        Assert.Null(await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(id)));

        app.Clock.Advance(TimeSpan.FromDays(3));

        Assert.NotNull(await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(id)));
        // The background job may have recorded it already; either way the status ends published.
        await world.With<DisclosureDesk, int>(d => d.PublishDueAsync());
        var details = Ok(await world.With<DisclosureDesk, DomainResult<ItemDetails>>(d => d.GetAsync(Clerk(agency), id)));
        Assert.Equal(ItemStatus.Published, details.Item.Status);
    }

    [DatabaseFact]
    public async Task Search_FindsAScheduledRevisionOnlyFromItsTime_AndTheRevisionItReplacesUntilThen()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var id = await world.PublishAsync(agency, world.Item("水利工程年度计划", "计划修建水库一座。"));
        var at = app.Clock.GetUtcNow().AddDays(2);
        Ok(await Desk(d => d.EditAsync(Clerk(agency), id, world.Item("水利工程年度计划（调整）", "计划改建桥梁两座。"))));
        Ok(await Desk(d => d.SubmitAsync(Clerk(agency), id)));
        Ok(await Desk(d => d.PassConfidentialityReviewAsync(Reviewer(agency), id, null)));
        Ok(await Desk(d => d.ApproveAsync(Leader(agency), id, at, null)));

        Assert.Equal([id], await FoundAsync("水库", agency));
        Assert.Empty(await FoundAsync("桥梁", agency));

        app.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Empty(await FoundAsync("水库", agency));
        Assert.Equal([id], await FoundAsync("桥梁", agency));
    }

    private async Task<List<Guid>> FoundAsync(string query, Guid agency) =>
        [.. (await world.With<CatalogueSearch, SearchResults>(s => s.SearchAsync(query, agency, 1))).Results.Select(r => r.Entry.ItemId)];

    [DatabaseFact]
    public async Task Search_FindsWordsThatOccurOnlyInAnAttachedDocx()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var docx = Docx("附件：枸杞种植技术要点");
        var reference = Ok(await world.With<FileStore, DomainResult<Gongkai.Core.Disclosure.Catalogue.AttachmentReference>>(f => f.StoreAsync("要点.docx", docx)));
        var id = await world.PublishAsync(agency, world.Item("种植技术资料", "详见附件。") with { Attachments = [reference] });

        var results = await world.With<CatalogueSearch, SearchResults>(s => s.SearchAsync("枸杞", agency, 1));

        Assert.Equal([id], results.Results.Select(r => r.Entry.ItemId));
        var page = await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(id));
        Assert.Equal("要点.docx", Assert.Single(page!.Attachments).FileName);
    }

    [DatabaseFact]
    public async Task Supersede_LinksBothVersions_AndMarksTheOlderAmended_Repeal_MarksRepealed()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var older = await world.PublishAsync(agency, world.Item("科技项目管理办法", "旧版", "art20-01"));
        var newer = await world.PublishAsync(agency, world.Item("科技项目管理办法（修订）", "新版", "art20-01"));
        var other = await world.PublishAsync(agency, world.Item("临时通知", "内容"));

        Ok(await Desk(d => d.SupersedeAsync(Clerk(agency), older, newer, null)));
        Ok(await Desk(d => d.RepealAsync(Clerk(agency), other, null, null)));

        var oldPage = await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(older));
        Assert.Equal(Validity.Amended, oldPage!.Item.Validity);
        Assert.Equal(newer, oldPage.SupersededBy?.ItemId);
        Assert.Equal(older, (await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(newer)))!.Supersedes?.ItemId);
        Assert.Equal(Validity.Repealed, (await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(other)))!.Item.Validity);
    }

    [DatabaseFact]
    public async Task SupersedeAndRepeal_AreTheClerksOfTheItemsAgency_NeedAPublishedNewerVersion_AndAreAudited()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var (other, _) = await world.AddAgencyAsync("红寺堡区教育局");
        var older = await world.PublishAsync(agency, world.Item("农机补贴办法", "旧版"));
        var draftNewer = Ok(await Desk(d => d.DraftAsync(Clerk(agency), world.Item("农机补贴办法（修订稿）", "新版"))));

        Assert.IsType<CatalogueItemNotFoundError>((await Desk(d => d.RepealAsync(Clerk(other), older, null, null))).Error);
        Assert.IsType<CatalogueItemNotFoundError>((await Desk(d => d.SupersedeAsync(Clerk(other), older, draftNewer, null))).Error);
        Assert.IsType<CatalogueRoleRequiredError>((await Desk(d => d.RepealAsync(Leader(agency), older, null, null))).Error);
        Assert.IsType<CatalogueRoleRequiredError>((await Desk(d => d.SupersedeAsync(StaffScope.ForAgency(agency, AccountRole.Supervisor), older, draftNewer, null))).Error);
        Assert.IsType<NewerVersionNotPublicError>((await Desk(d => d.SupersedeAsync(Clerk(agency), older, draftNewer, null))).Error);
        Assert.IsType<ItemNeverPublishedError>((await Desk(d => d.RepealAsync(Clerk(agency), draftNewer, null, null))).Error);
        Assert.Equal(Validity.InForce, (await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(older)))!.Item.Validity);
        var auditedBefore = await AuditEntriesOfAsync(older);

        Ok(await Desk(d => d.RepealAsync(Clerk(agency), older, world.Today, null)));

        Assert.IsType<ValidityAlreadyEndedError>((await Desk(d => d.RepealAsync(Clerk(agency), older, null, null))).Error);
        Assert.Equal(Validity.Repealed, (await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(older)))!.Item.Validity);
        Assert.True(await AuditEntriesOfAsync(older) > auditedBefore, "the repeal left no audit entry");
    }

    [DatabaseFact]
    public async Task RevisionDraftedFromAnItem_MarksTheOlderItemAmended_WhenItIsApproved()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var older = await world.PublishAsync(agency, world.Item("科技项目管理办法", "旧版"));
        var revision = Ok(await Desk(d => d.DraftRevisionAsync(Clerk(agency), older, world.Item("科技项目管理办法（修订）", "新版"))));
        Ok(await Desk(d => d.SubmitAsync(Clerk(agency), revision)));
        Ok(await Desk(d => d.PassConfidentialityReviewAsync(Reviewer(agency), revision, null)));
        Assert.Equal(Validity.InForce, (await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(older)))!.Item.Validity);

        Ok(await Desk(d => d.ApproveAsync(Leader(agency), revision, null, null)));

        var oldPage = (await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(older)))!;
        Assert.Equal(Validity.Amended, oldPage.Item.Validity);
        Assert.Equal(world.Today, oldPage.Item.ValidityEndedOn);
        Assert.Equal(revision, oldPage.SupersededBy?.ItemId);
        Assert.Equal(older, (await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(revision)))!.Supersedes?.ItemId);
    }

    [DatabaseFact]
    public async Task ScheduledRevision_LeavesTheOlderItemInForce_UntilItGoesPublic_ThenAmendsItFromThatDay()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var older = await world.PublishAsync(agency, world.Item("专家库管理规定", "旧版"));
        var publishAt = app.Clock.GetUtcNow().AddDays(3);
        var revision = await world.PublishAsync(agency, world.Item("专家库管理规定（修订）", "新版"), publishAt, revising: older);
        Assert.Equal(0, await world.With<DisclosureDesk, int>(d => d.PublishDueAsync()));
        Assert.Equal(Validity.InForce, (await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(older)))!.Item.Validity);

        app.Clock.Advance(TimeSpan.FromDays(5));
        Assert.Equal(1, await world.With<DisclosureDesk, int>(d => d.PublishDueAsync()));

        var oldPage = (await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(older)))!;
        Assert.Equal(Validity.Amended, oldPage.Item.Validity);
        Assert.Equal(Gongkai.Core.Calendar.ChinaStandardTime.DateOf(publishAt), oldPage.Item.ValidityEndedOn);
        Assert.Equal(revision, oldPage.SupersededBy?.ItemId);
    }

    [DatabaseFact]
    public async Task RevisionOfAnItemNoLongerInForce_OrOfAnotherAgency_IsRefused_AndALaterRepealIsNotUndone()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var (other, _) = await world.AddAgencyAsync("红寺堡区民政局");
        var older = await world.PublishAsync(agency, world.Item("资金使用办法", "旧版"));
        var draft = Ok(await Desk(d => d.DraftAsync(Clerk(agency), world.Item("未发布的办法", "草稿"))));

        Assert.IsType<CatalogueItemNotFoundError>((await Desk(d => d.DraftRevisionAsync(Clerk(other), older, world.Item("别的机关", "x")))).Error);
        Assert.IsType<ItemNeverPublishedError>((await Desk(d => d.DraftRevisionAsync(Clerk(agency), draft, world.Item("修订草稿", "x")))).Error);

        var revision = Ok(await Desk(d => d.DraftRevisionAsync(Clerk(agency), older, world.Item("资金使用办法（修订）", "新版"))));
        Ok(await Desk(d => d.RepealAsync(Clerk(agency), older, null, null)));
        Assert.IsType<ValidityAlreadyEndedError>((await Desk(d => d.DraftRevisionAsync(Clerk(agency), older, world.Item("再次修订", "x")))).Error);

        Ok(await Desk(d => d.SubmitAsync(Clerk(agency), revision)));
        Ok(await Desk(d => d.PassConfidentialityReviewAsync(Reviewer(agency), revision, null)));
        Ok(await Desk(d => d.ApproveAsync(Leader(agency), revision, null, null)));

        Assert.Equal(Validity.Repealed, (await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(older)))!.Item.Validity);
        Assert.Null((await world.With<PublicCatalogue, PublicItem?>(c => c.ItemAsync(revision)))!.Supersedes);
    }

    private async Task<int> AuditEntriesOfAsync(Guid itemId)
    {
        await using var scope = app.CreateScope();
        var id = itemId.ToString();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().AuditEntries.AsNoTracking()
            .CountAsync(e => e.RecordId.StartsWith(id) || e.RecordId.StartsWith(id.ToUpperInvariant()));
    }

    [DatabaseFact]
    public async Task LatePublications_AreCounted_FromEachVersionsFormedDate()
    {
        var (agency, _) = await world.AddAgencyAsync();
        await world.PublishAsync(agency, world.Item("按时发布", "内容"));
        await world.PublishAsync(agency, world.Item("逾期发布", "内容") with { GeneratedOn = world.Today.AddDays(-60) });

        var year = Ok(await world.With<ProactiveStatistics, DomainResult<ProactiveYear>>(s => s.ComputeAsync(Clerk(agency), agency, world.Today.Year)));

        Assert.Equal(2, year.LatePublications.Publications);
        Assert.Equal(1, year.LatePublications.Count);
    }

    [DatabaseFact]
    public async Task ProseTemplate_SectionOne_StatesHowManyItemsWerePublishedLate_AndPassesTheProseChecks()
    {
        var (agency, _) = await world.AddAgencyAsync();
        await world.PublishAsync(agency, world.Item("按时发布", "内容"));
        await world.PublishAsync(agency, world.Item("逾期发布一", "内容") with { GeneratedOn = world.Today.AddDays(-60) });
        await world.PublishAsync(agency, world.Item("逾期发布二", "内容") with { GeneratedOn = world.Today.AddDays(-45) });
        var (onTimeOnly, _) = await world.AddAgencyAsync("红寺堡区水务局");
        await world.PublishAsync(onTimeOnly, world.Item("按时发布", "内容"));

        var late = await AssembleAsync(agency);
        var onTime = await AssembleAsync(onTimeOnly);

        var overview = late.Template[SectionId.Overview];
        Assert.StartsWith("（一）信息主动公开情况\n", overview);
        Assert.Contains("全年有 2 条信息超过信息形成或者变更之日起 20 个工作日公开（条例第二十六条）。", overview);
        Assert.Contains("全年发布的主动公开信息均在信息形成或者变更之日起 20 个工作日内公开。", onTime.Template[SectionId.Overview]);
        Assert.DoesNotContain(late.Findings, f => f.RuleId.StartsWith('P') || f.RuleId == "R8");
    }

    private async Task<Gongkai.Services.Reporting.AssembledReport> AssembleAsync(Guid agency)
    {
        await using var scope = app.CreateScope();
        var assembler = scope.ServiceProvider.GetRequiredService<Gongkai.Services.Reporting.AnnualReportAssembler>();
        return Ok(await assembler.AssembleAsync(Leader(agency), agency, world.Today.Year));
    }

    private static byte[] Docx(string text)
    {
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)))));
        }
        return stream.ToArray();
    }

    [DatabaseFact]
    public async Task IndexNumbers_ApprovedConcurrently_AreUniqueAndConsecutive()
    {
        var (agency, code) = await world.AddAgencyAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var id = Ok(await Desk(d => d.DraftAsync(Clerk(agency), world.Item($"并发审批{i}", "正文"))));
            Ok(await Desk(d => d.SubmitAsync(Clerk(agency), id)));
            Ok(await Desk(d => d.PassConfidentialityReviewAsync(Reviewer(agency), id, null)));
            ids.Add(id);
        }
        var results = await Task.WhenAll(ids.Select(id => Desk(d => d.ApproveAsync(Leader(agency), id, null, null))));
        Assert.All(results, r => Assert.True(r.Succeeded, r.Error?.Code));

        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var numbers = await db.DisclosureItems().Where(i => i.AgencyId == agency).Select(i => i.IndexNumber!).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"{code}/{world.Today.Year}-{n:D5}").Order(), numbers.Order());
    }

    [DatabaseFact]
    public async Task RegisterImport_WithOneBadLine_StoresNothing_AndNamesTheLine()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var csv = "类别,名称,文号,制发日期\n行政规范性文件,甲办法,红科规〔2023〕1号,2023-03-01\n行政规范性文件,乙办法,红科规〔2023〕2号,2023-13-01\n";
        var result = await world.With<RegisterBook, DomainResult<int>>(r => r.ImportDocumentsAsync(Clerk(agency), "登记.csv", System.Text.Encoding.UTF8.GetBytes(csv)));

        var refused = Assert.IsType<RegisterImportRefusedError>(result.Error);
        Assert.Contains(refused.Lines, l => l.Line == 3);
        Assert.Empty(Ok(await world.With<RegisterBook, DomainResult<IReadOnlyList<RegisterEntry>>>(r => r.DocumentsAsync(Clerk(agency), agency))));
    }

    [DatabaseFact]
    public async Task YearStatistics_FromTheRecords_FillTable2AndSection1_AndPassTheReportChecks()
    {
        var (agency, _) = await world.AddAgencyAsync();
        var clerk = Clerk(agency);
        var csv = "类别,名称,文号,制发日期,废止日期\n行政规范性文件,甲办法,红科规〔2024〕1号,2024-01-10,\n行政规范性文件,乙办法,红科规〔2023〕4号,2023-05-01,2024-01-15\n";
        Assert.Equal(2, Ok(await world.With<RegisterBook, DomainResult<int>>(r => r.ImportDocumentsAsync(clerk, "登记.csv", System.Text.Encoding.UTF8.GetBytes(csv)))));
        var stats = "年度,行政许可,行政处罚,行政强制,收费金额（万元）\n2024,12,3,0,1.5\n";
        Assert.Equal(1, Ok(await world.With<RegisterBook, DomainResult<int>>(r => r.ImportStatisticsAsync(clerk, "统计.csv", System.Text.Encoding.UTF8.GetBytes(stats)))));
        // Items published now (January 2024): two on the portal, one only on the WeChat account.
        await world.PublishAsync(agency, world.Item("部门动态一", "内容"));
        await world.PublishAsync(agency, world.Item("公示公告一", "内容", "notices", "portal", "wechat"));
        await world.PublishAsync(agency, world.Item("微信推送一", "技术培训", "news", "wechat"));

        var year = Ok(await world.With<ProactiveStatistics, DomainResult<ProactiveYear>>(s => s.ComputeAsync(clerk, agency, 2024)));
        Assert.Equal(3, year.Summary.Total);
        Assert.Equal(1m, year.Table["t2.行政规范性文件.issued"]);
        Assert.Equal(1m, year.Table["t2.行政规范性文件.repealed"]);
        Assert.Equal(1.5m, year.Table["t2.行政事业性收费.amount_wan"]);

        var report = SampleReports.Consistent(new Random(7), ReportFormat.F2021);
        report.Year = 2024;
        var applied = Ok(year.ApplyTo(report));
        var blocking = ReportChecks.Run(applied).Where(f => f.IsBlocking).ToList();
        Assert.True(blocking.Count == 0, string.Join("; ", blocking.Select(f => f.ToString())));
        var prose = ProseFacts.ProactiveItems(applied);
        Assert.NotNull(prose);
        Assert.Contains("主动公开信息 3 条", applied.Sections[SectionId.Overview].Body);
    }
}

public sealed class SqliteCatalogueWorkflowTests(SqliteAppFixture app) : CatalogueWorkflowTests<SqliteAppFixture>(app);

public sealed class PostgresCatalogueWorkflowTests(PostgresAppFixture app) : CatalogueWorkflowTests<PostgresAppFixture>(app);
