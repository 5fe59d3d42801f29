using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Fees;
using Gongkai.Core.Requests.Intake;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Workflow;
using Gongkai.Services.Access;
using Gongkai.Services.Requests;
using Gongkai.Web.Tests.Infrastructure;

namespace Gongkai.Web.Tests.Requests;

/// <summary>Every workflow step through the services, legal and illegal, on SQLite and PostgreSQL.</summary>
public abstract class RequestWorkflowTests<TFixture>(TFixture app) : IClassFixture<TFixture> where TFixture : GongkaiAppFixture
{
    private readonly RequestTestKit kit = new(app);

    private static StaffScope Clerk(Guid a) => RequestTestKit.Clerk(a);
    private static StaffScope Head(Guid a) => StaffScope.ForAgency(a, AccountRole.DisclosureOfficeHead);
    private static StaffScope Leader(Guid a) => StaffScope.ForAgency(a, AccountRole.ApprovingLeader);
    private static StaffScope Reviewer(Guid a) => StaffScope.ForAgency(a, AccountRole.ConfidentialityReviewer);

    [DatabaseFact]
    public async Task TheAcceptancePath_CorrectionConsultationExtensionPartialDisclosure_EndsConcludedAndVisibleToTheApplicant()
    {
        var (_, agency) = await kit.AgencyAsync();
        var submitted = (await kit.SubmitAsync(agency)).Value;
        var id = submitted.Id;

        await kit.StepsAsync(Clerk(agency), id, new ConfirmReceipt(), new RequestCorrection("请明确所需信息的年度和文件名称", null));
        var waiting = await kit.WithAsync<ApplicantDesk, Gongkai.Core.DomainResult<ApplicantStatus>>(d => d.StatusAsync(submitted.Number, submitted.LookupCode));
        Assert.Equal(RequestStatus.AwaitingCorrection, waiting.Value.Status);
        Assert.Equal("请明确所需信息的年度和文件名称", waiting.Value.PendingCorrection!.ItemsZh);

        var corrected = RequestTestKit.PersonForm("2023年度区级财政预算执行情况的报告（区财政局）");
        var correction = await kit.WithAsync<ApplicantDesk, Gongkai.Core.DomainResult<StepResult>>(d => d.SubmitCorrectionAsync(submitted.Number, submitted.LookupCode, corrected));
        Assert.True(correction.Succeeded, correction.Error?.Code);

        await kit.StepsAsync(Clerk(agency), id, new SendConsultation(ConsultedParty.ThirdParty, "某某建设有限公司"),
            new RecordConsultationDelivered(1), new RecordConsultationAnswer(1, ConsultationAnswer.Objects));
        await kit.StepsAsync(Head(agency), id, new ApproveExtension(10, "需征求第三方意见，内容较多"));
        await kit.StepsAsync(Clerk(agency), id, new NotifyExtension(), new DraftReply(Outcome.PartlyDisclosed, "涉及第三方商业秘密的部分不予公开", null));
        await kit.StepsAsync(Reviewer(agency), id, new ApproveReply(ReplyApprovalStep.ConfidentialityReview));
        await kit.StepsAsync(Leader(agency), id, new ApproveReply(ReplyApprovalStep.LeaderApproval));
        await kit.StepsAsync(Clerk(agency), id, new ReleaseReply());

        var status = (await kit.WithAsync<ApplicantDesk, Gongkai.Core.DomainResult<ApplicantStatus>>(d => d.StatusAsync(submitted.Number, submitted.LookupCode))).Value;
        Assert.Equal(RequestStatus.Concluded, status.Status);
        Assert.Equal(Outcome.PartlyDisclosed, status.Outcome);
        Assert.True(status.ReplyLetterAvailable);
        Assert.Equal("2023年度区级财政预算执行情况的报告（区财政局）", status.Information.Title);
        Assert.DoesNotContain(status.History, h => h.SummaryZh.Contains("保密审查"));
        var detail = (await kit.WithAsync<RequestQueries, Gongkai.Core.DomainResult<RequestDetail>>(q => q.DetailAsync(Clerk(agency), id))).Value;
        Assert.Equal(13, detail.History.Count);
        Assert.Equal(Outcome.PartlyDisclosed, detail.Request.Outcome);
    }

