using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Fees;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Workflow;
using static Gongkai.Core.Tests.Requests.RequestBuilders;

namespace Gongkai.Core.Tests.Requests;

/// <summary>
/// Every legal step of the workflow, as the 条例 describes it. Dates are derived by hand from holidays-cn.csv: received Mon
/// 2023-03-06 → due (20 wd) Mon 2023-04-03 (3-7…10, 13…17, 20…24, 27…31, 4-3); 2023-04-05 清明 is a holiday.
/// </summary>
public class RequestWorkflowTests
{
    // ---------------- 第三十一条 receipt ----------------

    [Fact]
    public void InPersonApplication_IsReceivedTheDayItIsHandedIn()
    {
        var r = Received("2023-03-06");
        Assert.Equal(RequestStatus.Open, r.Status);
        Assert.Equal(D("2023-03-06"), r.ReceivedOn);
        Assert.Equal(D("2023-04-03"), r.Deadline().Value.DueDate);
    }

    [Fact]
    public void PostedApplication_IsReceivedTheDayTheOrganSignsForIt_EvenWhenRecordedLater()
    {
        var acting = On("2023-03-07").Dated(D("2023-03-06"));
        var r = Ok(DisclosureRequest.Register(RequestId.New(), Person(), Info(), ReceiptChannel.Post, acting, Rules)).Request;
        Assert.Equal(D("2023-03-06"), r.ReceivedOn);
        Assert.Equal(D("2023-03-07"), DateOnly.FromDateTime(r.History[0].Stamp.RecordedAt.ToOffset(TimeSpan.FromHours(8)).DateTime));
    }

    [Fact]
    public void OnlineApplication_IsReceivedOnlyWhenReceiptIsConfirmed_AndKeepsItsSubmissionTimestamp()
    {
        // Submitted 2023-03-04 16:30 UTC = 2023-03-05 00:30 China time (a Sunday); confirmed Monday.
        var submittedAt = new DateTimeOffset(2023, 3, 4, 16, 30, 0, TimeSpan.Zero);
        var r = Ok(DisclosureRequest.Register(RequestId.New(), Person(), Info(), ReceiptChannel.Online,
            Acting.By(Actor.System, submittedAt), Rules, submittedAt)).Request;
        Assert.Equal(RequestStatus.AwaitingReceiptConfirmation, r.Status);
        Assert.Null(r.ReceivedOn);
        Assert.Null(r.Facts);
        Assert.Equal(D("2023-03-05"), r.ArrivedOn);

        var step = Ok(r.ConfirmReceipt(On("2023-03-06")));
        Assert.IsType<ReceiptConfirmed>(step.Event);
        Assert.Empty(step.Warnings);
        Assert.Equal(D("2023-03-06"), r.ReceivedOn);
        Assert.Equal(submittedAt, r.SubmittedAt);
        Assert.Equal(D("2023-04-03"), r.Deadline().Value.DueDate);
    }

    [Fact]
    public void OrdinaryLetter_ConfirmedAfterTheDayItArrived_IsReceivedOnConfirmation_WithAWarning()
    {
        var r = Ok(DisclosureRequest.Register(RequestId.New(), Person(), Info(), ReceiptChannel.Letter, On("2023-03-03"), Rules)).Request;
        var step = Ok(r.ConfirmReceipt(On("2023-03-06")));
        Assert.Equal(D("2023-03-06"), r.ReceivedOn);
        Assert.Equal(RequestWarningKind.LetterConfirmedAfterArrival, Assert.Single(step.Warnings).Kind);
    }

    [Fact]
    public void UnconfirmedSubmission_CanBeDiscarded_AndIsNeverCounted()
    {
        var r = SubmittedOnline();
        Ok(r.Discard("重复提交", On("2023-03-06")));
        Assert.Equal(RequestStatus.Discarded, r.Status);
        Assert.Null(r.Facts);
    }

    // ---------------- 第三十条 correction ----------------

    [Fact]
    public void CorrectionNotice_WithinSevenWorkingDays_WaitsForTheApplicant_AndStopsTheClock()
    {
        var r = Received();
        var step = Ok(r.RequestCorrection("请明确所需信息的年份", 10, On("2023-03-08")));
        var e = Assert.IsType<CorrectionRequested>(step.Event);
        Assert.Empty(step.Warnings);
        Assert.Equal(D("2023-03-15"), e.NoticeDue);       // 7 wd: 7, 8, 9, 10, 13, 14, 15
        Assert.Equal(D("2023-03-22"), e.PeriodEnds);      // 10 wd after 3-8: 9, 10, 13…17, 20, 21, 22
        Assert.Equal(RequestStatus.AwaitingCorrection, r.Status);
        Assert.Null(r.Deadline().Value.DueDate);
    }

