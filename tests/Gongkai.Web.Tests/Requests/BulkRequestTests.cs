using Gongkai.Core.Reporting;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Data.Requests;
using Gongkai.Services.Access;
using Gongkai.Services.Requests;
using Gongkai.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Requests;

/// <summary>条例第三十五条 from the duplicate evidence to table 三 (r3.5.2, r3.5.4), through the services and pages, on both databases.</summary>
public abstract class BulkRequestTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private readonly RequestTestKit kit = new(app);

    private static StaffScope Clerk(Guid a) => RequestTestKit.Clerk(a);

    private async Task<decimal?> CellAsync(Guid agency, string row)
    {
        var year = Acting.By(Actor.System, app.Clock.GetUtcNow()).On.Year;
        var table = (await kit.WithAsync<RequestQueries, Gongkai.Core.DomainResult<AnnualReport>>(q => q.RequestTableAsync(Clerk(agency), agency, year))).Value;
        return table.Number(ReportLayout.RequestCellId(row, ApplicantKind.NaturalPerson.ColumnId()));
    }

    [DatabaseFact]
    public async Task AnApplicantAskedForReasons_AnswersOnTheStatusPage_AndARepeatIsAnsweredAsRow352()
    {
        var (_, agency) = await kit.AgencyAsync();
        var first = await kit.ReceivedAsync(agency);
        await kit.StepsAsync(RequestTestKit.Everyone(agency), first.Id, new DraftReply(Outcome.Disclosed, null, null),
            new ApproveReply(ReplyApprovalStep.ConfidentialityReview), new ApproveReply(ReplyApprovalStep.LeaderApproval), new ReleaseReply());
        var second = await kit.ReceivedAsync(agency);

        var detail = (await kit.WithAsync<RequestQueries, Gongkai.Core.DomainResult<RequestDetail>>(q => q.DetailAsync(Clerk(agency), second.Id))).Value;
        Assert.Contains(detail.Similar.Matches, m => m.Earlier.Id.Value == first.Id);
        await kit.StepsAsync(Clerk(agency), second.Id, new AskReasonsForBulkRequests($"与已答复的申请{first.Number}内容相同", 5));

        var applicant = app.CreateClient();
        var lookup = await applicant.GetStringAsync("/apply/status");
        var status = await applicant.PostAsync("/apply/status", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(lookup),
            ["Number"] = second.Number, ["Code"] = second.LookupCode,
        }));
        var statusHtml = await status.Content.ReadAsStringAsync();
        Assert.Contains("要求说明理由", statusHtml);
        Assert.Contains($"与已答复的申请{first.Number}内容相同", statusHtml);
        var answered = await applicant.PostAsync("/apply/status?handler=Reasons", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(statusHtml),
            ["Number"] = second.Number, ["Code"] = second.LookupCode, ["BulkReasons"] = "上次答复后文件已修订，需要最新版本",
        }));
        var answeredHtml = await answered.Content.ReadAsStringAsync();
        Assert.Contains("您说明的理由已提交", answeredHtml);
        Assert.DoesNotContain("id=\"bulkreasons\"", answeredHtml);

        var staff = app.CreateStaffClient(agency, AccountRole.Clerk);
        var page = await staff.GetStringAsync($"/requests/{second.Id}");
        Assert.Contains("上次答复后文件已修订", page);
        Assert.Contains("value=\"find-bulk-request-repeated\"", page);

        await kit.StepsAsync(Clerk(agency), second.Id, new FindBulkRequestRepeated(first.Number, "所需信息与已答复的申请相同，文件未修订"));
        var wrong = await kit.StepAsync(Clerk(agency), second.Id, new DraftReply(Outcome.Disclosed, null, null));
        Assert.Equal("bulk-decision-requires-repeated-reply", wrong.Error?.Code);
        await kit.StepsAsync(RequestTestKit.Everyone(agency), second.Id, new DraftReply(Outcome.RepeatedRequest, "已于此前答复", null),
            new ApproveReply(ReplyApprovalStep.ConfidentialityReview), new ApproveReply(ReplyApprovalStep.LeaderApproval), new ReleaseReply());

        var done = (await kit.WithAsync<RequestQueries, Gongkai.Core.DomainResult<RequestDetail>>(q => q.DetailAsync(Clerk(agency), second.Id))).Value;
        Assert.Equal(new RequestId(first.Id), done.Request.Draft!.RepeatOf);
        Assert.Equal(1, await CellAsync(agency, "r3.5.2"));
        Assert.Equal(0, await CellAsync(agency, "r3.5.4"));
        Assert.Equal(1, await CellAsync(agency, "r3.1"));
    }

    [DatabaseFact]
    public async Task NoAnswerWithinThePeriod_ThenUnreasonable_IsCountedInRow354_AndEveryStepIsAudited()
    {
        var (_, agency) = await kit.AgencyAsync();
        var request = await kit.ReceivedAsync(agency);
        await kit.StepsAsync(Clerk(agency), request.Id, new AskReasonsForBulkRequests("一周内提出40件申请", 3));
        var early = await kit.StepAsync(Clerk(agency), request.Id, new RecordBulkReasonsNotGiven());
        Assert.Equal("bulk-reasons-period-not-expired", early.Error?.Code);

        kit.Advance(10);
        var staff = app.CreateStaffClient(agency, AccountRole.Clerk);
        var page = await staff.GetStringAsync($"/requests/{request.Id}");
        Assert.Contains("value=\"record-bulk-reasons-not-given\"", page);
        Assert.DoesNotContain("value=\"find-bulk-requests-unreasonable\"", page);
        await kit.StepsAsync(Clerk(agency), request.Id, new RecordBulkReasonsNotGiven());
        page = await staff.GetStringAsync($"/requests/{request.Id}");
        Assert.Contains("value=\"find-bulk-requests-unreasonable\"", page);
        Assert.DoesNotContain("value=\"find-bulk-requests-reasonable\"", page);
        await kit.StepsAsync(Clerk(agency), request.Id, new FindBulkRequestsUnreasonable("逾期未说明理由"));

        Assert.Equal(1, await CellAsync(agency, "r3.5.4"));
        var kinds = await kit.WithDbAsync(db => db.Set<RequestEventRecord>().Where(e => e.RequestId == request.Id).OrderBy(e => e.Sequence).Select(e => e.Kind).ToListAsync());
        Assert.Equal([nameof(RequestRegistered), nameof(ReceiptConfirmed), nameof(BulkReasonsAsked), nameof(BulkReasonsNotGiven), nameof(BulkRequestsFoundUnreasonable)], kinds);
        var ids = await kit.WithDbAsync(db => db.Set<RequestEventRecord>().Where(e => e.RequestId == request.Id).Select(e => e.Id).ToListAsync());
        var keys = ids.Select(i => i.ToString()).ToList();
        var audited = await kit.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.RecordType == nameof(RequestEventRecord) && keys.Contains(e.RecordId)));
        Assert.Equal(5, audited);
    }
}

public sealed class SqliteBulkRequestTests(SqliteAppFixture app) : BulkRequestTests<SqliteAppFixture>(app);

public sealed class PostgresBulkRequestTests(PostgresAppFixture app) : BulkRequestTests<PostgresAppFixture>(app);
