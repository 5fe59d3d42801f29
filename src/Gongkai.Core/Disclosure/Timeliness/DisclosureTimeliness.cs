using Gongkai.Core.Calendar;
using Gongkai.Core.Requests.Deadlines;

namespace Gongkai.Core.Disclosure.Timeliness;

/// <summary>Where an item stands against 条例第二十六条's 20 working days.</summary>
public enum TimelinessState
{
    /// <summary>Not yet public, more than the warning margin left.</summary>
    OnTrack,
    /// <summary>Not yet public, the due date is within the warning margin (<see cref="TimelinessOptions.AtRiskWorkingDays"/>).</summary>
    AtRisk,
    /// <summary>Not yet public and the due date has passed.</summary>
    Overdue,
    /// <summary>Approved for a publication time on or before the due date.</summary>
    ScheduledOnTime,
    /// <summary>Approved for a publication time after the due date: it will be late unless brought forward.</summary>
    ScheduledLate,
    PublishedOnTime,
    PublishedLate,
    /// <summary>Withdrawn: nothing is due any more.</summary>
    Withdrawn,
}

/// <summary>Settings of the timeliness warnings (not statute: the statute only sets the 20 working days).</summary>
public sealed record TimelinessOptions
{
    public static TimelinessOptions Default { get; } = new();

    /// <summary>An unpublished item is at risk when this many working days or fewer are left before its due date. Default 3.</summary>
    public int AtRiskWorkingDays { get; init; } = 3;
}

/// <summary>
/// The timeliness of one item (or one change of it): the 条例第二十六条 deadline computed by <see cref="ProactiveDisclosureDeadline"/>,
/// the state, and the working days left (before publication) or late (after). <see cref="Deadline"/> is null for a withdrawn draft.
/// </summary>
public sealed record TimelinessAssessment(TimelinessState State, ProactiveDisclosureDeadline? Deadline, int? WorkingDaysLeft, int? WorkingDaysLate)
{
    public bool NeedsAttention => State is TimelinessState.AtRisk or TimelinessState.Overdue or TimelinessState.ScheduledLate;

    public string ExplanationZh => (State, Deadline) switch
    {
        (TimelinessState.Withdrawn, _) => "信息已撤回",
        (_, null) => "",
        (TimelinessState.OnTrack or TimelinessState.AtRisk, { } d) => $"{d.ExplanationZh}；尚余{WorkingDaysLeft}个工作日",
        (TimelinessState.Overdue, { } d) => $"{d.ExplanationZh}；尚未公开，已逾期{WorkingDaysLate}个工作日",
        (TimelinessState.ScheduledLate, { } d) => $"{d.ExplanationZh}；定时发布时间晚于期限{WorkingDaysLate}个工作日",
        (_, { } d) => d.ExplanationZh,
    };
}

/// <summary>One publication of an item (its first version, or a change): the facts the yearly late count is made from (SQL-reproducible).</summary>
public sealed record ItemPublicationFacts(DisclosureItemId ItemId, int Revision, DateOnly FormedOrChangedOn, DateOnly PublishedOn);

/// <summary>A year's late publications: how many, and which.</summary>
public sealed record LatePublicationCount(int Year, int Publications, IReadOnlyList<ItemPublicationFacts> Late)
{
    public int Count => Late.Count;
}