    [Fact]
    public void CorrectionNotice_AfterSevenWorkingDays_IsStillRecorded_WithAWarning()
    {
        var step = Ok(Received().RequestCorrection("请明确所需信息的年份", null, On("2023-03-16")));
        Assert.Equal(RequestWarningKind.CorrectionNoticeLate, Assert.Single(step.Warnings).Kind);
        Assert.Equal(Gongkai.Core.Statute.DefaultCorrectionPeriodWorkingDays, ((CorrectionRequested)step.Event).PeriodWorkingDays);
    }

    [Fact]
    public void CorrectedApplication_RestartsTheReplyPeriodFromTheDayItIsReceived()
    {
        // Corrected Mon 3-20: 21…24 (4), 27…31 (9), 4-3, 4-4 (11), [4-5 清明], 6, 7 (13), 10…14 (18), 17, 18 (20).
        var r = AwaitingCorrection();
        var corrected = Info("2022年度重点研发项目资金分配结果");
        Ok(r.ReceiveCorrectedApplication(corrected, null, On("2023-03-20")));
        Assert.Equal(RequestStatus.Open, r.Status);
        Assert.Same(corrected, r.Information);
        var deadline = r.Deadline().Value;
        Assert.Equal(D("2023-03-20"), deadline.Statutory.Start);
        Assert.True(deadline.Statutory.RestartedByCorrection);
        Assert.Equal(D("2023-04-18"), deadline.DueDate);
    }

    [Fact]
    public void LateCorrection_WithAGoodReason_IsAccepted_WithAWarning()
    {
        var r = AwaitingCorrection();
        var step = Ok(r.ReceiveCorrectedApplication(Info(), "申请人住院治疗", On("2023-03-24")));
        Assert.Equal(RequestWarningKind.CorrectionReceivedAfterPeriod, Assert.Single(step.Warnings).Kind);
        Assert.Equal("申请人住院治疗", ((CorrectedApplicationReceived)step.Event).LateReasonZh);
    }

    [Fact]
    public void SecondCorrectionNotice_AfterTheFirstCorrection_IsAllowedByPractice_WithAWarning()
    {
        var r = AwaitingCorrection();
        Ok(r.ReceiveCorrectedApplication(Info(), null, On("2023-03-20")));
        var step = Ok(r.RequestCorrection("补正后仍未说明项目名称", 5, On("2023-03-21")));
        Assert.Equal(2, ((CorrectionRequested)step.Event).Round);
        Assert.Equal(RequestWarningKind.RepeatedCorrection, Assert.Single(step.Warnings).Kind);
    }

    [Fact]
    public void NoCorrectionWithinThePeriod_IsDeemedWithdrawn_OnTheFirstWorkingDayAfterThePeriod()
    {
        // Notice Fri 3-10 with 5 wd → period ends Fri 3-17; first working day after: Mon 3-20. Recorded on Wed 3-22.
        var r = Received();
        Ok(r.RequestCorrection("请明确所需信息", 5, On("2023-03-10")));
        var step = Ok(r.DeemWithdrawn(On("2023-03-22", Actor.System)));
        Assert.Equal(D("2023-03-17"), ((DeemedWithdrawn)step.Event).PeriodEnded);
        Assert.Equal(Outcome.CorrectionNotMade, r.Outcome);
        Assert.Equal(D("2023-03-20"), r.ConcludedOn);
        Assert.Equal("r3.6.1", r.Outcome!.Value.RowId());
    }

    [Fact]
    public void StillUnclearAfterCorrection_CanBeAnsweredOnceACorrectionWasReceived()
    {
        var r = AwaitingCorrection();
        Ok(r.ReceiveCorrectedApplication(Info(), null, On("2023-03-20")));
        ApprovedReply(new ReplyDraft(Outcome.StillUnclearAfterCorrection, "补正后仍无法确定所需信息"), "2023-03-27", r);
        Ok(r.ReleaseReply(On("2023-03-27")));
        Assert.Equal("r3.4.3", r.Outcome!.Value.RowId());
    }

    // ---------------- 第三十二条、第三十四条 consultation ----------------

