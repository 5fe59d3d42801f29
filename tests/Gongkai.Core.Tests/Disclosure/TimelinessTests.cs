using Gongkai.Core.Calendar;
using Gongkai.Core.Disclosure;
using Gongkai.Core.Disclosure.Timeliness;
using static Gongkai.Core.Tests.Disclosure.ItemBuilder;

namespace Gongkai.Core.Tests.Disclosure;

/// <summary>
/// 条例第二十六条: within 20 working days from the day the information is formed or changed. Golden cases derived by hand from
/// holidays-cn.csv:
/// formed Mon 2023-09-25 → 26, 27, 28 (3), 中秋国庆 9-29…10-6 off, 调休 Sat 10-7 and Sun 10-8 (5), 10-9…10-13 (10), 10-16…10-20 (15),
/// 10-23…10-27 (20) → due Fri 2023-10-27.
/// formed Thu 2024-02-01 → 2-2 (1), 调休 Sun 2-4 (2), 2-5…2-9 (7), 春节 2-10…2-17 off, 调休 Sun 2-18 (8), 2-19…2-23 (13),
/// 2-26…3-1 (18), 3-4, 3-5 (20) → due Tue 2024-03-05.
/// </summary>
public class TimelinessTests
{
    private static readonly WorkingDayCalendar Cn = WorkingDayCalendar.Default;
    private static readonly DateOnly NationalDayCase = new(2023, 9, 25);
    private static readonly DateOnly SpringFestivalCase = new(2024, 2, 1);

    [Fact]
    public void DueDate_AcrossNationalDay_SkipsTheHolidayAndCountsTheAdjustedWeekend()
    {
        var a = DisclosureTimeliness.AssessPending(NationalDayCase, NationalDayCase, Cn);

        Assert.Equal(new DateOnly(2023, 10, 27), a.Deadline!.DueDate);
        Assert.Equal((TimelinessState.OnTrack, 20), (a.State, a.WorkingDaysLeft));
    }

    [Fact]
    public void DueDate_AcrossSpringFestival_SkipsTheHolidayAndCountsBothAdjustedSundays()
    {
        Assert.Equal(new DateOnly(2024, 3, 5), DisclosureTimeliness.AssessPending(SpringFestivalCase, SpringFestivalCase, Cn).Deadline!.DueDate);
    }

    [Theory]
    [InlineData("2023-10-23", TimelinessState.OnTrack, 4)]
    [InlineData("2023-10-24", TimelinessState.AtRisk, 3)]
    [InlineData("2023-10-27", TimelinessState.AtRisk, 0)]
    [InlineData("2023-09-28", TimelinessState.OnTrack, 17)]
    [InlineData("2023-10-01", TimelinessState.OnTrack, 17)]
    public void Pending_IsAtRiskWithThreeWorkingDaysOrFewerLeft(string today, TimelinessState state, int left)
    {
        var a = DisclosureTimeliness.AssessPending(NationalDayCase, DateOnly.Parse(today), Cn);

        Assert.Equal((state, left), (a.State, a.WorkingDaysLeft));
    }

    [Fact]
    public void Pending_AtRiskMargin_IsConfigurable()
    {
        var a = DisclosureTimeliness.AssessPending(NationalDayCase, new DateOnly(2023, 10, 23), Cn, new TimelinessOptions { AtRiskWorkingDays = 5 });

        Assert.Equal(TimelinessState.AtRisk, a.State);
    }

    [Fact]
    public void Pending_AfterTheDueDate_IsOverdueByWorkingDays()
    {
        var a = DisclosureTimeliness.AssessPending(NationalDayCase, new DateOnly(2023, 10, 31), Cn);

        Assert.Equal((TimelinessState.Overdue, (int?)2), (a.State, a.WorkingDaysLate));
        Assert.True(a.NeedsAttention);
        Assert.Contains("已逾期2个工作日", a.ExplanationZh);
    }

    [Theory]
    [InlineData("2023-10-27", TimelinessState.PublishedOnTime, null)]
    [InlineData("2023-10-28", TimelinessState.PublishedLate, 0)]
    [InlineData("2023-10-30", TimelinessState.PublishedLate, 1)]
    public void Published_OnTheDueDateIsOnTime_AfterItIsLate(string publishedOn, TimelinessState state, int? late)
    {
        var a = DisclosureTimeliness.AssessPublished(NationalDayCase, DateOnly.Parse(publishedOn), Cn);

        Assert.Equal((state, late), (a.State, a.WorkingDaysLate));
    }

