using Gongkai.Core.Calendar;
using Gongkai.Services.LegalTime;

namespace Gongkai.Cli.LegalTime;

/// <summary>An imported calendar file and the rows it changed when merged.</summary>
internal sealed record CalendarSource(string Path, int Rows);

internal sealed record LoadedCalendar(WorkingDayCalendar Calendar, IReadOnlyList<CalendarSource> Sources);

/// <summary>
/// The operator's calendar data, CSV files in <c>DATA_DIR/calendar/</c>, read by the same loader the web host uses
/// (<see cref="OperatorCalendarFiles"/>); an invalid file is a usage error here.
/// </summary>
internal static class CalendarStore
{
    public static string Folder(string dataDir) => OperatorCalendarFiles.Folder(dataDir);

    public static LoadedCalendar Load(string dataDir, string? exceptFileName = null)
    {
        var load = OperatorCalendarFiles.Load(dataDir, exceptFileName);
        if (!load.IsValid) throw new CliUsageException(load.ErrorEn!);
        return new LoadedCalendar(load.Calendar, [.. load.Files.Select(f => new CalendarSource(f.Path, f.Rows))]);
    }
}
