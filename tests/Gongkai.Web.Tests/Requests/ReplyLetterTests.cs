using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Services.Access;
using Gongkai.Services.Requests;
using Gongkai.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Gongkai.Web.Tests.Requests;

/// <summary>Reply letters: released only after the approvals, filled from the request, citing the article, read back from DOCX and PDF.</summary>
public abstract class ReplyLetterTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private readonly RequestTestKit kit = new(app);

    private async Task<(Guid Agency, SubmittedRequest Request)> DraftedAsync(Outcome outcome, string reasons)
    {
        var (_, agency) = await kit.AgencyAsync();
        var submitted = await kit.ReceivedAsync(agency);
        await kit.StepsAsync(RequestTestKit.Clerk(agency), submitted.Id, new DraftReply(outcome, reasons, null));
        return (agency, submitted);
    }

    private async Task ReleaseAsync(Guid agency, Guid id)
    {
        await kit.StepsAsync(StaffScope.ForAgency(agency, AccountRole.ConfidentialityReviewer), id, new ApproveReply(ReplyApprovalStep.ConfidentialityReview));
        await kit.StepsAsync(StaffScope.ForAgency(agency, AccountRole.ApprovingLeader), id, new ApproveReply(ReplyApprovalStep.LeaderApproval));
        await kit.StepsAsync(RequestTestKit.Clerk(agency), id, new ReleaseReply());
    }

    [DatabaseFact]
    public async Task TheLetter_IsNotAvailableBeforeRelease_ThenDownloadsAsDocxAndPdfCitingArticle37()
    {
        var (agency, request) = await DraftedAsync(Outcome.PartlyDisclosed, "第三部分涉及第三方商业秘密");
        var applicant = app.CreateClient();

        // The request exists; its letter is not issued yet: a state conflict, not a missing record.
        var early = await applicant.PostAsJsonAsync("/api/v1/requests/status/letter", new { number = request.Number, code = request.LookupCode, format = "docx" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        await ReleaseAsync(agency, request.Id);
        var docx = await applicant.PostAsJsonAsync("/api/v1/requests/status/letter", new { number = request.Number, code = request.LookupCode, format = "docx" });
        var pdf = await applicant.PostAsJsonAsync("/api/v1/requests/status/letter", new { number = request.Number, code = request.LookupCode, format = "pdf" });

        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("政府信息公开申请答复书", text);
            Assert.Contains("张三：", text);
            Assert.Contains("《中华人民共和国政府信息公开条例》第三十七条", text);
            Assert.Contains("第三部分涉及第三方商业秘密", text);
            Assert.Contains(request.Number, text);
        }
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var pdfText = string.Concat(document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
        Assert.Contains("政府信息公开申请答复书", pdfText);
        Assert.Contains("第三部分涉及第三方商业秘密", pdfText);
    }

    [DatabaseFact]
    public async Task AnAgencysOwnTemplate_IsUsedForItsLetters_AndAnIssuedLetterNeverChanges()
    {
        var (agency, request) = await DraftedAsync(Outcome.NotHeld, "经检索本机关档案");
        var clerk = RequestTestKit.Clerk(agency);
        var saved = await kit.WithAsync<ReplyLetterDesk, Gongkai.Core.DomainResult<LetterTemplateView>>(d =>
            d.SaveTemplateAsync(clerk, Outcome.NotHeld, "{申请人}：\n本局依据{条款}告知：{依据}。{理由}"));
        Assert.True(saved.Succeeded);

        await ReleaseAsync(agency, request.Id);
        await kit.WithAsync<ReplyLetterDesk, Gongkai.Core.DomainResult<LetterTemplateView>>(d => d.SaveTemplateAsync(clerk, Outcome.NotHeld, "改过的模板"));
        var file = (await kit.WithAsync<ReplyLetterDesk, Gongkai.Core.DomainResult<FileContent>>(d => d.ForStaffAsync(clerk, request.Id, LetterFormat.Docx))).Value;

        using var word = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("本局依据《中华人民共和国政府信息公开条例》第三十六条第四项、第五项告知", text);
        Assert.DoesNotContain("改过的模板", text);
        Assert.Equal("政府信息公开申请告知书-" + request.Number + ".docx", file.FileName);
    }

    [DatabaseFact]
    public async Task Templates_AreEditedOnlyByTheAgencysClerks()
    {
        var (agency, _) = await kit.AgencyAsync();

        var byReviewer = await kit.WithAsync<ReplyLetterDesk, Gongkai.Core.DomainResult<LetterTemplateView>>(d =>
            d.SaveTemplateAsync(StaffScope.ForAgency(agency, AccountRole.ConfidentialityReviewer), Outcome.Disclosed, "x"));
        var empty = await kit.WithAsync<ReplyLetterDesk, Gongkai.Core.DomainResult<LetterTemplateView>>(d =>
            d.SaveTemplateAsync(RequestTestKit.Clerk(agency), Outcome.Disclosed, "  "));

        Assert.Equal("request-step-forbidden", byReviewer.Error?.Code);
        Assert.Equal("template-empty", empty.Error?.Code);
    }
}

public sealed class SqliteReplyLetterTests(SqliteAppFixture app) : ReplyLetterTests<SqliteAppFixture>(app);

public sealed class PostgresReplyLetterTests(PostgresAppFixture app) : ReplyLetterTests<PostgresAppFixture>(app);