    [DatabaseFact]
    public async Task EveryOtherLegalStep_IsRecorded()
    {
        var (_, agency) = await kit.AgencyAsync();
        // discard an unconfirmed submission
        var spam = (await kit.SubmitAsync(agency)).Value;
        await kit.StepsAsync(Clerk(agency), spam.Id, new DiscardSubmission("重复提交"));
        // passport applicant: identity check; fee proposed, rejected, proposed again, approved, noticed, paid; bulk review reasonable; reply returned and redrafted
        var passport = RequestTestKit.PersonForm();
        passport.IdentityType = "other";
        passport.OtherDocumentType = OtherDocumentType.Passport;
        passport.IdentityNumber = "E12345678";
        var a = (await kit.ReceivedAsync(agency, passport)).Id;
        await kit.StepsAsync(Clerk(agency), a, new RecordIdentityCheck("核对护照原件一致"), new ProposeFee(FeeMethod.PerPage, 120));
        await kit.StepsAsync(Leader(agency), a, new RejectFee("页数核减后重新测算"));
        await kit.StepsAsync(Clerk(agency), a, new ProposeFee(FeeMethod.PerPage, 110));
        await kit.StepsAsync(Leader(agency), a, new ApproveFee());
        await kit.StepsAsync(Clerk(agency), a, new SendFeeNotice(), new RecordFeePaid(), new AskReasonsForBulkRequests("本月已提出40件内容相近的申请"),
            new ReceiveBulkReasons("为编写地方志逐年查阅"), new FindBulkRequestsReasonable(null), new DraftReply(Outcome.Disclosed, null, null));
        await kit.StepsAsync(Reviewer(agency), a, new ReturnReply(ReplyApprovalStep.ConfidentialityReview, "请补充获取方式"));
        await kit.StepsAsync(Clerk(agency), a, new DraftReply(Outcome.Disclosed, "通过政府网站获取", null));
        // withdrawal by the applicant on the status page and by a clerk; receipt of a correction by letter; bulk requests unreasonable
        var w = (await kit.ReceivedAsync(agency));
        Assert.True((await kit.WithAsync<ApplicantDesk, Gongkai.Core.DomainResult<StepResult>>(d => d.WithdrawAsync(w.Number, w.LookupCode, "已自行查到"))).Succeeded);
        var b = (await kit.ReceivedAsync(agency)).Id;
        await kit.StepsAsync(Clerk(agency), b, new RequestCorrection("请补充文号", 10),
            new ReceiveCorrection("某文件", "某发〔2023〕1号", null, InformationForm.Paper, DeliveryMethod.Post, null), new WithdrawRequest("来信撤回"));
        var c = (await kit.ReceivedAsync(agency)).Id;
        await kit.StepsAsync(Clerk(agency), c, new AskReasonsForBulkRequests("一周内提出200件"), new ReceiveBulkReasons("想看看"),
            new FindBulkRequestsUnreasonable("未说明正当理由"));
        // a repeated request names the earlier one by number
        var first = await kit.ReceivedAsync(agency);
        var repeat = (await kit.ReceivedAsync(agency)).Id;
        await kit.StepsAsync(Clerk(agency), repeat, new DraftReply(Outcome.RepeatedRequest, "已于此前答复", first.Number));
        // consultation of another organ expires (silence = consent), deemed withdrawal after the correction period, fee not paid in time
        var d = (await kit.ReceivedAsync(agency)).Id;
        var e = (await kit.ReceivedAsync(agency)).Id;
        var f = (await kit.ReceivedAsync(agency)).Id;
        await kit.StepsAsync(Clerk(agency), d, new SendConsultation(ConsultedParty.OtherAgency, "区财政局"));
        await kit.StepsAsync(Clerk(agency), e, new RequestCorrection("请说明所需信息", 5));
        await kit.StepsAsync(Clerk(agency), f, new ProposeFee(FeeMethod.PerPage, 50));
        await kit.StepsAsync(Leader(agency), f, new ApproveFee());
        await kit.StepsAsync(Clerk(agency), f, new SendFeeNotice());
        kit.Advance(40);
        await kit.StepsAsync(Clerk(agency), d, new RecordConsultationExpired(1));
        await kit.StepsAsync(Clerk(agency), e, new DeemWithdrawn());
        await kit.StepsAsync(Clerk(agency), f, new RecordFeeNotPaidInTime());

        var queue = (await kit.WithAsync<RequestQueries, Gongkai.Core.DomainResult<RequestQueue>>(q => q.QueueAsync(Clerk(agency)))).Value;
        Assert.Contains(queue.RecentlyConcluded, r => r.Id == e && r.Outcome == Outcome.CorrectionNotMade);
        Assert.Contains(queue.RecentlyConcluded, r => r.Id == f && r.Outcome == Outcome.FeeNotPaid);
        Assert.Contains(queue.RecentlyConcluded, r => r.Id == c && r.Outcome == Outcome.ExcessiveRequests);
        Assert.Contains(queue.Open, r => r.Id == d && r.DueDate > queue.Today);
    }

