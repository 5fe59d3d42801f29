using System.Reflection;

namespace Gongkai.Core.Calendar;

/// <summary>
/// 工作日历: which dates are working days (工作日) in China. A date is a working day when it is Monday–Friday and not a holiday
/// of the schedule, or when the schedule declares it a working day (调休上班日). Immutable: adding data makes a new calendar
/// with a new <see cref="Version"/>.
/// <para>
/// A year counts as covered when the national rows hold that year's 春节 (every annual 国务院办公厅 notice announces it, and it
/// always falls in January or February, so the December days a notice borrows from the year before never make that year look
/// covered). Dates in an uncovered year are judged on weekends and whatever rows exist, and every result that crosses one is
/// marked provisional — never refused, because intake goes on in December before the next notice is published.
/// </para>
/// </summary>
public sealed class WorkingDayCalendar
{
    private const string SpringFestival = "春节";
    private const string DefaultResource = "Gongkai.Core.Calendar.holidays-cn.csv";

    private static readonly Lazy<WorkingDayCalendar> LazyDefault = new(LoadDefault);

    private readonly Dictionary<DateOnly, CalendarEntry> _national;
    private readonly Dictionary<DateOnly, CalendarEntry> _local;
    private readonly HashSet<int> _covered;

    private WorkingDayCalendar(IReadOnlyList<CalendarEntry> sortedEntries)
    {
        Entries = sortedEntries;
        _national = sortedEntries.Where(e => !e.IsLocal).ToDictionary(e => e.Date);
        _local = new Dictionary<DateOnly, CalendarEntry>();
        foreach (var e in sortedEntries.Where(e => e.IsLocal)) _local.TryAdd(e.Date, e);
        _covered = sortedEntries
            .Where(e => !e.IsLocal && e.Kind == CalendarEntryKind.Holiday && e.Name.Contains(SpringFestival, StringComparison.Ordinal))
            .Select(e => e.Date.Year)
            .ToHashSet();
        CoveredYears = _covered.Order().ToList();
        Version = CalendarVersion.Of(sortedEntries, CoveredYears);
    }

    /// <summary>The national schedule shipped with Gongkai (holidays-cn.csv, 2019–2026), without operator additions.</summary>
    public static WorkingDayCalendar Default => LazyDefault.Value;

    /// <summary>Every row, sorted by date then region.</summary>
    public IReadOnlyList<CalendarEntry> Entries { get; }

    /// <summary>Years whose national schedule is loaded, ascending.</summary>
    public IReadOnlyList<int> CoveredYears { get; }

    public CalendarVersion Version { get; }

    /// <summary>Regions that have local rows.</summary>
    public IReadOnlyList<string> Regions => Entries.Where(e => e.IsLocal).Select(e => e.Region!).Distinct().Order(StringComparer.Ordinal).ToList();

    public bool Covers(int year) => _covered.Contains(year);

    /// <summary>Builds a calendar from holiday CSV text (see <see cref="CalendarCsv"/>).</summary>
    public static CalendarBuildResult FromCsv(string csv)
    {
        var parse = CalendarCsv.Parse(csv);
        return parse.IsValid ? FromEntries(parse.Entries) : new CalendarBuildResult(null, parse.Errors.Select(e => e.ToString()).ToList());
    }

    /// <summary>Builds a calendar from rows. Fails when two rows give the same date and scope, or local rows of two regions disagree.</summary>
    public static CalendarBuildResult FromEntries(IEnumerable<CalendarEntry> entries)
    {
        var rows = CalendarCsv.Sort(entries);
        var errors = new List<string>();
        foreach (var group in rows.GroupBy(e => (e.Date, e.Region)).Where(g => g.Count() > 1))
            errors.Add($"{ChineseDates.Iso(group.Key.Date)}{(group.Key.Region is null ? "（全国）" : "（" + group.Key.Region + "）")}有{group.Count()}行");
        errors.AddRange(LocalConflicts(rows));
        return errors.Count > 0 ? new CalendarBuildResult(null, errors) : new CalendarBuildResult(new WorkingDayCalendar(rows), []);
    }

    /// <summary>
    /// Adds an operator's rows (a new year's schedule, a corrected notice, local days). A row replaces an existing row of the same
    /// date and scope (national, or the same region) — that is how a revised notice (e.g. the 2020 Spring Festival extension)
    /// is applied. Every replaced or added row is reported.
    /// </summary>
    public CalendarMergeResult Merge(IEnumerable<CalendarEntry> additions)
    {
        var byKey = Entries.ToDictionary(e => (e.Date, e.Region));
        var changes = new List<CalendarEntryChange>();
        foreach (var add in additions)
        {
            byKey.TryGetValue((add.Date, add.Region), out var before);
            if (before == add) continue;
            byKey[(add.Date, add.Region)] = add;
            changes.Add(new CalendarEntryChange(before, add));
        }
        var rows = CalendarCsv.Sort(byKey.Values);
        var conflicts = LocalConflicts(rows);
        return conflicts.Count > 0
            ? new CalendarMergeResult(null, changes, conflicts)
            : new CalendarMergeResult(changes.Count == 0 ? this : new WorkingDayCalendar(rows), changes, []);
    }

    /// <summary>The calendar of one region: the national rows plus that region's local rows only.</summary>
    public WorkingDayCalendar ForRegion(string region) =>
        new(Entries.Where(e => !e.IsLocal || string.Equals(e.Region, region, StringComparison.Ordinal)).ToList());