    [Fact]
    public void Scheduled_AfterTheDueDate_IsFlaggedBeforeItHappens()
    {
        var a = DisclosureTimeliness.AssessScheduled(SpringFestivalCase, new DateOnly(2024, 3, 6), Cn);

        Assert.Equal((TimelinessState.ScheduledLate, (int?)1), (a.State, a.WorkingDaysLate));
        Assert.True(a.NeedsAttention);
    }

    [Fact]
    public void Item_DraftedFromItsGeneratedDate_IsAssessedAgainstIt()
    {
        var b = new ItemBuilder();
        var item = b.Draft(Content(generatedOn: NationalDayCase));

        var a = DisclosureTimeliness.Assess(item, Cn, new DateTimeOffset(2023, 10, 25, 10, 0, 0, ChinaStandardTime.Offset));

        Assert.Equal((TimelinessState.AtRisk, new DateOnly(2023, 10, 27)), (a.State, a.Deadline!.DueDate));
    }

    [Fact]
    public void Item_ChangedAfterPublication_StartsANewPeriodFromTheChange()
    {
        var b = new ItemBuilder();
        var item = b.Published(Content(generatedOn: new DateOnly(2023, 10, 8)));
        Ok(item.Edit(item.Content with { Body = "<p>变更</p>" }, b.By(Clerk).Dated(new DateOnly(2023, 10, 9)), Tree));

        Assert.Equal(new DateOnly(2023, 10, 9), item.FormedOrChangedOn);
        var a = DisclosureTimeliness.Assess(item, Cn, b.Now);
        Assert.Equal(new DateOnly(2023, 11, 6), a.Deadline!.DueDate);
    }

    [Fact]
    public void Item_ChangeDatedBeforeTheInformationWasGenerated_IsRefused()
    {
        var b = new ItemBuilder();
        var item = b.Published(Content(generatedOn: new DateOnly(2023, 10, 8)));

        Refused<Core.Requests.Workflow.EventDateTooEarlyError, ItemEvent>(
            item.Edit(item.Content with { Body = "<p>变更</p>" }, b.By(Clerk).Dated(new DateOnly(2023, 10, 7)), Tree));
    }

    [Fact]
    public void Item_ChangedBeforeTheFirstPublication_KeepsItsGeneratedDate()
    {
        var b = new ItemBuilder();
        var item = b.Draft(Content(generatedOn: new DateOnly(2023, 10, 8)));
        Ok(item.Edit(item.Content with { Body = "<p>补充</p>" }, b.By(Clerk).Dated(new DateOnly(2023, 10, 9)), Tree));

        Assert.Equal(new DateOnly(2023, 10, 8), item.FormedOrChangedOn);
    }

    [Fact]
    public void Item_ChangeDroppedFromASchedule_KeepsTheFirstChangeDate()
    {
        var b = new ItemBuilder();
        var item = b.Published();
        Ok(item.Edit(item.Content with { Title = "第二版" }, b.By(Clerk).Dated(new DateOnly(2023, 10, 9)), Tree));
        b.ReviewAndPublish(item, b.Now.AddDays(10));
        Ok(item.Edit(item.Content with { Title = "第三版" }, b.ByAfter(Clerk, TimeSpan.FromDays(1)), Tree));

        Assert.Equal(new DateOnly(2023, 10, 9), item.FormedOrChangedOn);
    }

    [Fact]
    public void CountLate_CountsPublicationsOfTheYearPublishedAfterTheirDueDate()
    {
        var id = DisclosureItemId.New();
        ItemPublicationFacts P(string formed, string published, int revision = 1) => new(id, revision, DateOnly.Parse(formed), DateOnly.Parse(published));
        var publications = new[]
        {
            P("2023-09-25", "2023-10-27"),
            P("2023-09-25", "2023-10-30", 2),
            P("2024-02-01", "2024-03-05"),
            P("2024-02-01", "2024-03-06", 2),
            P("2023-12-20", "2024-01-30", 3),
        };

        var count2023 = DisclosureTimeliness.CountLate(publications, 2023, Cn);
        var count2024 = DisclosureTimeliness.CountLate(publications, 2024, Cn);

        Assert.Equal((2, 1), (count2023.Publications, count2023.Count));
        Assert.Equal((3, 2), (count2024.Publications, count2024.Count));
    }

    [Fact]
    public void PublicationFacts_OfAnItem_AreItsPublicationsSoFar()
    {
        var b = new ItemBuilder();
        var item = b.Published();
        Ok(item.Edit(item.Content with { Title = "第二版" }, b.By(Clerk), Tree));
        b.ReviewAndPublish(item, b.Now.AddDays(3));

        Assert.Single(DisclosureTimeliness.PublicationFacts(item, b.Now));
        Assert.Equal(2, DisclosureTimeliness.PublicationFacts(item, b.Now.AddDays(4)).Count());
    }
}
