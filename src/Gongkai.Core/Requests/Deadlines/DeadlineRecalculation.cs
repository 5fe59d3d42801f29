using Gongkai.Core.Calendar;

namespace Gongkai.Core.Requests.Deadlines;

/// <summary>An open request's deadline that a calendar change (or a corrected event) moved.</summary>
public sealed record DeadlineChange(string RequestId, DeadlineSnapshot Before, DeadlineSnapshot After, string MessageZh);

/// <summary>
/// 期限重算: when the calendar changes (a new year's schedule, a local day off) every open deadline is computed again; this
/// lists the ones whose due date or provisional flag changed, so the change is visible to the clerk and in the audit trail.
/// </summary>
public static class DeadlineRecalculation
{
    public static IReadOnlyList<DeadlineChange> Recompute(
        IEnumerable<(string RequestId, DeadlineSnapshot Before, ReplyDeadlineInput Input)> openRequests,
        WorkingDayCalendar calendar,
        DeadlineConventions? conventions = null)
    {
        var changes = new List<DeadlineChange>();
        foreach (var (id, before, input) in openRequests)
        {
            var result = ReplyDeadlineEngine.Compute(input, calendar, conventions);
            if (result.Deadline is null) continue;
            var after = result.Deadline.Snapshot();
            var change = Compare(id, before, after);
            if (change is not null) changes.Add(change);
        }
        return changes;
    }

    /// <summary>Null when the due date and the provisional flag are unchanged (a new calendar version alone is not a change).</summary>
    public static DeadlineChange? Compare(string requestId, DeadlineSnapshot before, DeadlineSnapshot after)
    {
        if (before.DueDate == after.DueDate && before.Provisional == after.Provisional) return null;
        string Due(DeadlineSnapshot s) => s.DueDate is { } d ? ChineseDates.Format(d) + (s.Provisional ? "（暂定）" : "") : "待补正";
        var why = before.CalendarVersion != after.CalendarVersion
            ? $"日历由版本{before.CalendarVersion}更新为{after.CalendarVersion}"
            : "办理事项记录有变化";
        return new DeadlineChange(requestId, before, after, $"因{why}，答复期限由{Due(before)}调整为{Due(after)}");
    }
}