    /// <summary>Each case: the steps that set the request up (by the clerk unless a scope is named), the refused step, its error code.</summary>
    private static readonly Dictionary<string, (Func<Guid, (StaffScope, RequestCommand)[]> Setup, Func<Guid, (StaffScope, RequestCommand)> Step, string Code)> IllegalSteps = new()
    {
        ["confirm twice"] = (a => [], a => (Clerk(a), new ConfirmReceipt()), "receipt-already-confirmed"),
        ["deem withdrawn without correction"] = (a => [], a => (Clerk(a), new DeemWithdrawn()), "no-correction-pending"),
        ["deem withdrawn within the period"] = (a => [(Clerk(a), new RequestCorrection("请补充", null))], a => (Clerk(a), new DeemWithdrawn()), "correction-period-not-expired"),
        ["correction without items"] = (a => [], a => (Clerk(a), new RequestCorrection(" ", null)), "correction-items-missing"),
        ["consultation step while awaiting correction"] = (a => [(Clerk(a), new RequestCorrection("请补充", null))], a => (Clerk(a), new SendConsultation(ConsultedParty.ThirdParty, "某公司")), "awaiting-correction"),
        ["consultation expired too early"] = (a => [(Clerk(a), new SendConsultation(ConsultedParty.ThirdParty, "某公司"))], a => (Clerk(a), new RecordConsultationExpired(1)), "consultation-not-expired"),
        ["answer to no consultation"] = (a => [], a => (Clerk(a), new RecordConsultationAnswer(3, ConsultationAnswer.Consents)), "consultation-not-found"),
        ["extension by a clerk"] = (a => [], a => (Clerk(a), new ApproveExtension(10, "理由")), "request-step-forbidden"),
        ["extension twice"] = (a => [(Head(a), new ApproveExtension(10, "理由"))], a => (Head(a), new ApproveExtension(5, "再次")), "extension-already-granted"),
        ["extension too long"] = (a => [], a => (Head(a), new ApproveExtension(21, "理由")), "extension-out-of-range"),
        ["notify an extension never approved"] = (a => [], a => (Clerk(a), new NotifyExtension()), "extension-not-approved"),
        ["fee notice before approval"] = (a => [(Clerk(a), new ProposeFee(FeeMethod.PerPage, 50))], a => (Clerk(a), new SendFeeNotice()), "fee-not-approved"),
        ["fee approved by a clerk"] = (a => [(Clerk(a), new ProposeFee(FeeMethod.PerPage, 50))], a => (Clerk(a), new ApproveFee()), "request-step-forbidden"),
        ["fee of zero"] = (a => [], a => (Clerk(a), new ProposeFee(FeeMethod.PerPage, 10)), "fee-is-zero"),
        ["fee not paid before the period ends"] = (a => [(Clerk(a), new ProposeFee(FeeMethod.PerPage, 50)), (Leader(a), new ApproveFee()), (Clerk(a), new SendFeeNotice())],
            a => (Clerk(a), new RecordFeeNotPaidInTime()), "payment-period-not-expired"),
        ["release without a draft"] = (a => [], a => (Clerk(a), new ReleaseReply()), "reply-not-drafted"),
        ["release before approvals"] = (a => [(Clerk(a), new DraftReply(Outcome.Disclosed, null, null))], a => (Clerk(a), new ReleaseReply()), "reply-approval-missing"),
        ["leader before confidentiality review"] = (a => [(Clerk(a), new DraftReply(Outcome.Disclosed, null, null))],
            a => (Leader(a), new ApproveReply(ReplyApprovalStep.LeaderApproval)), "approval-out-of-order"),
        ["review by a clerk"] = (a => [(Clerk(a), new DraftReply(Outcome.Disclosed, null, null))],
            a => (Clerk(a), new ApproveReply(ReplyApprovalStep.ConfidentialityReview)), "request-step-forbidden"),
        ["withholding without reasons"] = (a => [], a => (Clerk(a), new DraftReply(Outcome.WithheldStateSecret, null, null)), "reply-reasons-missing"),
        ["a reply that is reserved for its own step"] = (a => [], a => (Clerk(a), new DraftReply(Outcome.CorrectionNotMade, "逾期", null)), "outcome-reserved-for-step"),
        ["repeated request naming an unknown number"] = (a => [], a => (Clerk(a), new DraftReply(Outcome.RepeatedRequest, "重复", "1999-00001")), "repeated-request-not-found"),
        ["discard a received request"] = (a => [], a => (Clerk(a), new DiscardSubmission("误收")), "received-request-cannot-be-discarded"),
        ["identity check not needed"] = (a => [], a => (Clerk(a), new RecordIdentityCheck("核对")), "identity-check-not-needed"),
        ["bulk decision before asking"] = (a => [], a => (Clerk(a), new FindBulkRequestsUnreasonable("理由")), "bulk-reasons-not-asked"),
        ["bulk decision before the answer or the end of the period"] = (a => [(Clerk(a), new AskReasonsForBulkRequests("本周第30件", 5))],
            a => (Clerk(a), new FindBulkRequestsUnreasonable("理由")), "bulk-reasons-awaited"),
        ["no answer recorded within the period"] = (a => [(Clerk(a), new AskReasonsForBulkRequests("本周第30件", 5))],
            a => (Clerk(a), new RecordBulkReasonsNotGiven()), "bulk-reasons-period-not-expired"),
        ["repeated request found naming an unknown number"] = (a => [(Clerk(a), new AskReasonsForBulkRequests("本周第30件")), (Clerk(a), new ReceiveBulkReasons("再申请"))],
            a => (Clerk(a), new FindBulkRequestRepeated("1999-00001", "重复")), "repeated-request-not-found"),
        ["repeated request found without naming the earlier one"] = (a => [(Clerk(a), new AskReasonsForBulkRequests("本周第30件")), (Clerk(a), new ReceiveBulkReasons("再申请"))],
            a => (Clerk(a), new FindBulkRequestRepeated(null, "重复")), "repeated-request-reference-missing"),
        ["any step after the end"] = (a => [(Clerk(a), new WithdrawRequest(null))], a => (Clerk(a), new SendConsultation(ConsultedParty.ThirdParty, "某公司")), "request-concluded"),
        ["a step dated in the future"] = (a => [], a => (Clerk(a), new SendConsultation(ConsultedParty.ThirdParty, "某公司") { On = new DateOnly(2099, 1, 1) }), "event-date-in-future"),
        ["a clerk of another agency"] = (a => [], a => (Clerk(Guid.NewGuid()), new ConfirmReceipt()), "request-not-found"),
    };