    [Fact]
    public void ThirdPartyConsultation_TimeUntilTheAnswerIsNotCounted()
    {
        // Sent 3-8, answered 3-15: excluded 9, 10, 13, 14, 15 (5 wd) → 4-3 + 5 wd = 4, 6, 7, 10, 11 → 2023-04-11.
        var r = Received();
        Ok(r.SendConsultation(ConsultedParty.ThirdParty, "某某公司", On("2023-03-08")));
        Ok(r.RecordConsultationDelivered(1, On("2023-03-09")));
        Ok(r.RecordConsultationAnswer(1, ConsultationAnswer.Objects, On("2023-03-15")));
        var c = Assert.Single(r.Consultations);
        Assert.False(c.IsOpen);
        Assert.Equal(ConsultationAnswer.Objects, c.Answer);
        Assert.Equal(D("2023-04-11"), r.Deadline().Value.DueDate);
    }

    [Fact]
    public void OtherAgencySilentForFifteenWorkingDays_IsDeemedConsent()
    {
        // Sent 3-8: 15 wd → 9, 10, 13…17, 20…24, 27, 28, 29 → limit 2023-03-29.
        var r = Received();
        Ok(r.SendConsultation(ConsultedParty.OtherAgency, "县财政局", On("2023-03-08")));
        var step = Ok(r.RecordConsultationExpired(1, On("2023-03-30")));
        var e = Assert.IsType<ConsultationExpired>(step.Event);
        Assert.Equal(D("2023-03-29"), e.Limit);
        Assert.True(e.DeemedConsent);
        Assert.Contains("视为同意", e.SummaryZh);
    }

    [Fact]
    public void SilentThirdParty_LeavesTheDecisionToTheOrgan()
    {
        var r = Received();
        Ok(r.SendConsultation(ConsultedParty.ThirdParty, "李四", On("2023-03-08")));
        var e = (ConsultationExpired)Ok(r.RecordConsultationExpired(1, On("2023-03-30"))).Event;
        Assert.False(e.DeemedConsent);
    }

    // ---------------- 第三十三条 extension ----------------

    [Fact]
    public void Extension_ApprovedByTheDisclosureOfficeHead_CountsOnceTheApplicantIsTold()
    {
        // 4-3 + 10 wd: 4, [5 清明], 6, 7, 10…14, 17, 18 → 2023-04-18.
        var r = Received();
        Ok(r.ApproveExtension(10, "涉及多个年度档案，检索量大", On("2023-03-27", OfficeHead)));
        Assert.Equal(D("2023-04-03"), r.Deadline().Value.DueDate);
        Ok(r.NotifyExtension(On("2023-03-28")));
        Assert.True(r.Extension!.InForce);
        Assert.Equal(D("2023-04-18"), r.Deadline().Value.DueDate);
    }

    [Fact]
    public void Extension_ApprovedAfterTheDueDate_IsRecordedWithAWarning()
    {
        var step = Ok(Received().ApproveExtension(5, "检索量大", On("2023-04-04", OfficeHead)));
        Assert.Equal(RequestWarningKind.ExtensionApprovedAfterDueDate, Assert.Single(step.Warnings).Kind);
    }

    // ---------------- 第三十五条 bulk requests ----------------

    [Fact]
    public void BulkRequests_WithReasonableReasons_MayGetALaterReplyDate()
    {
        var r = Received();
        Ok(r.AskReasonsForBulkRequests("同一申请人本月第35件申请", On("2023-03-07")));
        Ok(r.ReceiveBulkReasons("系为撰写本区财政史研究，需逐年查阅", On("2023-03-13")));
        Ok(r.FindBulkRequestsReasonable(D("2023-05-31"), On("2023-03-14")));
        var deadline = r.Deadline().Value;
        Assert.Equal(D("2023-04-03"), deadline.Statutory.DueDate);
        Assert.Equal(D("2023-05-31"), deadline.DueDate);
        Assert.Contains(deadline.ExplanationZh, l => l.Contains("条例第三十五条") && l.Contains("2023年5月31日"));
    }

    [Fact]
    public void BulkRequests_WithUnreasonableReasons_AreNotHandled_RowR354()
    {
        var r = Received();
        Ok(r.AskReasonsForBulkRequests("同一申请人一个月内提出60件内容相近的申请", On("2023-03-07")));
        Ok(r.ReceiveBulkReasons("想了解情况", On("2023-03-10")));
        Ok(r.FindBulkRequestsUnreasonable("申请人未说明正当理由", On("2023-03-20")));
        Assert.Equal(Outcome.ExcessiveRequests, r.Outcome);
        Assert.Equal("r3.5.4", r.Outcome!.Value.RowId());
        Assert.Equal(D("2023-03-20"), r.ConcludedOn);
    }