/// <summary>
/// 主动公开时效 (条例第二十六条: 自该政府信息形成或者变更之日起20个工作日内及时公开). The deadline itself is
/// <see cref="ProactiveDisclosureDeadline"/> (Requests/Deadlines) — this adds the at-risk warning and the yearly count of late
/// publications. Each publication is judged on its own: a change published after a first publication starts its own period.
/// </summary>
public static class DisclosureTimeliness
{
    /// <summary>Where <paramref name="item"/> stands at <paramref name="now"/>: its working revision when unpublished, else its latest publication.</summary>
    public static TimelinessAssessment Assess(DisclosureItem item, WorkingDayCalendar calendar, DateTimeOffset now, TimelinessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        var status = item.StatusAt(now);
        var today = ChinaStandardTime.DateOf(now);
        switch (status)
        {
            case ItemStatus.Withdrawn:
                return new TimelinessAssessment(TimelinessState.Withdrawn, null, null, null);
            case ItemStatus.Scheduled:
                var scheduled = item.Versions[^1];
                return AssessScheduled(scheduled.FormedOrChangedOn, scheduled.PublishedOn, calendar);
            case ItemStatus.Published:
                var published = item.Publications[^1];
                return AssessPublished(published.FormedOrChangedOn, published.PublishedOn, calendar);
            default:
                return AssessPending(item.FormedOrChangedOn, today, calendar, options);
        }
    }

    /// <summary>Information formed or changed on <paramref name="formedOrChanged"/> and not yet public on <paramref name="today"/>.</summary>
    public static TimelinessAssessment AssessPending(DateOnly formedOrChanged, DateOnly today, WorkingDayCalendar calendar, TimelinessOptions? options = null)
    {
        var deadline = ProactiveDisclosureDeadline.Compute(formedOrChanged, calendar);
        if (today > deadline.DueDate)
            return new TimelinessAssessment(TimelinessState.Overdue, deadline, 0, calendar.CountWorkingDays(deadline.DueDate, today));
        int left = calendar.CountWorkingDays(today, deadline.DueDate);
        var state = left <= (options ?? TimelinessOptions.Default).AtRiskWorkingDays ? TimelinessState.AtRisk : TimelinessState.OnTrack;
        return new TimelinessAssessment(state, deadline, left, null);
    }

    /// <summary>A version approved to go public on <paramref name="publishOn"/>.</summary>
    public static TimelinessAssessment AssessScheduled(DateOnly formedOrChanged, DateOnly publishOn, WorkingDayCalendar calendar)
    {
        var deadline = ProactiveDisclosureDeadline.Compute(formedOrChanged, calendar);
        return publishOn > deadline.DueDate
            ? new TimelinessAssessment(TimelinessState.ScheduledLate, deadline, null, calendar.CountWorkingDays(deadline.DueDate, publishOn))
            : new TimelinessAssessment(TimelinessState.ScheduledOnTime, deadline, calendar.CountWorkingDays(publishOn, deadline.DueDate), null);
    }

    /// <summary>A publication on <paramref name="publishedOn"/>.</summary>
    public static TimelinessAssessment AssessPublished(DateOnly formedOrChanged, DateOnly publishedOn, WorkingDayCalendar calendar)
    {
        var deadline = ProactiveDisclosureDeadline.Compute(formedOrChanged, calendar, publishedOn);
        return deadline.PublishedLate == true
            ? new TimelinessAssessment(TimelinessState.PublishedLate, deadline, null, calendar.CountWorkingDays(deadline.DueDate, publishedOn))
            : new TimelinessAssessment(TimelinessState.PublishedOnTime, deadline, null, null);
    }

    /// <summary>The publications made in <paramref name="year"/> (by their China date) and those of them that came after the due date.</summary>
    public static LatePublicationCount CountLate(IEnumerable<ItemPublicationFacts> publications, int year, WorkingDayCalendar calendar)
    {
        var inYear = publications.Where(p => p.PublishedOn.Year == year).ToList();
        var late = inYear.Where(p => ProactiveDisclosureDeadline.Compute(p.FormedOrChangedOn, calendar, p.PublishedOn).PublishedLate == true).ToList();
        return new LatePublicationCount(year, inYear.Count, late);
    }

    /// <summary>The publications of <paramref name="item"/> that had happened by <paramref name="asOf"/>.</summary>
    public static IEnumerable<ItemPublicationFacts> PublicationFacts(DisclosureItem item, DateTimeOffset asOf) =>
        item.Publications.Where(v => v.PublishAt <= asOf).Select(v => new ItemPublicationFacts(item.Id, v.Revision, v.FormedOrChangedOn, v.PublishedOn));
}
