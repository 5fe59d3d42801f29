using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Fees;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Workflow;
using static Gongkai.Core.Tests.Requests.RequestBuilders;

namespace Gongkai.Core.Tests.Requests;

/// <summary>
/// Every illegal step is refused with its named error — one test per error, named after it (<see cref="NamedErrorCoverageTests"/>
/// checks that none is missing). A refused step changes nothing.
/// </summary>
public class RequestWorkflowErrorTests
{
    private static DisclosureRequest Concluded()
    {
        var r = ApprovedReply(new ReplyDraft(Outcome.Disclosed, null));
        Ok(r.ReleaseReply(On("2023-03-20")));
        return r;
    }

    private static DisclosureRequest WithFeeNoticeSent()
    {
        var r = Received();
        Ok(r.ProposeFee(FeeMethod.PerPiece, 1, 10, null, On("2023-03-08")));
        Ok(r.ApproveFee(On("2023-03-09", Leader)));
        Ok(r.SendFeeNotice(On("2023-03-10")));
        return r;
    }

    // ---------------- state ----------------

    [Fact]
    public void RequestConcludedError_WhenAnythingHappensAfterTheReply()
    {
        var r = Concluded();
        var count = r.History.Count;
        var e = Refused<RequestConcludedError>(r.SendConsultation(ConsultedParty.ThirdParty, "某公司", On("2023-03-21")));
        Assert.Equal(Outcome.Disclosed, e.Outcome);
        Refused<RequestConcludedError>(r.Withdraw(null, On("2023-03-21", TheApplicant)));
        Assert.Equal(count, r.History.Count);
    }

    [Fact]
    public void RequestDiscardedError_WhenADiscardedSubmissionIsConfirmed()
    {
        var r = SubmittedOnline();
        Ok(r.Discard("重复提交", On("2023-03-06")));
        Refused<RequestDiscardedError>(r.ConfirmReceipt(On("2023-03-06")));
        Refused<RequestDiscardedError>(r.Deadline());
    }

    [Fact]
    public void ReceiptNotConfirmedError_WhenAnOnlineApplicationIsHandledBeforeReceiptIsConfirmed()
    {
        var r = SubmittedOnline();
        Refused<ReceiptNotConfirmedError>(r.RequestCorrection("请补正", null, On("2023-03-06")));
        Refused<ReceiptNotConfirmedError>(r.Deadline());
    }

    [Fact]
    public void ReceiptAlreadyConfirmedError_WhenAnInPersonApplicationIsConfirmed()
    {
        Refused<ReceiptAlreadyConfirmedError>(Received().ConfirmReceipt(On("2023-03-07")));
    }

    [Fact]
    public void ReceivedRequestCannotBeDiscardedError_WhenAReceivedRequestIsDiscarded()
    {
        Refused<ReceivedRequestCannotBeDiscardedError>(Received().Discard("不想办理", On("2023-03-07")));
    }

    [Fact]
    public void AwaitingCorrectionError_WhenReplyingWhileWaitingForTheCorrection()
    {
        var e = Refused<AwaitingCorrectionError>(AwaitingCorrection().DraftReply(new ReplyDraft(Outcome.Disclosed, null), On("2023-03-09")));
        Assert.Equal(D("2023-03-22"), e.PeriodEnds);
    }

    // ---------------- dates, people ----------------

    [Fact]
    public void EventDateInFutureError_WhenAStepIsDatedAfterItIsRecorded()
    {
        Refused<EventDateInFutureError>(Received().SendConsultation(ConsultedParty.ThirdParty, "某公司", On("2023-03-08").Dated(D("2023-03-09"))));
    }

    [Fact]
    public void EventDateTooEarlyError_WhenAnAnswerIsDatedBeforeItsConsultation()
    {
        var r = Received();
        Ok(r.SendConsultation(ConsultedParty.ThirdParty, "某公司", On("2023-03-08")));
        Refused<EventDateTooEarlyError>(r.RecordConsultationAnswer(1, ConsultationAnswer.Consents, On("2023-03-07")));
        Refused<EventDateTooEarlyError>(r.RequestCorrection("请补正", null, On("2023-03-05")));
    }