    [Fact]
    public void BulkRequests_AskedWithAPeriod_WithoutAnAnswerInTime_AreNotHandled_RowR354()
    {
        var r = Received();
        var asked = (BulkReasonsAsked)Ok(r.AskReasonsForBulkRequests("同一申请人一周内提出40件申请", On("2023-03-07"), 5)).Event;
        Assert.Equal((5, D("2023-03-14")), (asked.PeriodWorkingDays, asked.ReasonsDue));
        Assert.Contains("至2023年3月14日", asked.SummaryZh);
        Ok(r.RecordBulkReasonsNotGiven(On("2023-03-15")));
        Assert.Equal(D("2023-03-15"), r.BulkReview!.NoReasonsRecordedOn);
        Ok(r.FindBulkRequestsUnreasonable("申请人逾期未说明理由", On("2023-03-15")));
        Assert.Equal("r3.5.4", r.Outcome!.Value.RowId());
    }

    [Fact]
    public void BulkRequests_AskedWithoutAPeriod_GetTheDefaultPeriodOfTheRules()
    {
        var r = Received();
        var asked = (BulkReasonsAsked)Ok(r.AskReasonsForBulkRequests("本月第35件", On("2023-03-07"))).Event;
        Assert.Equal(15, asked.PeriodWorkingDays);
        Assert.Equal(D("2023-03-28"), asked.ReasonsDue);
    }

    [Fact]
    public void BulkRequests_FoundToRepeatAnAnsweredRequest_AreAnsweredAsRepeated_RowR352()
    {
        var r = Received();
        var earlier = RequestId.New();
        Ok(r.AskReasonsForBulkRequests("与本月已答复的申请内容相同", On("2023-03-07")));
        Ok(r.ReceiveBulkReasons("再次申请同一文件", On("2023-03-08")));
        Ok(r.FindBulkRequestRepeated(earlier, "与已答复的申请所需信息相同", On("2023-03-09")));
        Assert.Equal(BulkDecision.RepeatedRequest, r.BulkReview!.Decision);
        Ok(r.DraftReply(new ReplyDraft(Outcome.RepeatedRequest, "已于2023年3月1日答复"), On("2023-03-09")));
        Assert.Equal(earlier, r.Draft!.RepeatOf);
        Ok(r.ApproveReply(ReplyApprovalStep.ConfidentialityReview, On("2023-03-09", Reviewer)));
        Ok(r.ApproveReply(ReplyApprovalStep.LeaderApproval, On("2023-03-09", Leader)));
        Ok(r.ReleaseReply(On("2023-03-10")));
        Assert.Equal("r3.5.2", r.Outcome!.Value.RowId());
        var rebuilt = DisclosureRequest.FromHistory(r.History, r.Rules);
        Assert.Equal(r.BulkReview, rebuilt.BulkReview);
    }

    // ---------------- 信息处理费 ----------------

    [Fact]
    public void Fee_IsProposedApprovedNotifiedAndPaid_AndTheWaitIsNotCounted()
    {
        // Notice Fri 3-10, paid Fri 3-17: excluded 13…17 (5 wd) → 4-3 + 5 wd = 4, 6, 7, 10, 11 → 2023-04-11.
        var r = Received();
        var proposed = (FeeProposed)Ok(r.ProposeFee(FeeMethod.PerPiece, 1, 10, null, On("2023-03-08"))).Event;
        Assert.Equal(100, proposed.Quote.Total);
        Ok(r.ApproveFee(On("2023-03-09", Leader)));
        var sent = (FeeNoticeSent)Ok(r.SendFeeNotice(On("2023-03-10"))).Event;
        Assert.Equal(D("2023-04-10"), sent.PaymentDue);   // 20 wd: 13…17, 20…24, 27…31, 4-3, 4-4, 6, 7, 10
        Ok(r.RecordFeePaid(On("2023-03-17")));
        Assert.Equal(FeeStage.Paid, r.Fee!.Stage);
        Assert.Equal(FeeMethod.PerPiece, r.ChargedMethod);
        Assert.Equal(D("2023-04-11"), r.Deadline().Value.DueDate);
    }

