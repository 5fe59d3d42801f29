using Gongkai.Core.Calendar;
using Gongkai.Core.Requests.Deadlines;
using Gongkai.Core.Requests.Fees;
using Gongkai.Core.Requests.Workflow;
using static Gongkai.Core.Tests.Requests.RequestBuilders;

namespace Gongkai.Core.Tests.Requests;

/// <summary>A request's deadline is the legal-time engine's answer to the request's own events, never a stored date.</summary>
public class RequestDeadlineTests
{
    [Fact]
    public void DeadlineInput_IsBuiltFromTheRequestsEvents()
    {
        var r = Received();
        Ok(r.RequestCorrection("请明确年份", 10, On("2023-03-08")));
        Ok(r.ReceiveCorrectedApplication(Info(), null, On("2023-03-13")));
        Ok(r.SendConsultation(ConsultedParty.OtherAgency, "县财政局", On("2023-03-14")));
        Ok(r.RecordConsultationDelivered(1, On("2023-03-15")));
        Ok(r.ApproveExtension(5, "检索量大", On("2023-03-16", OfficeHead)));
        Ok(r.ProposeFee(FeeMethod.PerPage, 35, 0, null, On("2023-03-16")));
        Ok(r.ApproveFee(On("2023-03-16", Leader)));
        Ok(r.SendFeeNotice(On("2023-03-17")));

        var input = r.DeadlineInput();
        Assert.Equal(D("2023-03-06"), input.Received);
        Assert.Equal(ReceiptChannel.InPerson, input.Channel);
        Assert.Equal([new CorrectionRound(D("2023-03-08"), D("2023-03-13"), 10)], input.Corrections);
        Assert.Equal([new Consultation(ConsultedParty.OtherAgency, D("2023-03-14"), null, D("2023-03-15"))], input.Consultations);
        Assert.Null(input.Extension);                               // approved, but the applicant has not been told
        Assert.Equal([new FeeNotice(D("2023-03-17"))], input.FeeNotices);

        Ok(r.NotifyExtension(On("2023-03-17")));
        Assert.Equal(new Extension(5, D("2023-03-16")), r.DeadlineInput().Extension);
        Assert.Equal(ReplyDeadlineEngine.Compute(r.DeadlineInput(), Cn).Deadline!.DueDate, r.Deadline().Value.DueDate);
    }

    [Fact]
    public void Deadline_FollowsTheConventionsGiven_FeeNoticeNotPausing()
    {
        // Notice Fri 3-10, paid Fri 3-17: with the default convention 5 wd are left out (due 4-11); without it the due date stays 4-3.
        var r = Received();
        Ok(r.ProposeFee(FeeMethod.PerPiece, 1, 10, null, On("2023-03-08")));
        Ok(r.ApproveFee(On("2023-03-09", Leader)));
        Ok(r.SendFeeNotice(On("2023-03-10")));
        Ok(r.RecordFeePaid(On("2023-03-17")));
        Assert.Equal(D("2023-04-11"), r.Deadline(Cn).Value.DueDate);
        Assert.Equal(D("2023-04-03"), r.Deadline(Cn, DeadlineConventions.Default with { FeeNoticePausesReplyPeriod = false }).Value.DueDate);
    }

    [Fact]
    public void Deadline_FollowsTheCalendarGiven_ALocalDayOffMovesIt()
    {
        var local = Cn.Merge([new CalendarEntry(D("2023-03-31"), CalendarEntryKind.Holiday, "本地假日", "测试市")]).Calendar!.ForRegion("测试市");
        var r = Received();
        Assert.Equal(D("2023-04-03"), r.Deadline(Cn).Value.DueDate);
        Assert.Equal(D("2023-04-04"), r.Deadline(local).Value.DueDate);
    }

    [Fact]
    public void Deadline_ExplainsItselfInChinese_WithTheArticle()
    {
        var lines = Received().Deadline().Value.ExplanationZh;
        Assert.Contains(lines, l => l.Contains("条例第三十一条第一项"));
        Assert.Contains(lines, l => l.Contains("条例第三十三条第二款"));
    }
}
