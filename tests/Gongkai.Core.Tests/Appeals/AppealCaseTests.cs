using Gongkai.Core.Appeals;
using Gongkai.Core.Requests.Outcomes;
using Gongkai.Core.Requests.Workflow;
using static Gongkai.Core.Tests.Requests.RequestBuilders;

namespace Gongkai.Core.Tests.Appeals;

/// <summary>Appeal cases (条例第五十一条) and the 纠正 decision that orders a new answer (report-format.md §4.3).</summary>
public class AppealCaseTests
{
    private static readonly AppealOutcomeMapping Mapping = AppealOutcomeMapping.Default;

    private static DisclosureRequest AnsweredRequest()
    {
        var r = ApprovedReply(new ReplyDraft(Outcome.WithheldProcessInformation, "属于过程性信息"), "2023-03-20", Received("2023-03-06", Company()));
        Ok(r.ReleaseReply(On("2023-03-21")));
        return r;
    }

    /// <summary>Recorded on 2023-07-05, the day the decision reached the agency, and dated on the decision day.</summary>
    private static Acting DecidedOn(string iso) => On("2023-07-05").Dated(D(iso));

    private static AppealCase Filed(DisclosureRequest r, AppealKind kind = AppealKind.Reconsideration, string on = "2023-05-04") =>
        Ok(AppealCase.File(AppealCaseId.New(), kind, r.Id, r.ReceivedOn!.Value, "宁政复〔2023〕8号", On(on))).Case;

    [Fact]
    public void Reconsideration_FiledAndOpen_IsNotYetConcluded()
    {
        var c = Filed(AnsweredRequest());
        Assert.Equal(new AppealFacts(AppealKind.Reconsideration, D("2023-05-04"), null, null), c.Facts(Mapping));
        Assert.Equal("宁政复〔2023〕8号", c.CaseNumber);
    }

    [Fact]
    public void Upheld_CountsAsUpheld_AndOrdersNothing()
    {
        var c = Filed(AnsweredRequest());
        var step = Ok(c.Conclude(AppealDecision.Upheld, false, null, null, Mapping, On("2023-07-03")));
        Assert.Null(step.Reopen);
        Assert.Equal(AppealResult.Upheld, c.Result(Mapping));
        Assert.Equal(D("2023-07-03"), c.ConcludedOn);
    }

    [Fact]
    public void RevokedWithAnOrderToAnswerAgain_OpensANewRequest_ReceivedWhenTheDecisionArrives_InTheSameColumn()
    {
        // New request received Wed 2023-07-05: 20 wd → 6, 7, 10…14, 17…21, 24…28, 31, 8-1, 8-2 → 2023-08-02.
        var original = AnsweredRequest();
        var c = Filed(original);
        var step = Ok(c.Conclude(AppealDecision.Revoked, true, D("2023-07-05"), null, Mapping, DecidedOn("2023-07-03")));
        var reopen = Assert.IsType<ReopenedRequest>(step.Reopen);
        Assert.Equal(new ReopenedRequest(original.Id, c.Id, D("2023-07-05"), null), reopen);

        var again = Ok(DisclosureRequest.Reopen(original, reopen, RequestId.New(), On("2023-07-06"), Rules)).Request;
        Assert.Equal(D("2023-07-05"), again.ReceivedOn);
        Assert.Equal(original.Applicant, again.Applicant);
        Assert.Equal("c2", again.Applicant.ColumnId);
        Assert.Equal(original.Id, again.Reopening!.OriginalRequestId);
        Assert.Equal(Outcome.WithheldProcessInformation, original.Outcome);     // the original keeps its outcome
        var deadline = again.Deadline().Value;
        Assert.Equal(D("2023-08-02"), deadline.DueDate);
        Assert.Contains(deadline.ExplanationZh, l => l.StartsWith("复议决定或裁判责令重新答复", StringComparison.Ordinal));
    }

    [Fact]
    public void NewAnswer_WithAPeriodSetByTheDecision_IsDueOnThatDate()
    {
        var original = AnsweredRequest();
        var c = Filed(original, AppealKind.LitigationDirect);
        var reopen = Ok(c.Conclude(AppealDecision.OrderedToPerform, true, D("2023-07-05"), D("2023-07-20"), Mapping, DecidedOn("2023-07-03"))).Reopen!;
        var again = Ok(DisclosureRequest.Reopen(original, reopen, RequestId.New(), On("2023-07-06"), Rules)).Request;
        var deadline = again.Deadline().Value;
        Assert.Equal(D("2023-08-02"), deadline.Statutory.DueDate);
        Assert.Equal(D("2023-07-20"), deadline.DueDate);
    }