    [DatabaseFact]
    public async Task EveryIllegalStep_IsRefusedWithItsNamedError_AndNothingIsStored()
    {
        var (_, agency) = await kit.AgencyAsync();
        var mismatches = new List<string>();
        foreach (var (name, (setup, step, code)) in IllegalSteps)
        {
            var id = (await kit.ReceivedAsync(agency)).Id;
            foreach (var (scope, command) in setup(agency)) await kit.StepsAsync(scope, id, command);
            var before = await kit.EventCountAsync(id);

            var (by, refused) = step(agency);
            var result = await kit.StepAsync(by, id, refused);

            if (result.Error?.Code != code) mismatches.Add($"{name}: expected {code}, got {result.Error?.Code ?? "success"}");
            if (await kit.EventCountAsync(id) != before) mismatches.Add($"{name}: an event was stored");
        }
        Assert.Empty(mismatches);
    }

    [DatabaseFact]
    public async Task TheDetail_ShowsEarlierRequestsOfTheSameApplicantWithSimilarContent_AsEvidence()
    {
        var (_, agency) = await kit.AgencyAsync();
        var first = (await kit.SubmitAsync(agency, RequestTestKit.PersonForm("2023年度区级财政预算执行情况报告"))).Value;
        var other = RequestTestKit.PersonForm("全区公园绿化养护合同", RequestTestKit.IdNumber("11010519850101123"));
        other.Name = "王五";
        other.Phone = "13700000000";
        await kit.SubmitAsync(agency, other);
        var second = (await kit.SubmitAsync(agency, RequestTestKit.PersonForm("2023年度区级财政预算执行情况的报告"))).Value;

        var detail = (await kit.WithAsync<RequestQueries, Gongkai.Core.DomainResult<RequestDetail>>(q => q.DetailAsync(Clerk(agency), second.Id))).Value;

        var match = Assert.Single(detail.Similar.Matches);
        Assert.Equal(first.Id, match.Earlier.Id.Value);
        Assert.Equal(first.Number, detail.NumbersOfSimilar[first.Id]);
        Assert.Contains("同一申请人", match.EvidenceZh);
    }