    [Fact]
    public void ApproverLacksRoleError_WhenAClerkApprovesAnExtension()
    {
        var e = Refused<ApproverLacksRoleError>(Received().ApproveExtension(10, "检索量大", On("2023-03-20", Clerk)));
        Assert.Equal(StaffRole.DisclosureOfficeHead, e.Required);
        Assert.Contains("政府信息公开工作机构负责人", e.MessageZh);
    }

    [Fact]
    public void ReasonRequiredError_WhenAReplyIsReturnedWithoutReasons()
    {
        var r = Received();
        Ok(r.DraftReply(new ReplyDraft(Outcome.Disclosed, null), On("2023-03-20")));
        Refused<ReasonRequiredError>(r.ReturnReply(ReplyApprovalStep.ConfidentialityReview, " ", On("2023-03-20", Reviewer)));
    }

    [Fact]
    public void IdentityNotCheckedError_WhenAPassportHolderIsAnsweredWithoutAManualCheck()
    {
        var r = ApprovedReply(new ReplyDraft(Outcome.Disclosed, null), request: Received(applicant: Foreigner()));
        Refused<IdentityNotCheckedError>(r.ReleaseReply(On("2023-03-20")));
    }

    [Fact]
    public void IdentityCheckNotNeededError_WhenTheIdNumberWasValidated()
    {
        Refused<IdentityCheckNotNeededError>(Received().RecordIdentityCheck("核对身份证", On("2023-03-06")));
    }

    [Fact]
    public void IdentityAlreadyCheckedError_WhenThePassportIsCheckedTwice()
    {
        var r = Received(applicant: Foreigner());
        Ok(r.RecordIdentityCheck("核对护照原件", On("2023-03-06")));
        Refused<IdentityAlreadyCheckedError>(r.RecordIdentityCheck("再次核对", On("2023-03-07")));
    }

    // ---------------- 第三十条 ----------------

    [Fact]
    public void CorrectionItemsMissingError_WhenTheNoticeDoesNotSayWhatToCorrect()
    {
        Refused<CorrectionItemsMissingError>(Received().RequestCorrection("  ", 10, On("2023-03-08")));
    }

    [Fact]
    public void CorrectionPeriodNotPositiveError_WhenThePeriodIsZero()
    {
        Refused<CorrectionPeriodNotPositiveError>(Received().RequestCorrection("请补正", 0, On("2023-03-08")));
    }

    [Fact]
    public void CorrectionRoundsExhaustedError_WhenAThirdNoticeIsSent()
    {
        var r = AwaitingCorrection();
        Ok(r.ReceiveCorrectedApplication(Info(), null, On("2023-03-13")));
        Ok(r.RequestCorrection("仍不明确", 5, On("2023-03-14")));
        Ok(r.ReceiveCorrectedApplication(Info(), null, On("2023-03-16")));
        Refused<CorrectionRoundsExhaustedError>(r.RequestCorrection("还是不明确", 5, On("2023-03-17")));
    }

    [Fact]
    public void CorrectionRoundsExhaustedError_WhenTheAgencyAllowsOnlyTheStatutorySingleNotice()
    {
        var r = Received(rules: Rules with { MaxCorrectionRounds = 1 });
        Ok(r.RequestCorrection("请补正", 5, On("2023-03-08")));
        Ok(r.ReceiveCorrectedApplication(Info(), null, On("2023-03-10")));
        Refused<CorrectionRoundsExhaustedError>(r.RequestCorrection("仍不明确", 5, On("2023-03-13")));
    }

    [Fact]
    public void NoCorrectionPendingError_WhenACorrectionArrivesThatWasNeverAsked()
    {
        Refused<NoCorrectionPendingError>(Received().ReceiveCorrectedApplication(Info(), null, On("2023-03-08")));
        Refused<NoCorrectionPendingError>(Received().DeemWithdrawn(On("2023-04-08")));
    }