    [Fact]
    public void FeeNotPaidWithinTwentyWorkingDays_EndsTheRequest_RowR362()
    {
        var r = Received();
        Ok(r.ProposeFee(FeeMethod.PerPage, 31, 0, null, On("2023-03-08")));
        Ok(r.ApproveFee(On("2023-03-09", Leader)));
        Ok(r.SendFeeNotice(On("2023-03-10")));
        Ok(r.RecordFeeNotPaidInTime(On("2023-04-11", Actor.System)));
        Assert.Equal(Outcome.FeeNotPaid, r.Outcome);
        Assert.Equal("r3.6.2", r.Outcome!.Value.RowId());
    }

    [Fact]
    public void LatePayment_BeforeNonPaymentWasRecorded_IsAccepted_WithAWarning()
    {
        var r = Received();
        Ok(r.ProposeFee(FeeMethod.PerPage, 31, 0, null, On("2023-03-08")));
        Ok(r.ApproveFee(On("2023-03-09", Leader)));
        Ok(r.SendFeeNotice(On("2023-03-10")));
        var step = Ok(r.RecordFeePaid(On("2023-04-12")));
        Assert.Equal(RequestWarningKind.PaidAfterPaymentPeriod, Assert.Single(step.Warnings).Kind);
    }

    [Fact]
    public void RejectedFee_LeavesTheRequestFree_AndAnotherMethodMayBeProposed()
    {
        var r = Received();
        Ok(r.ProposeFee(FeeMethod.PerPiece, 1, 10, null, On("2023-03-08")));
        Ok(r.RejectFee("申请数量未明显超过合理范围", On("2023-03-09", Leader)));
        Assert.Null(r.Fee);
        Ok(r.ProposeFee(FeeMethod.PerPage, 40, 0, null, On("2023-03-10")));
        Assert.Equal(100, r.Fee!.Quote.Total);
    }

    // ---------------- reply ----------------

    [Fact]
    public void Reply_DraftedReviewedApprovedAndReleased_ConcludesWithItsOneOutcome()
    {
        var r = ApprovedReply(new ReplyDraft(Outcome.Disclosed, null));
        var step = Ok(r.ReleaseReply(On("2023-03-21")));
        Assert.Empty(step.Warnings);
        Assert.Equal(RequestStatus.Concluded, r.Status);
        Assert.Equal(Outcome.Disclosed, r.Outcome);
        Assert.Equal(D("2023-03-21"), r.ConcludedOn);
        Assert.Equal(new Gongkai.Core.Requests.Statistics.RequestFacts(
            Gongkai.Core.Requests.Intake.ApplicantKind.NaturalPerson, D("2023-03-06"), D("2023-03-21"), Outcome.Disclosed), r.Facts);
    }

    [Fact]
    public void ReturnedDraft_MustBeDraftedAgain_AndNeedsItsApprovalsAgain()
    {
        var r = Received();
        Ok(r.DraftReply(new ReplyDraft(Outcome.PartlyDisclosed, "部分内容涉及个人隐私"), On("2023-03-20")));
        Ok(r.ApproveReply(ReplyApprovalStep.ConfidentialityReview, On("2023-03-20", Reviewer)));
        Ok(r.ReturnReply(ReplyApprovalStep.LeaderApproval, "理由表述不充分", On("2023-03-21", Leader)));
        Assert.Null(r.Draft);
        Ok(r.DraftReply(new ReplyDraft(Outcome.PartlyDisclosed, "部分内容涉及个人隐私，依据条例第十五条不予公开"), On("2023-03-22")));
        Assert.Equal(2, r.DraftRevision);
        Assert.Empty(r.DraftApprovals);
    }

    [Fact]
    public void AgencyWithoutApprovalSteps_ReleasesTheReplyAsDrafted()
    {
        var r = Received(rules: Rules with { ReplyApprovals = [] });
        Ok(r.DraftReply(new ReplyDraft(Outcome.PublicationRequested, "所需信息已刊登于政府公报2023年第2期"), On("2023-03-07")));
        Ok(r.ReleaseReply(On("2023-03-07")));
        Assert.Equal("r3.5.3", r.Outcome!.Value.RowId());
    }

    [Fact]
    public void ReplyAfterTheDeadline_IsStillGiven_WithAWarning()
    {
        var r = ApprovedReply(new ReplyDraft(Outcome.NotHeld, "经检索，本机关未制作或获取该信息"), "2023-04-03");
        var step = Ok(r.ReleaseReply(On("2023-04-04")));
        Assert.Equal(RequestWarningKind.ReplyAfterDueDate, Assert.Single(step.Warnings).Kind);
    }

