namespace Gongkai.Core.Calendar;

/// <summary>What a row of the holiday data declares about its date.</summary>
public enum CalendarEntryKind
{
    /// <summary>放假: a day off (a statutory day, a day moved by 调休, or a weekend day inside an announced holiday range).</summary>
    Holiday,
    /// <summary>调休上班日: a Saturday or Sunday declared a working day.</summary>
    Workday,
}

/// <summary>
/// 节假日安排的一行: one dated row of the holiday schedule. <see cref="Region"/> is null for the national schedule
/// (国务院办公厅 notice) and names the region for a local day (e.g. a province's own day off).
/// </summary>
public sealed record CalendarEntry(DateOnly Date, CalendarEntryKind Kind, string Name, string? Region = null)
{
    public bool IsLocal => Region is not null;

    /// <summary>The CSV keyword of <see cref="Kind"/>, as in holidays-cn.csv.</summary>
    public string KindKeyword => Kind == CalendarEntryKind.Holiday ? "holiday" : "workday";
}

/// <summary>What kind of day a date is once the schedule has been applied.</summary>
public enum DayKind
{
    /// <summary>An ordinary Monday–Friday.</summary>
    Weekday,
    /// <summary>An ordinary Saturday or Sunday.</summary>
    Weekend,
    /// <summary>A day off declared by the schedule (national or local).</summary>
    Holiday,
    /// <summary>调休上班日: a weekend day declared a working day.</summary>
    AdjustedWorkday,
}

/// <summary>
/// One date as the calendar sees it. <see cref="Provisional"/> is true when the calendar holds no schedule for the date's year,
/// so the date was judged on weekends (and any rows that happen to exist) alone.
/// </summary>
public sealed record CalendarDay(DateOnly Date, DayKind Kind, CalendarEntry? Entry, bool Provisional)
{
    public bool IsWorkingDay => Kind is DayKind.Weekday or DayKind.AdjustedWorkday;
}
