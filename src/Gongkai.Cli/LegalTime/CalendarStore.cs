using Gongkai.Core.Calendar;

namespace Gongkai.Cli.LegalTime;

/// <summary>An imported calendar file and the rows it changed when merged.</summary>
internal sealed record CalendarSource(string Path, int Rows);

internal sealed record LoadedCalendar(WorkingDayCalendar Calendar, IReadOnlyList<CalendarSource> Sources);

/// <summary>
/// The operator's calendar data: CSV files in <c>DATA_DIR/calendar/</c>, merged over the shipped schedule in ordinal file-name
/// order (a later file's row replaces an earlier row of the same date and scope).
/// </summary>
internal static class CalendarStore
{
    public static string Folder(string dataDir) => Path.Combine(dataDir, "calendar");

    public static LoadedCalendar Load(string dataDir, string? exceptFileName = null)
    {
        var calendar = WorkingDayCalendar.Default;
        var sources = new List<CalendarSource>();
        var folder = Folder(dataDir);
        if (!Directory.Exists(folder)) return new LoadedCalendar(calendar, sources);

        foreach (var path in Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            if (exceptFileName is not null && Path.GetFileName(path) == exceptFileName) continue;
            var parse = CalendarCsv.Parse(File.ReadAllText(path));
            if (!parse.IsValid)
                throw new CliUsageException($"calendar file {path} is invalid: line {parse.Errors[0].Line}: {parse.Errors[0].MessageEn}");
            var merged = calendar.Merge(parse.Entries);
            if (!merged.IsValid)
                throw new CliUsageException($"calendar file {path} conflicts with earlier data: {merged.Errors[0]}");
            calendar = merged.Calendar!;
            sources.Add(new CalendarSource(path, parse.Entries.Count));
        }
        return new LoadedCalendar(calendar, sources);
    }
}