    [DatabaseFact]
    public async Task BeforeReceipt_OnlyConfirmationDiscardOrWithdrawalIsPossible()
    {
        var (_, agency) = await kit.AgencyAsync();
        var id = (await kit.SubmitAsync(agency)).Value.Id;

        var result = await kit.StepAsync(Clerk(agency), id, new RequestCorrection("请补充", null));

        Assert.Equal("receipt-not-confirmed", result.Error?.Code);
        Assert.Equal(1, await kit.EventCountAsync(id));
    }

    [DatabaseFact]
    public async Task ASupervisorOfTheRegion_ReadsTheRequest_ButCannotAct()
    {
        var (region, agency) = await kit.AgencyAsync();
        var id = (await kit.ReceivedAsync(agency)).Id;
        var supervisor = new StaffScope(Guid.NewGuid(), "督查", region, [AccountRole.Supervisor], [agency]);

        var read = await kit.WithAsync<RequestQueries, Gongkai.Core.DomainResult<RequestDetail>>(q => q.DetailAsync(supervisor, id));
        var act = await kit.StepAsync(supervisor, id, new RequestCorrection("请补充", null));
        var strangerRead = await kit.WithAsync<RequestQueries, Gongkai.Core.DomainResult<RequestDetail>>(q => q.DetailAsync(Clerk(Guid.NewGuid()), id));

        Assert.True(read.Succeeded);
        Assert.Equal("request-step-forbidden", act.Error?.Code);
        Assert.Equal("request-not-found", strangerRead.Error?.Code);
    }

    [DatabaseFact]
    public async Task StatusLookup_WithAnotherRequestsCodeOrAWrongCode_RevealsNothing()
    {
        var (_, agency) = await kit.AgencyAsync();
        var one = (await kit.SubmitAsync(agency)).Value;
        var two = (await kit.SubmitAsync(agency)).Value;

        var crossed = await kit.WithAsync<ApplicantDesk, Gongkai.Core.DomainResult<ApplicantStatus>>(d => d.StatusAsync(one.Number, two.LookupCode));
        var wrong = await kit.WithAsync<ApplicantDesk, Gongkai.Core.DomainResult<ApplicantStatus>>(d => d.StatusAsync(one.Number, "AAAA-BBBB-CCCC-DDDD"));
        var right = await kit.WithAsync<ApplicantDesk, Gongkai.Core.DomainResult<ApplicantStatus>>(d => d.StatusAsync(one.Number, one.LookupCode.ToLowerInvariant().Replace("-", " ")));

        Assert.Equal("request-lookup-failed", crossed.Error?.Code);
        Assert.Equal("request-lookup-failed", wrong.Error?.Code);
        Assert.True(right.Succeeded);
    }
}

public sealed class SqliteRequestWorkflowTests(SqliteAppFixture app) : RequestWorkflowTests<SqliteAppFixture>(app);

public sealed class PostgresRequestWorkflowTests(PostgresAppFixture app) : RequestWorkflowTests<PostgresAppFixture>(app);