    public bool IsWorkingDay(DateOnly date)
    {
        var entry = _local.GetValueOrDefault(date) ?? _national.GetValueOrDefault(date);
        return entry is null ? !CalendarCsv.IsWeekend(date) : entry.Kind == CalendarEntryKind.Workday;
    }

    public CalendarDay Describe(DateOnly date)
    {
        var entry = _local.GetValueOrDefault(date) ?? _national.GetValueOrDefault(date);
        var provisional = !_covered.Contains(date.Year);
        var kind = entry switch
        {
            { Kind: CalendarEntryKind.Holiday } => DayKind.Holiday,
            { Kind: CalendarEntryKind.Workday } => DayKind.AdjustedWorkday,
            _ => CalendarCsv.IsWeekend(date) ? DayKind.Weekend : DayKind.Weekday,
        };
        // A local holiday on an ordinary weekend, or a local workday on a weekday, changes nothing but is still shown.
        if (kind == DayKind.AdjustedWorkday && !CalendarCsv.IsWeekend(date)) kind = DayKind.Weekday;
        return new CalendarDay(date, kind, entry, provisional);
    }

    /// <summary>
    /// The date <paramref name="workingDays"/> working days after <paramref name="start"/>. The start day itself never counts
    /// (民法典第二百零一条: a period counted in days starts the next day), so the result of 0 days is the start itself.
    /// </summary>
    public WorkingDayResult AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var d = start;
        for (var left = workingDays; left > 0;)
        {
            d = d.AddDays(1);
            if (IsWorkingDay(d)) left--;
        }
        return new WorkingDayResult(start, workingDays, d, UncoveredYears(start, d));
    }

    /// <summary>Working days d with <paramref name="after"/> &lt; d ≤ <paramref name="through"/> (0 when through ≤ after).</summary>
    public int CountWorkingDays(DateOnly after, DateOnly through)
    {
        var n = 0;
        for (var d = after.AddDays(1); d <= through; d = d.AddDays(1))
            if (IsWorkingDay(d)) n++;
        return n;
    }

    /// <summary>Years of the days after <paramref name="after"/> up to and including <paramref name="through"/> that are not covered.</summary>
    public IReadOnlyList<int> UncoveredYears(DateOnly after, DateOnly through)
    {
        if (through <= after) return [];
        var first = after.AddDays(1).Year;
        return Enumerable.Range(first, through.Year - first + 1).Where(y => !_covered.Contains(y)).ToList();
    }

    /// <summary>
    /// The schedule's runs of days off and its adjusted working days that fall after <paramref name="after"/> up to and including
    /// <paramref name="through"/> — what an explanation must mention about that span.
    /// </summary>
    public IReadOnlyList<ScheduleRun> RunsBetween(DateOnly after, DateOnly through)
    {
        var runs = new List<ScheduleRun>();
        for (var d = after.AddDays(1); d <= through; d = d.AddDays(1))
        {
            var day = Describe(d);
            if (day.Entry is null || day.Kind is DayKind.Weekday or DayKind.Weekend) continue;
            var last = runs.Count > 0 ? runs[^1] : null;
            if (last is not null && last.Kind == day.Kind && last.To.AddDays(1) == d
                && last.Name == day.Entry.Name && last.Region == day.Entry.Region)
            {
                runs[^1] = last with { To = d };
            }
            else
            {
                runs.Add(new ScheduleRun(d, d, day.Kind, day.Entry.Name, day.Entry.Region));
            }
        }
        return runs;
    }

    private static List<string> LocalConflicts(IReadOnlyList<CalendarEntry> rows) =>
        rows.Where(e => e.IsLocal)
            .GroupBy(e => e.Date)
            .Where(g => g.Select(e => e.Kind).Distinct().Count() > 1)
            .Select(g => $"{ChineseDates.Iso(g.Key)}在不同地区的本地安排相互矛盾（{string.Join("、", g.Select(e => e.Region + "：" + e.KindKeyword))}）")
            .ToList();

    private static WorkingDayCalendar LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"embedded resource {DefaultResource} is missing");
        using var reader = new StreamReader(stream);
        var built = FromCsv(reader.ReadToEnd());
        return built.Calendar ?? throw new InvalidOperationException("the shipped holidays-cn.csv is invalid: " + string.Join("; ", built.Errors));
    }
}

/// <summary>The result of counting working days forward. Provisional when the span crossed a year the calendar does not cover.</summary>
public sealed record WorkingDayResult(DateOnly Start, int WorkingDays, DateOnly Date, IReadOnlyList<int> ProvisionalYears)
{
    public bool Provisional => ProvisionalYears.Count > 0;
}

/// <summary>Consecutive days of one holiday (or one run of adjusted working days) of the schedule.</summary>
public sealed record ScheduleRun(DateOnly From, DateOnly To, DayKind Kind, string Name, string? Region);

public sealed record CalendarBuildResult(WorkingDayCalendar? Calendar, IReadOnlyList<string> Errors)
{
    public bool IsValid => Calendar is not null;
}

/// <summary>A row an operator's data added (Before is null) or replaced.</summary>
public sealed record CalendarEntryChange(CalendarEntry? Before, CalendarEntry After);

public sealed record CalendarMergeResult(WorkingDayCalendar? Calendar, IReadOnlyList<CalendarEntryChange> Changes, IReadOnlyList<string> Errors)
{
    public bool IsValid => Calendar is not null;
}