    [Fact]
    public void CorrectionPeriodExpiredError_WhenTheCorrectionIsLateWithoutGoodReason()
    {
        var e = Refused<CorrectionPeriodExpiredError>(AwaitingCorrection().ReceiveCorrectedApplication(Info(), null, On("2023-03-23")));
        Assert.Equal(D("2023-03-22"), e.PeriodEnds);
    }

    [Fact]
    public void CorrectionPeriodNotExpiredError_WhenDeemedWithdrawnOnTheWeekendAfterTheLastDay()
    {
        var r = Received();
        Ok(r.RequestCorrection("请补正", 5, On("2023-03-10")));            // ends Fri 3-17
        var e = Refused<CorrectionPeriodNotExpiredError>(r.DeemWithdrawn(On("2023-03-18")));
        Assert.Equal(D("2023-03-20"), e.FirstDayAfter);
    }

    // ---------------- consultation ----------------

    [Fact]
    public void ConsultedPartyNameMissingError_WhenNoPartyIsNamed()
    {
        Refused<ConsultedPartyNameMissingError>(Received().SendConsultation(ConsultedParty.OtherAgency, "", On("2023-03-08")));
    }

    [Fact]
    public void ConsultationNotFoundError_WhenAnsweringAConsultationNeverSent()
    {
        Refused<ConsultationNotFoundError>(Received().RecordConsultationAnswer(1, ConsultationAnswer.Consents, On("2023-03-08")));
    }

    [Fact]
    public void ConsultationClosedError_WhenAnAnsweredConsultationIsAnsweredAgain()
    {
        var r = Received();
        Ok(r.SendConsultation(ConsultedParty.ThirdParty, "某公司", On("2023-03-08")));
        Ok(r.RecordConsultationAnswer(1, ConsultationAnswer.Consents, On("2023-03-10")));
        Refused<ConsultationClosedError>(r.RecordConsultationAnswer(1, ConsultationAnswer.Objects, On("2023-03-13")));
    }

    [Fact]
    public void ConsultationAlreadyDeliveredError_WhenDeliveryIsRecordedTwice()
    {
        var r = Received();
        Ok(r.SendConsultation(ConsultedParty.ThirdParty, "某公司", On("2023-03-08")));
        Ok(r.RecordConsultationDelivered(1, On("2023-03-09")));
        Refused<ConsultationAlreadyDeliveredError>(r.RecordConsultationDelivered(1, On("2023-03-10")));
    }

    [Fact]
    public void ConsultationNotExpiredError_WhenTheThirdPartyStillHasTime()
    {
        // Delivered 3-9: 15 wd → 10, 13…17, 20…24, 27…30 → limit 2023-03-30.
        var r = Received();
        Ok(r.SendConsultation(ConsultedParty.ThirdParty, "某公司", On("2023-03-08")));
        Ok(r.RecordConsultationDelivered(1, On("2023-03-09")));
        var e = Refused<ConsultationNotExpiredError>(r.RecordConsultationExpired(1, On("2023-03-30")));
        Assert.Equal(D("2023-03-30"), e.Limit);
    }

    [Fact]
    public void ConsultationStillOpenError_WhenReplyingBeforeTheThirdPartyCouldAnswer()
    {
        var r = Received();
        Ok(r.SendConsultation(ConsultedParty.ThirdParty, "某公司", On("2023-03-08")));
        ApprovedReply(new ReplyDraft(Outcome.Disclosed, null), request: r);
        Refused<ConsultationStillOpenError>(r.ReleaseReply(On("2023-03-20")));
    }

    // ---------------- 第三十三条 ----------------

