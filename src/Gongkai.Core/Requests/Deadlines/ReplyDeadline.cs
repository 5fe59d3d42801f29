using Gongkai.Core.Calendar;

namespace Gongkai.Core.Requests.Deadlines;

/// <summary>Where the reply clock stands.</summary>
public enum ReplyClockState
{
    /// <summary>The 20 working days run (or have run out); <see cref="ReplyDeadline.DueDate"/> is set.</summary>
    Running,
    /// <summary>补正 was asked and the corrected application has not arrived: the period will restart from its arrival.</summary>
    AwaitingCorrection,
}

/// <summary>What an excluded span is.</summary>
public enum ExcludedSpanKind
{
    /// <summary>征求第三方意见 (条例第三十二条).</summary>
    ThirdPartyConsultation,
    /// <summary>征求其他机关意见 (条例第三十四条).</summary>
    OtherAgencyConsultation,
    /// <summary>收费通知 to payment (Gongkai convention, fees.md §5).</summary>
    FeeNotice,
}

/// <summary>How the end of an excluded span was fixed.</summary>
public enum SpanEndReason
{
    /// <summary>The answer was received that day.</summary>
    Answered,
    /// <summary>No answer yet: the span runs to the 15-working-day limit.</summary>
    AnswerLimit,
    /// <summary>The answer came after the limit; the span stops at the limit.</summary>
    AnsweredLateCappedAtLimit,
    /// <summary>The fee was paid that day.</summary>
    Paid,
    /// <summary>Not paid yet: the span runs to the end of the payment period (after which the application is deemed abandoned).</summary>
    PaymentLimit,
}

/// <summary>
/// A span whose working days d with <see cref="Start"/> &lt; d ≤ <see cref="End"/> are left out of the reply period
/// (procedure.md §2.6). <see cref="WorkingDaysExcluded"/> counts the days actually left out: none before the period's start,
/// none after the period ran out. <see cref="Applied"/> is false when the span could not lengthen the period at all.
/// </summary>
public sealed record ExcludedSpan(
    ExcludedSpanKind Kind,
    DateOnly Start,
    DateOnly End,
    SpanEndReason EndReason,
    int WorkingDaysExcluded,
    bool Applied)
{
    public string LabelZh => Kind switch
    {
        ExcludedSpanKind.ThirdPartyConsultation => "征求第三方意见期间",
        ExcludedSpanKind.OtherAgencyConsultation => "征求其他机关意见期间",
        _ => "收费通知至缴费期间",
    };
}

/// <summary>
/// 答复期限: the computed reply deadline of one application, with everything needed to show and audit it — the calendar version
/// used, whether it is provisional, the excluded spans, warnings, and the explanation in Chinese.
/// </summary>
public sealed class ReplyDeadline
{
    private readonly WorkingDayCalendar _calendar;
    private readonly IReadOnlySet<DateOnly> _pausedDays;

    internal ReplyDeadline(WorkingDayCalendar calendar, IReadOnlySet<DateOnly> pausedDays)
    {
        _calendar = calendar;
        _pausedDays = pausedDays;
    }

    public required ReplyDeadlineInput Input { get; init; }
    public required ReplyClockState State { get; init; }

    /// <summary>The day the period counts from: the received date, or the day the (last) corrected application was received.</summary>
    public required DateOnly? Start { get; init; }

    public required bool RestartedByCorrection { get; init; }

    /// <summary>The last day to reply; null while awaiting a correction.</summary>
    public required DateOnly? DueDate { get; init; }

    /// <summary>20 plus any extension.</summary>
    public required int PeriodWorkingDays { get; init; }

    public required int ExtensionWorkingDays { get; init; }

    /// <summary>Working days left out of the period (each day once, or per span, as the conventions say).</summary>
    public required int ExcludedWorkingDays { get; init; }

    public required IReadOnlyList<ExcludedSpan> ExcludedSpans { get; init; }

    /// <summary>条例第三十条: the last day to send a correction notice (7 working days after receipt).</summary>
    public required DateOnly CorrectionNoticeDue { get; init; }