    [Theory]
    [InlineData(AppealDecision.Upheld, AppealResult.Upheld)]
    [InlineData(AppealDecision.Revoked, AppealResult.Corrected)]
    [InlineData(AppealDecision.ConfirmedUnlawful, AppealResult.Corrected)]
    [InlineData(AppealDecision.OrderedToPerform, AppealResult.Corrected)]
    [InlineData(AppealDecision.Varied, AppealResult.Corrected)]
    [InlineData(AppealDecision.Rejected, AppealResult.Other)]
    [InlineData(AppealDecision.Terminated, AppealResult.Other)]
    [InlineData(AppealDecision.Withdrawn, AppealResult.Other)]
    [InlineData(AppealDecision.Settled, AppealResult.Other)]
    public void DefaultMapping_FollowsReportFormatSection5(AppealDecision decision, AppealResult result)
    {
        Assert.Equal(result, Mapping.ResultOf(decision));
    }

    [Fact]
    public void Mapping_IsConfigurable_ForTheUnverifiedAssignments()
    {
        var c = Filed(AnsweredRequest(), AppealKind.LitigationAfterReconsideration);
        Ok(c.Conclude(AppealDecision.Rejected, false, null, null, Mapping, On("2023-07-03")));
        Assert.Equal(AppealResult.Other, c.Result(Mapping));
        Assert.Equal(AppealResult.Upheld, c.Result(Mapping.With(AppealDecision.Rejected, AppealResult.Upheld)));
    }

    [Fact]
    public void Case_RebuiltFromItsHistory_HasTheSameFacts()
    {
        var c = Filed(AnsweredRequest());
        Ok(c.Conclude(AppealDecision.Revoked, true, D("2023-07-05"), null, Mapping, DecidedOn("2023-07-03")));
        var copy = AppealCase.FromHistory(c.History);
        Assert.Equal(c.Facts(Mapping), copy.Facts(Mapping));
        Assert.Equal(c.DecisionReceivedOn, copy.DecisionReceivedOn);
        Assert.All(c.History, e => Assert.False(string.IsNullOrWhiteSpace(e.SummaryZh)));
    }

    [Fact]
    public void EventDateTooEarlyError_WhenTheCaseIsFiledBeforeTheRequestWasReceived()
    {
        var r = AnsweredRequest();
        Refused<EventDateTooEarlyError>(AppealCase.File(AppealCaseId.New(), AppealKind.Reconsideration, r.Id, r.ReceivedOn!.Value, null, On("2023-03-01")));
    }

    [Fact]
    public void AppealAlreadyConcludedError_WhenACaseIsConcludedTwice()
    {
        var c = Filed(AnsweredRequest());
        Ok(c.Conclude(AppealDecision.Upheld, false, null, null, Mapping, On("2023-07-03")));
        Refused<AppealAlreadyConcludedError>(c.Conclude(AppealDecision.Revoked, false, null, null, Mapping, On("2023-07-04")));
    }

    [Fact]
    public void NewAnswerNeedsCorrectedResultError_WhenAnUpheldDecisionOrdersANewAnswer()
    {
        Refused<NewAnswerNeedsCorrectedResultError>(Filed(AnsweredRequest()).Conclude(AppealDecision.Upheld, true, D("2023-07-05"), null, Mapping, On("2023-07-05")));
    }

    [Fact]
    public void DecisionReceivedDateMissingError_WhenANewAnswerIsOrderedWithoutTheDayTheDecisionArrived()
    {
        Refused<DecisionReceivedDateMissingError>(Filed(AnsweredRequest()).Conclude(AppealDecision.Revoked, true, null, null, Mapping, On("2023-07-03")));
    }

    [Fact]
    public void DecisionReceivedBeforeDecisionError_WhenTheDecisionArrivesBeforeItWasMade()
    {
        Refused<DecisionReceivedBeforeDecisionError>(Filed(AnsweredRequest()).Conclude(AppealDecision.Revoked, true, D("2023-07-01"), null, Mapping, On("2023-07-03")));
    }

    [Fact]
    public void DecisionDueDateTooEarlyError_WhenThePeriodEndsBeforeTheDecisionArrives()
    {
        Refused<DecisionDueDateTooEarlyError>(Filed(AnsweredRequest()).Conclude(AppealDecision.Revoked, true, D("2023-07-05"), D("2023-07-05"), Mapping, On("2023-07-05")));
    }
}