    [Fact]
    public void RepeatedRequest_IsAnsweredWithAReferenceToTheEarlierAnsweredRequest()
    {
        var earlier = RequestId.New();
        var r = ApprovedReply(new ReplyDraft(Outcome.RepeatedRequest, "已于2023年2月答复", earlier));
        Ok(r.ReleaseReply(On("2023-03-20")));
        Assert.Equal(earlier, r.Draft!.RepeatOf);
        Assert.Equal("r3.5.2", r.Outcome!.Value.RowId());
    }

    [Fact]
    public void PassportHolder_GetsTheReplyAfterAClerkCheckedTheDocument()
    {
        var r = Received(applicant: Foreigner());
        Ok(r.RecordIdentityCheck("核对护照原件，与申请人一致", On("2023-03-06")));
        ApprovedReply(new ReplyDraft(Outcome.Disclosed, null), request: r);
        Ok(r.ReleaseReply(On("2023-03-20")));
        Assert.True(r.IdentityChecked);
    }

    // ---------------- withdrawal ----------------

    [Fact]
    public void Withdrawal_ByTheApplicant_ConcludesAsOther_RowR363()
    {
        var r = AwaitingCorrection();
        Ok(r.Withdraw("已通过其他途径获取", On("2023-03-10", TheApplicant)));
        Assert.Equal(Outcome.OtherEnding, r.Outcome);
        Assert.Equal("r3.6.3", r.Outcome!.Value.RowId());
    }

    [Fact]
    public void WithdrawalBeforeReceiptWasConfirmed_DiscardsTheSubmission()
    {
        var r = SubmittedOnline();
        var step = Ok(r.Withdraw(null, On("2023-03-05", TheApplicant)));
        Assert.IsType<SubmissionDiscarded>(step.Event);
        Assert.Equal(RequestStatus.Discarded, r.Status);
        Assert.Null(r.Facts);
    }

    // ---------------- history ----------------

    [Fact]
    public void Request_RebuiltFromItsHistory_HasTheSameStateAndDeadline()
    {
        var r = Received();
        Ok(r.RequestCorrection("请明确年份", 10, On("2023-03-08")));
        Ok(r.ReceiveCorrectedApplication(Info("2022年项目"), null, On("2023-03-13")));
        Ok(r.SendConsultation(ConsultedParty.ThirdParty, "某公司", On("2023-03-14")));
        Ok(r.RecordConsultationAnswer(1, ConsultationAnswer.Consents, On("2023-03-16")));
        Ok(r.ApproveExtension(5, "检索量大", On("2023-03-17", OfficeHead)));
        Ok(r.NotifyExtension(On("2023-03-17")));
        ApprovedReply(new ReplyDraft(Outcome.Disclosed, null), "2023-03-20", r);
        Ok(r.ReleaseReply(On("2023-03-21")));

        var copy = DisclosureRequest.FromHistory(r.History, Rules);
        Assert.Equal(r.Facts, copy.Facts);
        Assert.Equal(r.Information, copy.Information);
        Assert.Equal(r.Corrections, copy.Corrections);
        Assert.Equal(r.Consultations, copy.Consultations);
        Assert.Equal(r.Extension, copy.Extension);
        Assert.Equal(r.DeadlineInput().Corrections, copy.DeadlineInput().Corrections);
        Assert.Equal(r.Deadline().Value.DueDate, copy.Deadline().Value.DueDate);
        Assert.All(r.History, e => Assert.False(string.IsNullOrWhiteSpace(e.SummaryZh)));
    }

    [Fact]
    public void History_FromAnotherRequest_IsRejectedAsABug()
    {
        var a = Received();
        var b = Received();
        Ok(b.SendConsultation(ConsultedParty.ThirdParty, "某公司", On("2023-03-07")));
        Assert.Throws<ArgumentException>(() => DisclosureRequest.FromHistory([a.History[0], b.History[1]], Rules));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void ActingNow_TakesTheChinaDateFromTheInjectedClock()
    {
        // 2023-03-05 17:00 UTC is already Monday 2023-03-06 01:00 in China.
        var acting = Acting.Now(Clerk, new FixedClock(new DateTimeOffset(2023, 3, 5, 17, 0, 0, TimeSpan.Zero)));
        Assert.Equal(D("2023-03-06"), acting.On);
        var r = Ok(DisclosureRequest.Register(RequestId.New(), Person(), Info(), ReceiptChannel.InPerson, acting, Rules)).Request;
        Assert.Equal(D("2023-03-06"), r.ReceivedOn);
    }
}
