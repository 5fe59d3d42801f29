using Gongkai.Core.Calendar;
using Gongkai.Core.Requests.Deadlines;

namespace Gongkai.Core.Tests.Deadlines;

/// <summary>
/// Golden deadlines with events — correction (条例第三十条), consultations (第三十二条、第三十四条), extension (第三十三条),
/// fee notice — derived by hand from holidays-cn.csv. Notation as in <see cref="ReplyDeadlineGoldenTests"/>; "excl" marks a
/// working day inside an excluded span (sent &lt; d ≤ end).
/// </summary>
public class ReplyDeadlineEventTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    private static ReplyDeadline Compute(ReplyDeadlineInput input, DeadlineConventions? conventions = null)
    {
        var result = ReplyDeadlineEngine.Compute(input, WorkingDayCalendar.Default, conventions);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.MessageEn)));
        return result.Deadline!;
    }

    // ---------------- 补正 (Art 30) ----------------

    [Fact]
    public void DueDate_WhenCorrected_RestartsFromTheDayTheCorrectedApplicationIsReceived()
    {
        // Received Mon 2023-09-25; notice 09-27; corrected Mon 2023-10-09.
        // Notice due (7 wd): 26, 27, 28 (1–3); skip 29…10-06 hol; 07 adj (4), 08 adj (5), 09 (6), 10 (7) → 2023-10-10.
        // Reply from 10-09: 10–13 (1–4); 16–20 (5–9); 23–27 (10–14); 30, 31, 11-01, 02, 03 (15–19); 11-06 Mon (20).
        var d = Compute(new ReplyDeadlineInput(D("2023-09-25")) { Corrections = [new(D("2023-09-27"), D("2023-10-09"))] });

        Assert.Equal(D("2023-11-06"), d.DueDate);
        Assert.Equal(D("2023-10-10"), d.CorrectionNoticeDue);
        Assert.Equal(D("2023-10-09"), d.Start);
        Assert.True(d.RestartedByCorrection);
        Assert.Empty(d.Warnings);
        Assert.StartsWith("自2023年10月9日收到补正申请之日起算20个工作日", d.Summary);
    }

    [Fact]
    public void Summary_WhenCorrectedConsultedAndExtended_ReadsLikeTheIssueExample()
    {
        // Corrected Mon 2023-10-09 (as above). Third party sent Tue 10-10, answered Wed 10-18:
        // excl 11, 12, 13, 16, 17, 18 = 6 working days.
        // Walk from 10-09: 10 (1); excl 11–13, 16–18; 19, 20 (2–3); 23–27 (4–8); 30–11-03 (9–13); 06–10 (14–18); 13 (19), 14 (20)
        // → 2023-11-14 unextended. Extension 20: 15, 16, 17 (21–23); 20–24 (24–28); 27–12-01 (29–33); 12-04…08 (34–38);
        // 11 (39), 12 Tue (40) → 2023-12-12.
        var d = Compute(new ReplyDeadlineInput(D("2023-09-25"))
        {
            Corrections = [new(D("2023-09-27"), D("2023-10-09"))],
            Consultations = [new(ConsultedParty.ThirdParty, D("2023-10-10"), D("2023-10-18"))],
            Extension = new Extension(20),
        });

        Assert.Equal(D("2023-12-12"), d.DueDate);
        Assert.Equal(6, d.ExcludedWorkingDays);
        Assert.Equal(40, d.PeriodWorkingDays);
        Assert.Equal(
            "自2023年10月9日收到补正申请之日起算20个工作日；征求第三方意见期间（6个工作日）不计入；经批准延长20个工作日；至2023年12月12日届满",
            d.Summary);
    }

    [Fact]
    public void CorrectionNotice_SentAfterSevenWorkingDays_IsRecordedWithAWarning()
    {
        // Received Fri 2024-09-13. Notice due: 14 adj (1); skip 15–17 hol; 18, 19, 20 (2–4); 23, 24, 25 (5–7) → 2024-09-25.
        // Notice sent Fri 09-27: late by 26, 27 = 2 working days.
        // Corrected Tue 2024-10-08: 09, 10, 11 (1–3); 12 adj (4); 14–18 (5–9); 21–25 (10–14); 28–11-01 (15–19); 11-04 Mon (20).
        var d = Compute(new ReplyDeadlineInput(D("2024-09-13")) { Corrections = [new(D("2024-09-27"), D("2024-10-08"))] });

        Assert.Equal(D("2024-09-25"), d.CorrectionNoticeDue);
        Assert.Equal(D("2024-11-04"), d.DueDate);
        var warning = Assert.Single(d.Warnings);
        Assert.Equal(DeadlineWarningKind.CorrectionNoticeLate, warning.Kind);
        Assert.Contains("2个工作日", warning.MessageZh);
        Assert.Contains("提示：", d.Explanation);
    }

    [Fact]
    public void DueDate_WhenCorrectedInTheNextYear_CountsFromTheNewYearDate()
    {
        // Received Mon 2025-12-22; notice due: 23, 24, 25, 26 (1–4), 29, 30, 31 (5–7) → 2025-12-31. Notice 12-24.
        // Corrected Mon 2026-01-05: 06–09 (1–4); 12–16 (5–9); 19–23 (10–14); 26–30 (15–19); 02-02 Mon (20).
        var d = Compute(new ReplyDeadlineInput(D("2025-12-22")) { Corrections = [new(D("2025-12-24"), D("2026-01-05"))] });

        Assert.Equal(D("2025-12-31"), d.CorrectionNoticeDue);
        Assert.Equal(D("2026-02-02"), d.DueDate);
    }

    [Fact]
    public void Clock_WhileAwaitingCorrection_HasNoDueDateAndShowsTheCorrectionPeriod()
    {
        // Received 2023-04-03; notice Thu 04-06, default period 15 wd: 07 (1); 10–14 (2–6); 17–21 (7–11); 23 adj (12);
        // 24, 25 (13–14), 26 Wed (15) → 2023-04-26.
        var d = Compute(new ReplyDeadlineInput(D("2023-04-03")) { Corrections = [new(D("2023-04-06"), null)] });

        Assert.Equal(ReplyClockState.AwaitingCorrection, d.State);
        Assert.Null(d.DueDate);
        Assert.Equal(D("2023-04-26"), d.CorrectionDue);
        Assert.Contains("等待申请人补正", d.Standing(D("2023-04-20")).TextZh);
        Assert.Contains("视为放弃申请", d.Standing(D("2023-04-27")).TextZh);
    }

    [Fact]
    public void CorrectedApplication_ArrivingAfterTheCorrectionPeriod_RestartsTheClockWithAWarning()
    {
        // Received Fri 2024-03-01; notice Mon 03-04 with a 5-wd period: 05–08 (1–4), 11 (5) → 2024-03-11.
        // Corrected Wed 03-13 (late). From 03-13: 14, 15 (1–2); 18–22 (3–7); 25–29 (8–12); 04-01, 02, 03 (13–15);
        // skip 04–06 hol (清明); 07 adj (16); 08–11 (17–20) → 2024-04-11.
        var d = Compute(new ReplyDeadlineInput(D("2024-03-01")) { Corrections = [new(D("2024-03-04"), D("2024-03-13"), 5)] });

        Assert.Equal(D("2024-04-11"), d.DueDate);
        Assert.Equal(DeadlineWarningKind.CorrectionAfterPeriod, Assert.Single(d.Warnings).Kind);
    }

    [Fact]
    public void SecondCorrectionRound_IsRecordedWithAWarningAndRestartsFromTheLastCorrection()
    {
        // Received Wed 2023-03-01; first notice 03-02, corrected 03-06; second notice 03-07, corrected Wed 03-08.
        // From 03-08: 09, 10 (1–2); 13–17 (3–7); 20–24 (8–12); 27–31 (13–17); 04-03, 04 (18–19); skip 05 hol; 06 Thu (20).
        var d = Compute(new ReplyDeadlineInput(D("2023-03-01"))
        {
            Corrections = [new(D("2023-03-02"), D("2023-03-06")), new(D("2023-03-07"), D("2023-03-08"))],
        });

        Assert.Equal(D("2023-04-06"), d.DueDate);
        Assert.Equal(DeadlineWarningKind.RepeatedCorrection, Assert.Single(d.Warnings).Kind);
    }

    // ---------------- 征求意见 (Art 32, 34) ----------------

    [Fact]
    public void DueDate_WhenConsultationStraddlesNationalDay_ExcludesOnlyItsWorkingDays()
    {
        // Received Mon 2024-09-23. Third party sent Thu 09-26, answered Thu 10-10.
        // Excl: 27 Fri, 29 adj Sun, 30 Mon, (10-01…07 hol), 08, 09, 10 = 6 working days.
        // Walk: 24, 25, 26 (1–3); excl 27, 29, 30, 10-08, 09, 10; 11 (4); 12 adj (5); 14–18 (6–10); 21–25 (11–15);
        // 28–11-01 (16–20) → 2024-11-01.
        var d = Compute(new ReplyDeadlineInput(D("2024-09-23"))
        {
            Consultations = [new(ConsultedParty.ThirdParty, D("2024-09-26"), D("2024-10-10"))],
        });

        Assert.Equal(D("2024-11-01"), d.DueDate);
        var span = Assert.Single(d.ExcludedSpans);
        Assert.Equal(6, span.WorkingDaysExcluded);
        Assert.Contains("征求第三方意见期间（6个工作日）不计入", d.Summary);
        Assert.Contains("国庆节假期", d.Explanation);
    }

    [Fact]
    public void UnansweredConsultation_RunsToTheThirdPartysFifteenWorkingDayLimit()
    {
        // Received Mon 2025-04-21. Third party sent Wed 04-23, no answer.
        // Limit: 24, 25 (1–2); 27 adj (3); 28, 29, 30 (4–6); skip 05-01…05 hol; 06–09 (7–10); 12–16 (11–15) → 2025-05-16.
        // Walk: 22, 23 (1–2); excl 04-24 … 05-16 (15); 19–23 (3–7); 26–30 (8–12); skip 31, 06-01, 02 hol (端午);
        // 03–06 (13–16); 09–12 (17–20) → 2025-06-12.
        var d = Compute(new ReplyDeadlineInput(D("2025-04-21"))
        {
            Consultations = [new(ConsultedParty.ThirdParty, D("2025-04-23"))],
        });

        Assert.Equal(D("2025-06-12"), d.DueDate);
        var span = Assert.Single(d.ExcludedSpans);
        Assert.Equal(SpanEndReason.AnswerLimit, span.EndReason);
        Assert.Equal(D("2025-05-16"), span.End);
        Assert.Equal(15, span.WorkingDaysExcluded);
    }

    [Fact]
    public void UnansweredConsultation_WithAKnownDeliveryDay_RunsFifteenWorkingDaysFromDelivery()
    {
        // As above, but delivered Fri 04-25. Limit: 27 adj (1); 28, 29, 30 (2–4); skip 05-01…05 hol; 06–09 (5–8); 12–16 (9–13);
        // 19 (14), 20 Tue (15) → 2025-05-20. Excl 04-24, 25, 27–30, 05-06…09, 12–16, 19, 20 = 17.
        // Walk: 22, 23 (1–2); excl; 21, 22, 23 (3–5); 26–30 (6–10); skip 31, 06-01, 02 hol; 03–06 (11–14); 09–13 (15–19); 16 Mon (20).
        var d = Compute(new ReplyDeadlineInput(D("2025-04-21"))
        {
            Consultations = [new(ConsultedParty.ThirdParty, D("2025-04-23"), Delivered: D("2025-04-25"))],
        });

        Assert.Equal(D("2025-05-20"), d.ExcludedSpans[0].End);
        Assert.Equal(17, d.ExcludedWorkingDays);
        Assert.Equal(D("2025-06-16"), d.DueDate);
    }

    [Fact]
    public void OverlappingConsultations_AreExcludedOnceByDefault()
    {
        // Received Wed 2023-03-01 (plain due 03-29). Third party Mon 03-06 → Fri 03-10: excl 07, 08, 09, 10.
        // Other agency Wed 03-08 → Wed 03-15: excl 09, 10, 13, 14, 15. Union = 07, 08, 09, 10, 13, 14, 15 = 7 (09, 10 shared).
        // Walk: 02, 03, 06 (1–3); excl 07…15; 16, 17 (4–5); 20–24 (6–10); 27–31 (11–15); 04-03, 04 (16–17); skip 05 hol;
        // 06, 07 (18–19); 10 Mon (20) → 2023-04-10.
        var d = Compute(OverlapCase());

        Assert.Equal(D("2023-04-10"), d.DueDate);
        Assert.Equal(7, d.ExcludedWorkingDays);
        Assert.Contains("重叠", d.Explanation);
    }

    [Fact]
    public void OverlappingConsultations_CanBeCountedPerSpanByConvention()
    {
        // Same events; 4 + 5 = 9 excluded. Walk: 02, 03, 06 (1–3); excl 07…15 (7 days, 2 of them owing one more each);
        // 16, 17 repay the overlap; 20–24 (4–8); 27–31 (9–13); 04-03, 04 (14–15); skip 05 hol; 06, 07 (16–17);
        // 10, 11 (18–19), 12 Wed (20) → 2023-04-12.
        var d = Compute(OverlapCase(), DeadlineConventions.Default with { OverlappingSpansCountedOnce = false });

        Assert.Equal(D("2023-04-12"), d.DueDate);
        Assert.Equal(9, d.ExcludedWorkingDays);
    }

    private static ReplyDeadlineInput OverlapCase() => new(D("2023-03-01"))
    {
        Consultations =
        [
            new(ConsultedParty.ThirdParty, D("2023-03-06"), D("2023-03-10")),
            new(ConsultedParty.OtherAgency, D("2023-03-08"), D("2023-03-15")),
        ],
    };

    [Fact]
    public void LateAnswer_IsExcludedOnlyUpToTheFifteenWorkingDayLimit()
    {
        // Received Thu 2023-06-01 (plain due: 02 (1); 05–09 (6); 12–16 (11); 19, 20, 21 (14); skip 22–24 hol; 25 adj (15);
        // 26–30 (20) → 06-30). Third party sent Mon 06-05, answered Mon 07-10.
        // Limit: 06–09 (1–4); 12–16 (5–9); 19, 20, 21 (10–12); skip 22–24 hol; 25 adj (13); 26 (14), 27 Tue (15) → 2023-06-27.
        // Capped: excl 06-06 … 06-27 = 15. Walk: 02, 05 (1–2); excl; 28, 29, 30 (3–5); 07-03…07 (6–10); 10–14 (11–15);
        // 17–21 (16–20) → 2023-07-21.
        var d = Compute(LateAnswerCase());

        Assert.Equal(D("2023-07-21"), d.DueDate);
        Assert.Equal(SpanEndReason.AnsweredLateCappedAtLimit, d.ExcludedSpans[0].EndReason);
        Assert.Contains(d.Warnings, w => w.Kind == DeadlineWarningKind.ConsultationAnsweredLate);
    }

    [Fact]
    public void LateAnswer_WhenNotCapped_ExcludesTheWholeWait()
    {
        // Uncapped: excl 06-06 … 07-10 = 15 + 28, 29, 30 + 07-03…07 + 10 = 24.
        // Walk: 02, 05 (1–2); excl through 07-10; 11–14 (3–6); 17–21 (7–11); 24–28 (12–16); 31 (17); 08-01, 02, 03 (18–20) → 2023-08-03.
        var d = Compute(LateAnswerCase(), DeadlineConventions.Default with { ConsultationCappedAtLimit = false });

        Assert.Equal(D("2023-08-03"), d.DueDate);
        Assert.Equal(24, d.ExcludedWorkingDays);
    }

    private static ReplyDeadlineInput LateAnswerCase() => new(D("2023-06-01"))
    {
        Consultations = [new(ConsultedParty.ThirdParty, D("2023-06-05"), D("2023-07-10"))],
    };

    [Theory]
    // Received 2023-03-01, due Wed 03-29. Consultation sent Thu 03-30 (after the period ran out): not excluded.
    [InlineData("2023-03-30", "2023-04-03")]
    // Sent on the due date itself, Wed 03-29: its first excluded day would be 03-30, after the period ended at the close of 03-29.
    [InlineData("2023-03-29", "2023-04-04")]
    public void Consultation_StartedWhenThePeriodHadRunOut_DoesNotReviveIt(string sent, string answered)
    {
        var d = Compute(new ReplyDeadlineInput(D("2023-03-01"))
        {
            Consultations = [new(ConsultedParty.ThirdParty, D(sent), D(answered))],
        });

        Assert.Equal(D("2023-03-29"), d.DueDate);
        Assert.False(d.ExcludedSpans[0].Applied);
        Assert.Contains(d.Warnings, w => w.Kind == DeadlineWarningKind.SpanAfterDueDate);
    }

    [Fact]
    public void Consultation_BeforeTheCorrectedApplication_CountsOnlyAfterTheRestart()
    {
        // Received Wed 2023-03-01; notice 03-02; third party Fri 03-03 → Fri 03-10; corrected Wed 03-08.
        // Excluded after the restart only: 09, 10 = 2. Walk from 03-08: excl 09, 10; 13–17 (1–5); 20–24 (6–10); 27–31 (11–15);
        // 04-03, 04 (16–17); skip 05 hol; 06, 07 (18–19); 10 Mon (20) → 2023-04-10.
        var d = Compute(new ReplyDeadlineInput(D("2023-03-01"))
        {
            Corrections = [new(D("2023-03-02"), D("2023-03-08"))],
            Consultations = [new(ConsultedParty.ThirdParty, D("2023-03-03"), D("2023-03-10"))],
        });

        Assert.Equal(D("2023-04-10"), d.DueDate);
        Assert.Equal(2, d.ExcludedSpans[0].WorkingDaysExcluded);
    }

    [Fact]
    public void Consultation_RunningIntoAnUncoveredYear_MakesTheDueDateProvisional()
    {
        // Received Tue 2026-12-01. Third party Mon 12-14 → Mon 12-28: excl 15–18, 21–25, 28 = 10.
        // Walk: 02, 03, 04 (1–3); 07–11 (4–8); 14 (9); excl; 29, 30, 31 (10–12); 2027-01-01 Fri (13, weekends only);
        // 04–08 (14–18); 11 (19), 12 Tue (20) → 2027-01-12, provisional.
        var d = Compute(new ReplyDeadlineInput(D("2026-12-01"))
        {
            Consultations = [new(ConsultedParty.ThirdParty, D("2026-12-14"), D("2026-12-28"))],
        });

        Assert.Equal(D("2027-01-12"), d.DueDate);
        Assert.True(d.Provisional);
    }

    // ---------------- 延期 (Art 33) ----------------

    [Theory]
    // Received Fri 2024-09-13 → due Thu 10-17 (golden case). +20: 18 (1); 21–25 (2–6); 28–11-01 (7–11); 04–08 (12–16);
    // 11, 12, 13 (17–19), 14 Thu (20) → 2024-11-14.
    [InlineData("2024-09-13", 20, "2024-11-14")]
    // Received Fri 2025-09-26 → due Thu 10-30. +10: 31 (1); 11-03…07 (2–6); 10, 11, 12 (7–9), 13 Thu (10) → 2025-11-13.
    [InlineData("2025-09-26", 10, "2025-11-13")]
    // Received Wed 2023-03-01 → due 03-29. +1: 30 Thu → 2023-03-30.
    [InlineData("2023-03-01", 1, "2023-03-30")]
    public void DueDate_WithApprovedExtension_AddsItsWorkingDays(string received, int days, string expected)
    {
        var d = Compute(new ReplyDeadlineInput(D(received)) { Extension = new Extension(days) });

        Assert.Equal(D(expected), d.DueDate);
        Assert.Contains($"经批准延长{days}个工作日", d.Summary);
    }

    [Fact]
    public void Extension_IntoAnUncoveredYear_IsProvisional()
    {
        // Received Fri 2026-11-20: 23–27 (1–5); 30, 12-01…04 (6–10); 07–11 (11–15); 14–18 (16–20) → 2026-12-18.
        // +20: 21–25 (1–5); 28–31 (6–9); 2027-01-01 (10); 04–08 (11–15); 11–15 (16–20) → 2027-01-15, provisional.
        var d = Compute(new ReplyDeadlineInput(D("2026-11-20")) { Extension = new Extension(20) });

        Assert.Equal(D("2027-01-15"), d.DueDate);
        Assert.True(d.Provisional);
    }

    [Fact]
    public void Extension_ApprovedAfterThePeriodRanOut_IsAppliedWithAWarning()
    {
        // Received 2023-03-01 → due 03-29; extension 20 approved 03-31.
        // +20: 30, 31 (1–2); 04-03, 04 (3–4); skip 05 hol; 06, 07 (5–6); 10–14 (7–11); 17–21 (12–16); 23 adj Sun (17);
        // 24, 25 (18–19), 26 Wed (20) → 2023-04-26.
        var d = Compute(new ReplyDeadlineInput(D("2023-03-01")) { Extension = new Extension(20, D("2023-03-31")) });

        Assert.Equal(D("2023-04-26"), d.DueDate);
        Assert.Equal(DeadlineWarningKind.ExtensionApprovedLate, Assert.Single(d.Warnings).Kind);
    }

    // ---------------- 收费通知 (fees.md §5) ----------------

    [Fact]
    public void FeeNotice_PausesTheClockFromTheDayAfterSendingToPayment()
    {
        // Received Fri 2024-03-01 (plain due: 04–08, 11–15, 18–22, 25–29 → 03-29). Notice Tue 03-05, paid Tue 03-12:
        // excl 06, 07, 08, 11, 12 = 5. Due 03-29 + 5: 04-01, 02, 03 (1–3); skip 04–06 hol; 07 adj (4); 08 Mon (5) → 2024-04-08.
        var d = Compute(FeeCase(D("2024-03-12")));

        Assert.Equal(D("2024-04-08"), d.DueDate);
        Assert.Contains("收费通知至缴费期间（5个工作日）不计入", d.Summary);
    }

    [Fact]
    public void FeeNotice_WhenConventionSaysNoPause_LeavesTheDueDate()
    {
        var d = Compute(FeeCase(D("2024-03-12")), DeadlineConventions.Default with { FeeNoticePausesReplyPeriod = false });

        Assert.Equal(D("2024-03-29"), d.DueDate);
        Assert.Contains("不暂停", d.Explanation);
    }

    [Fact]
    public void UnpaidFeeNotice_RunsToTheEndOfThePaymentPeriod()
    {
        // Notice Tue 2024-03-05, unpaid. Payment period 20 wd: 06, 07, 08 (1–3); 11–15 (4–8); 18–22 (9–13); 25–29 (14–18);
        // 04-01 (19), 02 (20) → 2024-04-02. Walk from 03-01: 04, 05 (1–2); excl 03-06 … 04-02 (20); 03 (3); skip 04–06 hol;
        // 07 adj (4); 08–12 (5–9); 15–19 (10–14); 22–26 (15–19); 28 adj Sun (20) → 2024-04-28.
        var d = Compute(FeeCase(null));

        Assert.Equal(D("2024-04-28"), d.DueDate);
        Assert.Equal(SpanEndReason.PaymentLimit, d.ExcludedSpans[0].EndReason);
        Assert.Equal(D("2024-04-02"), d.ExcludedSpans[0].End);
    }

    private static ReplyDeadlineInput FeeCase(DateOnly? paid) => new(D("2024-03-01")) { FeeNotices = [new(D("2024-03-05"), paid)] };

    // ---------------- conventions and channels ----------------

    [Theory]
    // Counting the receipt day: Wed 2023-03-01 (1), 02, 03 (2–3); 06–10 (4–8); 13–17 (9–13); 20–24 (14–18); 27 (19), 28 (20).
    [InlineData("2023-03-01", "2023-03-28")]
    // Received on a holiday, Sun 2023-10-01: the day itself is not a working day, so nothing changes → 2023-11-01.
    [InlineData("2023-10-01", "2023-11-01")]
    public void DueDate_WhenReceiptDayCountsByConvention_StartsOnTheReceiptDay(string received, string expected)
    {
        var d = Compute(new ReplyDeadlineInput(D(received)), DeadlineConventions.Default with { CountReceiptDay = true });

        Assert.Equal(D(expected), d.DueDate);
        Assert.Contains("当日计入", d.Explanation);
    }

    [Theory]
    [InlineData(ReceiptChannel.InPerson, "第三十一条第一项")]
    [InlineData(ReceiptChannel.Post, "签收之日")]
    [InlineData(ReceiptChannel.Letter, "确认之日")]
    [InlineData(ReceiptChannel.Online, "双方确认之日")]
    [InlineData(ReceiptChannel.Fax, "传真")]
    [InlineData(ReceiptChannel.Email, "电子邮件")]
    public void Explanation_NamesTheReceivedDateRuleOfTheChannel(ReceiptChannel channel, string expected)
    {
        var d = Compute(new ReplyDeadlineInput(D("2023-09-25"), channel));

        Assert.Equal(D("2023-10-27"), d.DueDate);
        Assert.Contains(expected, d.Steps[0].TextZh);
    }

    [Fact]
    public void Letter_ConfirmedLaterThanItArrived_IsWarned()
    {
        var d = Compute(new ReplyDeadlineInput(D("2023-09-26"), ReceiptChannel.Letter) { Arrived = D("2023-09-25") });

        Assert.Equal(DeadlineWarningKind.ReceivedDateDiffersFromArrival, Assert.Single(d.Warnings).Kind);
    }

    [Fact]
    public void Input_WithAnAnswerBeforeItsConsultation_IsRefusedWithANamedError()
    {
        var result = ReplyDeadlineEngine.Compute(new ReplyDeadlineInput(D("2023-03-01"))
        {
            Consultations = [new(ConsultedParty.ThirdParty, D("2023-03-10"), D("2023-03-06"))],
            Extension = new Extension(21),
        }, WorkingDayCalendar.Default);

        Assert.False(result.IsValid);
        Assert.Equal([DeadlineInputErrorKind.AnswerBeforeConsultation, DeadlineInputErrorKind.ExtensionOutOfRange],
            result.Errors.Select(e => e.Kind));
    }

    // ---------------- standing on a given day ----------------

    [Theory]
    // Due Fri 2023-10-27 (received 09-25). On Mon 10-23: 24, 25, 26, 27 → 4 left.
    [InlineData("2023-10-23", 4, null)]
    // On the due date itself: 0 left, not overdue.
    [InlineData("2023-10-27", 0, null)]
    // On Sat 10-28: past due, 0 working days overdue (the next working day has not come).
    [InlineData("2023-10-28", null, 0)]
    // On Wed 11-01: 30, 31, 11-01 → 3 working days overdue.
    [InlineData("2023-11-01", null, 3)]
    // Before the holiday, on Mon 09-25 itself: 26, 27, 28, 10-07, 08, 09–13, 16–20, 23–27 → 20 left.
    [InlineData("2023-09-25", 20, null)]
    public void Standing_CountsWorkingDaysLeftOrOverdue(string today, int? left, int? overdue)
    {
        var d = Compute(new ReplyDeadlineInput(D("2023-09-25")));
        var s = d.Standing(D(today));

        Assert.Equal(left, s.WorkingDaysLeft);
        Assert.Equal(overdue, s.WorkingDaysOverdue);
        Assert.Equal(overdue is not null, s.Overdue);
    }

    [Fact]
    public void Standing_DuringAConsultation_DoesNotCountPausedDaysAsLeft()
    {
        // Received 2024-09-23, due 11-01, excl 09-27, 29, 30, 10-08, 09, 10. On Thu 09-26 the period has 17 days left:
        // the 20 period days are 24, 25, 26 (3 used) … so 17 remain, though 23 working days separate 09-26 and 11-01.
        var d = Compute(new ReplyDeadlineInput(D("2024-09-23"))
        {
            Consultations = [new(ConsultedParty.ThirdParty, D("2024-09-26"), D("2024-10-10"))],
        });

        Assert.Equal(17, d.Standing(D("2024-09-26")).WorkingDaysLeft);
    }

    // ---------------- proactive disclosure (Art 26) and recomputation ----------------

    [Fact]
    public void ProactiveDisclosure_IsDueTwentyWorkingDaysAfterTheInformationIsFormed()
    {
        // Formed Fri 2024-02-09: skip 10–17 hol; 18 adj (1); 19–23 (2–6); 26–03-01 (7–11); 04–08 (12–16); 11–14 (17–20).
        var p = ProactiveDisclosureDeadline.Compute(D("2024-02-09"), WorkingDayCalendar.Default, published: D("2024-03-15"));

        Assert.Equal(D("2024-03-14"), p.DueDate);
        Assert.True(p.PublishedLate);
        Assert.Contains("条例第二十六条", p.ExplanationZh);
        Assert.Contains("逾期1个工作日", p.ExplanationZh);
    }

    [Fact]
    public void Recompute_WhenALocalDayOffIsAdded_ReportsTheMovedDeadlineAndBothCalendarVersions()
    {
        var before = Compute(new ReplyDeadlineInput(D("2023-03-01")));
        var local = WorkingDayCalendar.Default.Merge([new CalendarEntry(D("2023-03-15"), CalendarEntryKind.Holiday, "本地休假", "某市")]).Calendar!;

        var changes = DeadlineRecalculation.Recompute([("R1", before.Snapshot(), before.Input)], local);

        // One weekday less in the period: 03-29 → Thu 03-30.
        var change = Assert.Single(changes);
        Assert.Equal(D("2023-03-30"), change.After.DueDate);
        Assert.Contains(WorkingDayCalendar.Default.Version.ToString(), change.MessageZh);
        Assert.Contains(local.Version.ToString(), change.MessageZh);
    }
}
