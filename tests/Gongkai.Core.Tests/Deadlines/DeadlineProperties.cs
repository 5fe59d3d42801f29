using FsCheck.Xunit;
using Gongkai.Core.Calendar;
using Gongkai.Core.Requests.Deadlines;

namespace Gongkai.Core.Tests.Deadlines;

/// <summary>Laws every calendar computation and every deadline must obey, over random dates 2018–2028 and random events.</summary>
public class DeadlineProperties
{
    private static readonly DateOnly Origin = new(2018, 6, 1);
    private static readonly WorkingDayCalendar Cn = WorkingDayCalendar.Default;

    private static DateOnly Day(ushort offset) => Origin.AddDays(offset % 3800);

    [Property(MaxTest = 300)]
    public bool AddingNWorkingDays_ThenCountingThem_GivesN(ushort start, byte n)
    {
        var s = Day(start);
        return Cn.CountWorkingDays(s, Cn.AddWorkingDays(s, n).Date) == n;
    }

    [Property(MaxTest = 300)]
    public bool AddingWorkingDays_NeverMovesEarlierWhenNGrows(ushort start, byte n, byte more)
    {
        var s = Day(start);
        return Cn.AddWorkingDays(s, n).Date <= Cn.AddWorkingDays(s, n + more).Date;
    }

    [Property(MaxTest = 300)]
    public bool AddingAtLeastOneWorkingDay_LandsOnAWorkingDay(ushort start, byte n)
    {
        return Cn.IsWorkingDay(Cn.AddWorkingDays(Day(start), n + 1).Date);
    }

    [Property(MaxTest = 300)]
    public bool IsWorkingDay_AgreesWithDescribe_AlsoWithLocalDays(ushort day, ushort localDay, bool localHoliday)
    {
        var local = Day(localDay);
        var kind = localHoliday || !CalendarCsv.IsWeekend(local) ? CalendarEntryKind.Holiday : CalendarEntryKind.Workday;
        var calendar = Cn.Merge([new CalendarEntry(local, kind, "本地", "测试市")]).Calendar!;
        return new[] { Day(day), local }.All(d => calendar.IsWorkingDay(d) == calendar.Describe(d).IsWorkingDay);
    }

    [Property(MaxTest = 300)]
    public bool DueDate_IsAlwaysAWorkingDay(ushort received, byte extension, byte[] spans, bool counted)
    {
        var d = Deadline(received, extension, spans, counted);
        return d.DueDate is { } due && Cn.IsWorkingDay(due);
    }

    [Property(MaxTest = 300)]
    public bool DueDate_NeverMovesEarlierWhenTheExtensionGrows(ushort received, byte a, byte b, byte[] spans)
    {
        var small = Math.Min(a % 21, b % 21);
        var large = Math.Max(a % 21, b % 21);
        return Deadline(received, (byte)small, spans, false).DueDate <= Deadline(received, (byte)large, spans, false).DueDate;
    }

    [Property(MaxTest = 300)]
    public bool Explanation_NamesEveryExcludedSpan(ushort received, byte extension, byte[] spans)
    {
        var d = Deadline(received, extension, spans, false);
        return d.ExcludedSpans.All(s =>
            d.Explanation.Contains(ChineseDates.Format(s.Start)) && d.Explanation.Contains(ChineseDates.Format(s.End)));
    }

    [Property(MaxTest = 300)]
    public bool ExcludedDays_LengthenThePeriodByExactlyTheirCount(ushort received, byte[] spans)
    {
        var d = Deadline(received, 0, spans, false);
        var start = d.Start!.Value;
        return Cn.CountWorkingDays(start, d.DueDate!.Value) == 20 + d.ExcludedWorkingDays;
    }

    /// <summary>Builds up to three consultations / fee notices from random bytes: offset after receipt, length, kind.</summary>
    private static ReplyDeadline Deadline(ushort receivedOffset, byte extension, byte[] spans, bool countReceiptDay)
    {
        var received = Day(receivedOffset);
        var consultations = new List<Consultation>();
        var fees = new List<FeeNotice>();
        var bytes = spans ?? [];
        for (var i = 0; i + 2 < bytes.Length && i < 9; i += 3)
        {
            var sent = received.AddDays(bytes[i] % 40);
            DateOnly? end = bytes[i + 1] % 5 == 0 ? null : sent.AddDays(bytes[i + 1] % 45);
            switch (bytes[i + 2] % 3)
            {
                case 0: consultations.Add(new Consultation(ConsultedParty.ThirdParty, sent, end)); break;
                case 1: consultations.Add(new Consultation(ConsultedParty.OtherAgency, sent, end)); break;
                default: fees.Add(new FeeNotice(sent, end)); break;
            }
        }
        var ext = extension % 21;
        var input = new ReplyDeadlineInput(received)
        {
            Consultations = consultations,
            FeeNotices = fees,
            Extension = ext == 0 ? null : new Extension(ext),
        };
        var result = ReplyDeadlineEngine.Compute(input, Cn, DeadlineConventions.Default with { CountReceiptDay = countReceiptDay });
        return result.Deadline ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.MessageEn)));
    }
}
