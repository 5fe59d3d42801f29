using Gongkai.Core.Calendar;

namespace Gongkai.Services.LegalTime;

/// <summary>An imported calendar file and the rows it holds.</summary>
public sealed record CalendarFile(string Path, int Rows);

/// <summary>The shipped schedule merged with the operator's files, or why a file could not be used.</summary>
public sealed record OperatorCalendarLoad(WorkingDayCalendar Calendar, IReadOnlyList<CalendarFile> Files, string? ErrorEn)
{
    public bool IsValid => ErrorEn is null;
}

/// <summary>
/// 工作日历文件: the operator's calendar data, CSV files in <c>DATA_DIR/calendar/</c> (written by <c>gongkai calendar import</c>),
/// merged over the shipped national schedule in ordinal file-name order (a later file's row replaces an earlier row of the same
/// date and scope). The CLI and the web host read the same files, so a day imported once counts everywhere.
/// </summary>
public static class OperatorCalendarFiles
{
    public static string Folder(string dataDir) => Path.Combine(dataDir, "calendar");

    /// <summary>Merges every file; the first invalid or conflicting file stops the load and is named in the error.</summary>
    public static OperatorCalendarLoad Load(string dataDir, string? exceptFileName = null)
    {
        var calendar = WorkingDayCalendar.Default;
        var files = new List<CalendarFile>();
        foreach (var path in Paths(dataDir))
        {
            if (exceptFileName is not null && Path.GetFileName(path) == exceptFileName) continue;
            var parse = CalendarCsv.Parse(File.ReadAllText(path));
            if (!parse.IsValid)
                return new OperatorCalendarLoad(calendar, files, $"calendar file {path} is invalid: line {parse.Errors[0].Line}: {parse.Errors[0].MessageEn}");
            var merged = calendar.Merge(parse.Entries);
            if (!merged.IsValid) return new OperatorCalendarLoad(calendar, files, $"calendar file {path} conflicts with earlier data: {merged.Errors[0]}");
            calendar = merged.Calendar!;
            files.Add(new CalendarFile(path, parse.Entries.Count));
        }
        return new OperatorCalendarLoad(calendar, files, null);
    }

    /// <summary>
    /// What the folder holds now (names, sizes, modification times): a changed fingerprint means the files must be read again.
    /// </summary>
    public static string Fingerprint(string dataDir) => string.Join("|", Paths(dataDir).Select(p =>
    {
        var info = new FileInfo(p);
        return $"{info.Name}:{info.Length}:{info.LastWriteTimeUtc.Ticks}";
    }));

    private static IEnumerable<string> Paths(string dataDir)
    {
        var folder = Folder(dataDir);
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal) : [];
    }
}
