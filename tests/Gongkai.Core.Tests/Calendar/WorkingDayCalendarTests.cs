using Gongkai.Core.Calendar;

namespace Gongkai.Core.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");
    private static readonly WorkingDayCalendar Cn = WorkingDayCalendar.Default;

    [Theory]
    // 2023-10-07 Sat and 10-08 Sun: 调休上班日 of 中秋节、国庆节.
    [InlineData("2023-10-07", true, DayKind.AdjustedWorkday)]
    [InlineData("2023-10-08", true, DayKind.AdjustedWorkday)]
    // 2023-10-02 Mon: holiday.
    [InlineData("2023-10-02", false, DayKind.Holiday)]
    // 2023-10-09 Mon: ordinary weekday; 2023-10-14 Sat: ordinary weekend.
    [InlineData("2023-10-09", true, DayKind.Weekday)]
    [InlineData("2023-10-14", false, DayKind.Weekend)]
    // 2020-02-01 Sat was first announced as a working day, then became a day off by the COVID extension.
    [InlineData("2020-02-01", false, DayKind.Holiday)]
    // 2026-02-28 Sat: adjusted workday of 春节; 2026-02-23 Mon: last day of 春节.
    [InlineData("2026-02-28", true, DayKind.AdjustedWorkday)]
    [InlineData("2026-02-23", false, DayKind.Holiday)]
    public void Describe_AppliesTheNationalSchedule(string date, bool working, DayKind kind)
    {
        var day = Cn.Describe(D(date));

        Assert.Equal(working, day.IsWorkingDay);
        Assert.Equal(kind, day.Kind);
        Assert.False(day.Provisional);
    }

    [Fact]
    public void CoveredYears_Are2019To2026_And2018IsNotCoveredDespiteItsDecemberRows()
    {
        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026], Cn.CoveredYears);
        Assert.False(Cn.Covers(2018));
        Assert.False(Cn.Covers(2027));
        Assert.StartsWith("2019-2026@", Cn.Version.ToString());
    }

    [Fact]
    public void Describe_InAnUncoveredYear_UsesWeekendsAndIsProvisional()
    {
        // 2027-01-01 is a Friday; with no 2027 schedule it is judged a working day, provisionally.
        var day = Cn.Describe(D("2027-01-01"));

        Assert.True(day.IsWorkingDay);
        Assert.True(day.Provisional);
        Assert.False(Cn.IsWorkingDay(D("2027-01-02")));
    }

    [Theory]
    // Thu 2023-09-28 + 1: skip 29…10-06 hol → Sat 10-07 (adj).
    [InlineData("2023-09-28", 1, "2023-10-07")]
    // Mon 2023-09-25 + 7 (correction notice): 26, 27, 28 (1–3); skip hol; 07, 08 adj (4–5); 09 (6), 10 (7).
    [InlineData("2023-09-25", 7, "2023-10-10")]
    // Wed 2025-04-23 + 15 (third party): 24, 25 (1–2); 27 adj (3); 28, 29, 30 (4–6); skip 05-01…05; 06–09 (7–10); 12–16 (11–15).
    [InlineData("2025-04-23", 15, "2025-05-16")]
    // Thu 2020-01-23 + 1: skip 24…02-02 (春节 and its COVID extension) → Mon 2020-02-03.
    [InlineData("2020-01-23", 1, "2020-02-03")]
    // Fri 2026-02-13 + 1 → Sat 02-14 (adj).
    [InlineData("2026-02-13", 1, "2026-02-14")]
    // 0 working days: the start itself, even on a holiday.
    [InlineData("2023-10-01", 0, "2023-10-01")]
    public void AddWorkingDays_StartsTheNextDayAndFollowsTheSchedule(string start, int n, string expected)
    {
        var result = Cn.AddWorkingDays(D(start), n);

        Assert.Equal(D(expected), result.Date);
        Assert.False(result.Provisional);
    }

    [Fact]
    public void AddWorkingDays_Into2018_UsesTheKnownRowsButIsProvisional()
    {
        // Fri 2018-12-28 + 1: Sat 12-29 is a workday row of the 2019 notice; 2018 itself is not covered.
        var result = Cn.AddWorkingDays(D("2018-12-28"), 1);

        Assert.Equal(D("2018-12-29"), result.Date);
        Assert.Equal([2018], result.ProvisionalYears);
    }

    [Fact]
    public void CountWorkingDays_OverNationalDay2023_CountsAdjustedWeekend()
    {
        // After 09-25 through 10-10: 26, 27, 28, 10-07, 08, 09, 10 = 7.
        Assert.Equal(7, Cn.CountWorkingDays(D("2023-09-25"), D("2023-10-10")));
        Assert.Equal(0, Cn.CountWorkingDays(D("2023-10-10"), D("2023-09-25")));
    }

    [Fact]
    public void Csv_WithErrors_ReportsEveryBadLineByNumberAndTakesNothing()
    {
        var csv = "date,kind,name\n2027-01-01,holiday,元旦\n2027-13-01,holiday,x\n2027-01-04,workday,周一\n2027-02-06,vacation,春节\n2027-01-01,holiday,元旦\n2027-02-07,holiday\n";

        var parse = CalendarCsv.Parse(csv);

        Assert.False(parse.IsValid);
        Assert.Empty(parse.Entries);
        Assert.Equal([3, 4, 5, 6, 7], parse.Errors.Select(e => e.Line));
        Assert.Contains("星期一", parse.Errors[1].MessageZh);
        Assert.Contains("第2行", parse.Errors[3].MessageZh);
    }

    [Fact]
    public void Csv_WithoutHeader_IsRefused()
    {
        var parse = CalendarCsv.Parse("2027-01-01,holiday,元旦\n");

        Assert.Equal(1, Assert.Single(parse.Errors).Line);
    }

    [Fact]
    public void Csv_RoundTripsThroughFormat()
    {
        var text = "date,kind,name,region\n# local days\n2027-01-01,holiday,元旦\n2027-03-03,holiday,三月三,广西壮族自治区\n";
        var parse = CalendarCsv.Parse(text);

        Assert.True(parse.IsValid);
        Assert.Equal(parse.Entries, CalendarCsv.Parse(CalendarCsv.Format(parse.Entries)).Entries);
        Assert.Equal("广西壮族自治区", parse.Entries[1].Region);
    }

    [Fact]
    public void Merge_ANewYearsSchedule_CoversTheYearAndChangesTheVersion()
    {
        var rows = CalendarCsv.Parse("date,kind,name\n2027-02-05,holiday,春节\n2027-02-08,holiday,春节\n2027-02-20,workday,春节\n").Entries;

        var merged = Cn.Merge(rows);

        Assert.True(merged.IsValid);
        Assert.True(merged.Calendar!.Covers(2027));
        Assert.NotEqual(Cn.Version, merged.Calendar.Version);
        Assert.StartsWith("2019-2027@", merged.Calendar.Version.ToString());
        Assert.Equal(3, merged.Changes.Count);
        Assert.False(merged.Calendar.IsWorkingDay(D("2027-02-08")));
        Assert.True(merged.Calendar.IsWorkingDay(D("2027-02-20")));
    }

    [Fact]
    public void Merge_ARowForAnExistingDate_ReplacesItAndReportsTheChange()
    {
        // As the COVID notice did to 2020-02-01: a listed day changes kind.
        var revised = new CalendarEntry(D("2023-10-07"), CalendarEntryKind.Holiday, "中秋节、国庆节");

        var merged = Cn.Merge([revised]);

        var change = Assert.Single(merged.Changes);
        Assert.Equal(CalendarEntryKind.Workday, change.Before!.Kind);
        Assert.False(merged.Calendar!.IsWorkingDay(D("2023-10-07")));
    }

    [Fact]
    public void Merge_TheSameRowsAgain_ChangesNothing()
    {
        var merged = Cn.Merge(Cn.Entries.Take(5));

        Assert.Empty(merged.Changes);
        Assert.Equal(Cn.Version, merged.Calendar!.Version);
    }

    [Fact]
    public void LocalDayOff_AppliesToItsRegionOnly_WhenTheCalendarIsNarrowed()
    {
        var merged = Cn.Merge([new CalendarEntry(D("2024-04-11"), CalendarEntryKind.Holiday, "三月三", "广西壮族自治区")]).Calendar!;

        Assert.False(merged.IsWorkingDay(D("2024-04-11")));
        Assert.False(merged.ForRegion("广西壮族自治区").IsWorkingDay(D("2024-04-11")));
        Assert.True(merged.ForRegion("湖北省").IsWorkingDay(D("2024-04-11")));
        Assert.Equal(Cn.Version, merged.ForRegion("湖北省").Version);
        Assert.Equal(["广西壮族自治区"], merged.Regions);
    }

    [Fact]
    public void LocalRows_OfTwoRegionsThatContradictEachOther_AreRefused()
    {
        var merged = Cn.Merge(
        [
            new CalendarEntry(D("2027-01-09"), CalendarEntryKind.Holiday, "甲", "甲市"),
            new CalendarEntry(D("2027-01-09"), CalendarEntryKind.Workday, "乙", "乙市"),
        ]);

        Assert.False(merged.IsValid);
        Assert.Contains("2027-01-09", Assert.Single(merged.Errors));
    }

    [Fact]
    public void RunsBetween_GroupsHolidayDaysAndListsAdjustedWorkdays()
    {
        var runs = Cn.RunsBetween(D("2023-09-25"), D("2023-10-27"));

        Assert.Equal(2, runs.Count);
        Assert.Equal((D("2023-09-29"), D("2023-10-06"), DayKind.Holiday), (runs[0].From, runs[0].To, runs[0].Kind));
        Assert.Equal((D("2023-10-07"), D("2023-10-08"), DayKind.AdjustedWorkday), (runs[1].From, runs[1].To, runs[1].Kind));
    }

    [Fact]
    public void ChinaStandardTime_Today_IsTheDateInBeijing()
    {
        var clock = new FixedClock(new DateTimeOffset(2023, 12, 31, 17, 30, 0, TimeSpan.Zero));

        Assert.Equal(D("2024-01-01"), ChinaStandardTime.Today(clock));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
