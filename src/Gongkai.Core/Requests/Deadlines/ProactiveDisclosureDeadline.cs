using Gongkai.Core.Calendar;

namespace Gongkai.Core.Requests.Deadlines;

/// <summary>
/// 主动公开时限 (条例第二十六条): information to be disclosed proactively is published within 20 working days from the day it is
/// formed or changed (形成或者变更之日), unless a law or regulation sets another period.
/// </summary>
public sealed record ProactiveDisclosureDeadline(
    DateOnly FormedOrChanged,
    DateOnly DueDate,
    DateOnly? Published,
    CalendarVersion CalendarVersion,
    IReadOnlyList<int> ProvisionalYears,
    string ExplanationZh)
{
    public bool Provisional => ProvisionalYears.Count > 0;

    /// <summary>Published after the due date (null while unpublished).</summary>
    public bool? PublishedLate => Published is { } p ? p > DueDate : null;

    public static ProactiveDisclosureDeadline Compute(DateOnly formedOrChanged, WorkingDayCalendar calendar, DateOnly? published = null)
    {
        var due = calendar.AddWorkingDays(formedOrChanged, Statute.ProactiveDisclosureWorkingDays);
        var text = $"自{ChineseDates.Format(formedOrChanged)}信息形成或者变更之日起{Statute.ProactiveDisclosureWorkingDays}个工作日内公开"
                   + $"（条例第二十六条），至{ChineseDates.Format(due.Date)}（{ChineseDates.Weekday(due.Date)}）届满";
        if (due.Provisional)
            text += $"（暂定：日历尚未载入{string.Join("、", due.ProvisionalYears.Select(y => $"{y}年"))}的节假日安排）";
        if (published is { } p)
        {
            text += p > due.Date
                ? $"；{ChineseDates.Format(p)}公开，逾期{calendar.CountWorkingDays(due.Date, p)}个工作日"
                : $"；{ChineseDates.Format(p)}公开，在时限内";
        }
        return new ProactiveDisclosureDeadline(formedOrChanged, due.Date, published, calendar.Version, due.ProvisionalYears, text);
    }
}