    /// <summary>While awaiting a correction: the end of the correction period given in the notice.</summary>
    public required DateOnly? CorrectionDue { get; init; }

    public required CalendarVersion CalendarVersion { get; init; }

    /// <summary>Years crossed whose holiday schedule the calendar lacks (judged on weekends only).</summary>
    public required IReadOnlyList<int> ProvisionalYears { get; init; }

    public bool Provisional => ProvisionalYears.Count > 0;

    public required DeadlineConventions Conventions { get; init; }

    public required IReadOnlyList<DeadlineWarning> Warnings { get; init; }

    public required IReadOnlyList<ExplanationStep> Steps { get; init; }

    /// <summary>One line: "自2023年10月9日收到补正申请之日起算20个工作日；征求第三方意见期间（6个工作日）不计入；经批准延长20个工作日；至…届满".</summary>
    public required string Summary { get; init; }

    /// <summary>Every step on its own line, warnings included.</summary>
    public string Explanation => string.Join('\n', Steps.Select(s => s.TextZh));

    /// <summary>What to store beside a request so a later recomputation can show what changed.</summary>
    public DeadlineSnapshot Snapshot() => new(DueDate, CalendarVersion.ToString(), Provisional);

    /// <summary>
    /// The deadline as seen on <paramref name="today"/>: working days of the period still left (paused days do not count), or how
    /// far past the due date it is.
    /// </summary>
    public DeadlineStanding Standing(DateOnly today)
    {
        if (State == ReplyClockState.AwaitingCorrection)
        {
            var due = CorrectionDue!.Value;
            if (today <= due)
            {
                var left = _calendar.CountWorkingDays(today, due);
                return new DeadlineStanding(today, null, null, null, 0,
                    $"等待申请人补正：补正期限至{ChineseDates.Format(due)}，还有{left}个工作日；收到补正后的申请之日起重新计算答复期限");
            }
            var late = _calendar.CountWorkingDays(due, today);
            return new DeadlineStanding(today, null, null, null, 0,
                $"补正期限已于{ChineseDates.Format(due)}届满（已过{late}个工作日）；申请人无正当理由逾期不补正的，视为放弃申请（条例第三十条）");
        }

        var dueDate = DueDate!.Value;
        if (today <= dueDate)
        {
            var from = Start is { } s && s > today ? s : today;
            var left = 0;
            for (var d = from.AddDays(1); d <= dueDate; d = d.AddDays(1))
                if (_calendar.IsWorkingDay(d) && !_pausedDays.Contains(d)) left++;
            var text = today == dueDate
                ? $"今日（{ChineseDates.Format(today)}）为答复期限届满日"
                : $"距答复期限届满（{ChineseDates.Format(dueDate)}）还有{left}个工作日";
            return new DeadlineStanding(today, dueDate, left, null, 0, text + (Provisional ? "（暂定）" : ""));
        }

        var overdue = _calendar.CountWorkingDays(dueDate, today);
        var calendarDays = today.DayNumber - dueDate.DayNumber;
        return new DeadlineStanding(today, dueDate, null, overdue, calendarDays,
            $"已超过答复期限：期限届满日为{ChineseDates.Format(dueDate)}，已逾期{overdue}个工作日（{calendarDays}日）" + (Provisional ? "（暂定）" : ""));
    }
}

/// <summary>
/// 期限状态 on a given day. Exactly one of <see cref="WorkingDaysLeft"/> (on or before the due date) and
/// <see cref="WorkingDaysOverdue"/> (after it) is set while the clock runs; both are null while awaiting a correction.
/// </summary>
public sealed record DeadlineStanding(
    DateOnly Today,
    DateOnly? DueDate,
    int? WorkingDaysLeft,
    int? WorkingDaysOverdue,
    int CalendarDaysOverdue,
    string TextZh)
{
    public bool Overdue => WorkingDaysOverdue is not null;
}

/// <summary>A deadline as it was last computed: stored with a request so a recomputation can say what moved and why.</summary>
public sealed record DeadlineSnapshot(DateOnly? DueDate, string CalendarVersion, bool Provisional);