    [Fact]
    public void ExtensionAlreadyGrantedError_WhenASecondExtensionIsAsked()
    {
        var r = Received();
        Ok(r.ApproveExtension(10, "检索量大", On("2023-03-27", OfficeHead)));
        Ok(r.NotifyExtension(On("2023-03-27")));
        var e = Refused<ExtensionAlreadyGrantedError>(r.ApproveExtension(10, "仍需时间", On("2023-04-10", OfficeHead)));
        Assert.Equal(10, e.WorkingDays);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void ExtensionOutOfRangeError_WhenTheExtensionIsNotOneToTwentyWorkingDays(int days)
    {
        Refused<ExtensionOutOfRangeError>(Received().ApproveExtension(days, "检索量大", On("2023-03-27", OfficeHead)));
    }

    [Fact]
    public void ExtensionNotApprovedError_WhenTheApplicantIsToldOfAnExtensionNobodyApproved()
    {
        Refused<ExtensionNotApprovedError>(Received().NotifyExtension(On("2023-03-27")));
    }

    [Fact]
    public void ExtensionAlreadyNotifiedError_WhenTheApplicantIsToldTwice()
    {
        var r = Received();
        Ok(r.ApproveExtension(10, "检索量大", On("2023-03-27", OfficeHead)));
        Ok(r.NotifyExtension(On("2023-03-27")));
        Refused<ExtensionAlreadyNotifiedError>(r.NotifyExtension(On("2023-03-28")));
    }

    // ---------------- 第三十五条 ----------------

    [Fact]
    public void BulkReasonsAlreadyAskedError_WhenReasonsAreAskedTwice()
    {
        var r = Received();
        Ok(r.AskReasonsForBulkRequests("本月第35件", On("2023-03-07")));
        Refused<BulkReasonsAlreadyAskedError>(r.AskReasonsForBulkRequests("本月第36件", On("2023-03-08")));
    }

    [Fact]
    public void BulkReasonsNotAskedError_WhenRequestsAreFoundUnreasonableWithoutAskingForReasons()
    {
        Refused<BulkReasonsNotAskedError>(Received().FindBulkRequestsUnreasonable("数量过多", On("2023-03-08")));
    }

    [Fact]
    public void BulkDecisionAlreadyMadeError_WhenTheReasonsAreAssessedTwice()
    {
        var r = Received();
        Ok(r.AskReasonsForBulkRequests("本月第35件", On("2023-03-07")));
        Ok(r.ReceiveBulkReasons("研究需要", On("2023-03-08")));
        Refused<BulkReasonsAlreadyAnsweredError>(r.ReceiveBulkReasons("补充理由", On("2023-03-09")));
        Ok(r.FindBulkRequestsReasonable(null, On("2023-03-09")));
        Refused<BulkDecisionAlreadyMadeError>(r.ReceiveBulkReasons("补充理由", On("2023-03-10")));
        Refused<BulkDecisionAlreadyMadeError>(r.FindBulkRequestsUnreasonable("改变认定", On("2023-03-10")));
    }

    [Fact]
    public void BulkDecisionPendingError_WhenReplyingBeforeTheReasonsAreAssessed()
    {
        var r = Received();
        Ok(r.AskReasonsForBulkRequests("本月第35件", On("2023-03-07")));
        ApprovedReply(new ReplyDraft(Outcome.Disclosed, null), request: r);
        Refused<BulkDecisionPendingError>(r.ReleaseReply(On("2023-03-20")));
    }

    [Fact]
    public void BulkReasonsAlreadyAnsweredError_WhenTheMissingAnswerIsRecordedAfterReasonsArrived()
    {
        var r = Received();
        Ok(r.AskReasonsForBulkRequests("本月第35件", On("2023-03-07"), 1));
        Ok(r.ReceiveBulkReasons("研究需要", On("2023-03-08")));
        Refused<BulkReasonsAlreadyAnsweredError>(r.RecordBulkReasonsNotGiven(On("2023-03-10")));
    }

    [Fact]
    public void BulkReasonsAwaitedError_WhenDecidingBeforeAnAnswerOrTheEndOfThePeriod()
    {
        var r = Received();
        Ok(r.AskReasonsForBulkRequests("本月第35件", On("2023-03-07"), 5));
        var e = Refused<BulkReasonsAwaitedError>(r.FindBulkRequestsUnreasonable("数量过多", On("2023-03-08")));
        Assert.Equal(D("2023-03-14"), e.ReasonsDue);
        Refused<BulkReasonsAwaitedError>(r.FindBulkRequestRepeated(RequestId.New(), "相同", On("2023-03-08")));
    }

    [Fact]
    public void BulkReasonsNotGivenError_WhenFindingReasonsReasonableThatWereNeverGiven()
    {
        var r = Received();
        Ok(r.AskReasonsForBulkRequests("本月第35件", On("2023-03-07"), 1));
        Ok(r.RecordBulkReasonsNotGiven(On("2023-03-09")));
        Refused<BulkReasonsNotGivenError>(r.FindBulkRequestsReasonable(null, On("2023-03-09")));
    }

    [Fact]
    public void BulkReasonsPeriodNotExpiredError_WhenRecordingNoAnswerWithinThePeriod()
    {
        var r = Received();
        Ok(r.AskReasonsForBulkRequests("本月第35件", On("2023-03-07"), 5));
        var e = Refused<BulkReasonsPeriodNotExpiredError>(r.RecordBulkReasonsNotGiven(On("2023-03-14")));
        Assert.Equal(D("2023-03-14"), e.ReasonsDue);
    }

    [Fact]
    public void BulkReasonsPeriodNotPositiveError_WhenThePeriodIsZero()
    {
        Refused<BulkReasonsPeriodNotPositiveError>(Received().AskReasonsForBulkRequests("本月第35件", On("2023-03-07"), 0));
    }

    [Fact]
    public void BulkDecisionRequiresRepeatedReplyError_WhenARepeatIsAnsweredWithAnotherOutcome()
    {
        var r = Received();
        Ok(r.AskReasonsForBulkRequests("与已答复申请相同", On("2023-03-07")));
        Ok(r.ReceiveBulkReasons("再次申请", On("2023-03-08")));
        Ok(r.FindBulkRequestRepeated(RequestId.New(), "所需信息相同", On("2023-03-08")));
        var e = Refused<BulkDecisionRequiresRepeatedReplyError>(r.DraftReply(new ReplyDraft(Outcome.Disclosed, null), On("2023-03-09")));
        Assert.Equal(Outcome.Disclosed, e.Drafted);
    }

    [Fact]
    public void LaterReplyDateTooEarlyError_WhenTheLaterDateIsNotAfterTheStatutoryDueDate()
    {
        var r = Received();
        Ok(r.AskReasonsForBulkRequests("本月第35件", On("2023-03-07")));
        Ok(r.ReceiveBulkReasons("研究需要", On("2023-03-08")));
        var e = Refused<LaterReplyDateTooEarlyError>(r.FindBulkRequestsReasonable(D("2023-04-03"), On("2023-03-09")));
        Assert.Equal(D("2023-04-03"), e.CurrentDue);
    }

    // ---------------- fee ----------------

    [Fact]
    public void FeeQuoteInvalidError_WhenThePageCountIsZero()
    {
        var e = Refused<FeeQuoteInvalidError>(Received().ProposeFee(FeeMethod.PerPage, 0, 0, null, On("2023-03-08")));
        Assert.Equal(FeeErrorKind.CountNotPositive, e.Detail.Kind);
    }

    [Fact]
    public void FeeIsZeroError_WhenTheApplicantIsWithinTheFreeTenPerMonth()
    {
        Refused<FeeIsZeroError>(Received().ProposeFee(FeeMethod.PerPiece, 1, 5, null, On("2023-03-08")));
    }

    [Fact]
    public void FeeAlreadyProposedError_WhenASecondProposalIsMadeBeforeTheFirstIsDecided()
    {
        var r = Received();
        Ok(r.ProposeFee(FeeMethod.PerPiece, 1, 10, null, On("2023-03-08")));
        Refused<FeeAlreadyProposedError>(r.ProposeFee(FeeMethod.PerPiece, 1, 11, null, On("2023-03-08")));
    }

    [Fact]
    public void BothFeeMethodsError_WhenAPerPageFeeFollowsAPerPieceFee()
    {
        var r = WithFeeNoticeSent();
        Ok(r.RecordFeePaid(On("2023-03-13")));
        var e = Refused<BothFeeMethodsError>(r.ProposeFee(FeeMethod.PerPage, 40, 0, null, On("2023-03-14")));
        Assert.Equal(FeeMethod.PerPiece, e.Charged);
    }

    [Fact]
    public void FeeAlreadyChargedError_WhenTheSameRequestIsChargedTwice()
    {
        var r = WithFeeNoticeSent();
        Refused<FeeAlreadyChargedError>(r.ProposeFee(FeeMethod.PerPiece, 1, 12, null, On("2023-03-13")));
        Refused<FeeAlreadyChargedError>(r.SendFeeNotice(On("2023-03-13")));
    }

    [Fact]
    public void FeeNotProposedError_WhenALeaderApprovesAFeeNobodyProposed()
    {
        Refused<FeeNotProposedError>(Received().ApproveFee(On("2023-03-08", Leader)));
        Refused<FeeNotProposedError>(Received().SendFeeNotice(On("2023-03-08")));
    }

    [Fact]
    public void FeeAlreadyApprovedError_WhenTheFeeIsApprovedTwice()
    {
        var r = Received();
        Ok(r.ProposeFee(FeeMethod.PerPiece, 1, 10, null, On("2023-03-08")));
        Ok(r.ApproveFee(On("2023-03-09", Leader)));
        Refused<FeeAlreadyApprovedError>(r.ApproveFee(On("2023-03-09", Leader)));
    }

    [Fact]
    public void FeeNotApprovedError_WhenTheNoticeGoesOutWithoutALeadersApproval()
    {
        var r = Received();
        Ok(r.ProposeFee(FeeMethod.PerPiece, 1, 10, null, On("2023-03-08")));
        Refused<FeeNotApprovedError>(r.SendFeeNotice(On("2023-03-08")));
    }

    [Fact]
    public void FeeNotAwaitingPaymentError_WhenPaymentIsRecordedWithoutANotice()
    {
        Refused<FeeNotAwaitingPaymentError>(Received().RecordFeePaid(On("2023-03-08")));
    }

    [Fact]
    public void PaymentPeriodNotExpiredError_WhenNonPaymentIsRecordedOnTheLastDayToPay()
    {
        var e = Refused<PaymentPeriodNotExpiredError>(WithFeeNoticeSent().RecordFeeNotPaidInTime(On("2023-04-10")));
        Assert.Equal(D("2023-04-10"), e.PaymentDue);
    }

    [Fact]
    public void FeeNoticePendingError_WhenReplyingBeforeTheFeeIsPaid()
    {
        var r = WithFeeNoticeSent();
        ApprovedReply(new ReplyDraft(Outcome.Disclosed, null), request: r);
        Refused<FeeNoticePendingError>(r.ReleaseReply(On("2023-03-20")));
    }

    // ---------------- reply ----------------

    [Theory]
    [InlineData(Outcome.CorrectionNotMade)]
    [InlineData(Outcome.FeeNotPaid)]
    [InlineData(Outcome.ExcessiveRequests)]
    public void OutcomeReservedForStepError_WhenAReplyCarriesAnOutcomeThatHasItsOwnStep(Outcome outcome)
    {
        var e = Refused<OutcomeReservedForStepError>(Received().DraftReply(new ReplyDraft(outcome, "理由"), On("2023-03-08")));
        Assert.Equal(outcome.Info().Step, e.Step);
    }

    [Fact]
    public void NoCorrectionReceivedError_WhenStillUnclearAfterCorrectionIsAnsweredWithoutAnyCorrection()
    {
        Refused<NoCorrectionReceivedError>(Received().DraftReply(new ReplyDraft(Outcome.StillUnclearAfterCorrection, "仍不明确"), On("2023-03-08")));
    }

    [Fact]
    public void RepeatedRequestReferenceMissingError_WhenARepeatedRequestDoesNotNameTheEarlierOne()
    {
        Refused<RepeatedRequestReferenceMissingError>(Received().DraftReply(new ReplyDraft(Outcome.RepeatedRequest, "重复申请"), On("2023-03-08")));
    }

    [Fact]
    public void ReplyReasonsMissingError_WhenWithholdingWithoutReasons()
    {
        var e = Refused<ReplyReasonsMissingError>(Received().DraftReply(new ReplyDraft(Outcome.WithheldStateSecret, null), On("2023-03-08")));
        Assert.Contains("条例第十四条", e.MessageZh);
    }

    [Fact]
    public void ReplyNotDraftedError_WhenReleasingWithoutADraft()
    {
        Refused<ReplyNotDraftedError>(Received().ReleaseReply(On("2023-03-08")));
        Refused<ReplyNotDraftedError>(Received().ApproveReply(ReplyApprovalStep.ConfidentialityReview, On("2023-03-08", Reviewer)));
    }

    [Fact]
    public void ApprovalStepNotRequiredError_WhenTheAgencyHasNoSuchStep()
    {
        var r = Received(rules: Rules with { ReplyApprovals = [ReplyApprovalStep.LeaderApproval] });
        Ok(r.DraftReply(new ReplyDraft(Outcome.Disclosed, null), On("2023-03-08")));
        Refused<ApprovalStepNotRequiredError>(r.ApproveReply(ReplyApprovalStep.ConfidentialityReview, On("2023-03-08", Reviewer)));
    }

    [Fact]
    public void ReplyStepAlreadyApprovedError_WhenTheSameReviewIsGivenTwice()
    {
        var r = Received();
        Ok(r.DraftReply(new ReplyDraft(Outcome.Disclosed, null), On("2023-03-08")));
        Ok(r.ApproveReply(ReplyApprovalStep.ConfidentialityReview, On("2023-03-08", Reviewer)));
        Refused<ReplyStepAlreadyApprovedError>(r.ApproveReply(ReplyApprovalStep.ConfidentialityReview, On("2023-03-09", Reviewer)));
    }

    [Fact]
    public void ApprovalOutOfOrderError_WhenTheLeaderApprovesBeforeTheConfidentialityReview()
    {
        var r = Received();
        Ok(r.DraftReply(new ReplyDraft(Outcome.Disclosed, null), On("2023-03-08")));
        var e = Refused<ApprovalOutOfOrderError>(r.ApproveReply(ReplyApprovalStep.LeaderApproval, On("2023-03-08", Leader)));
        Assert.Equal(ReplyApprovalStep.ConfidentialityReview, e.Missing);
    }

    [Fact]
    public void ReplyApprovalMissingError_WhenReleasingWithoutTheLeadersApproval()
    {
        var r = Received();
        Ok(r.DraftReply(new ReplyDraft(Outcome.Disclosed, null), On("2023-03-08")));
        Ok(r.ApproveReply(ReplyApprovalStep.ConfidentialityReview, On("2023-03-08", Reviewer)));
        var e = Refused<ReplyApprovalMissingError>(r.ReleaseReply(On("2023-03-09")));
        Assert.Equal(ReplyApprovalStep.LeaderApproval, e.Missing);
    }

    [Fact]
    public void OriginalRequestNotConcludedError_WhenReopeningARequestThatIsStillOpen()
    {
        var r = Received();
        var instruction = new Gongkai.Core.Appeals.ReopenedRequest(r.Id, Gongkai.Core.Appeals.AppealCaseId.New(), D("2023-05-10"), null);
        Refused<OriginalRequestNotConcludedError>(DisclosureRequest.Reopen(r, instruction, RequestId.New(), On("2023-05-10"), Rules));
    }
}
