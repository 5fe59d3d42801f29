using System.Globalization;

namespace Gongkai.Core.Calendar;

/// <summary>日期的中文写法 used in explanations shown to clerks and applicants: 2023年10月9日, 星期一.</summary>
public static class ChineseDates
{
    private static readonly string[] WeekdayNames = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>Month and day only (10月9日), for the second date of a range in the same year.</summary>
    public static string FormatMonthDay(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Month}月{date.Day}日");

    public static string Weekday(DateOnly date) => WeekdayNames[(int)date.DayOfWeek];

    /// <summary>"2023年9月29日至10月6日", "2023年12月30日至2024年1月1日", or a single date when both ends are equal.</summary>
    public static string Range(DateOnly from, DateOnly to)
    {
        if (from == to) return Format(from);
        var end = from.Year == to.Year ? FormatMonthDay(to) : Format(to);
        return $"{Format(from)}至{end}";
    }

    /// <summary>ISO 8601 (YYYY-MM-DD), the only date form the CLI and the API accept.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses an ISO date exactly (no other forms, no time part); null when it is not a real date.</summary>
    public static DateOnly? ParseIso(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
}

/// <summary>北京时间: legal dates are calendar dates in China Standard Time (UTC+8, no daylight saving since 1991).</summary>
public static class ChinaStandardTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Today's date in China, from the injected clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The date in China at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
