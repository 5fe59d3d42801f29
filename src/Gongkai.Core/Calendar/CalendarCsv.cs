using System.Globalization;
using System.Text;

namespace Gongkai.Core.Calendar;

/// <summary>A line of holiday data that cannot be used, with its 1-based line number.</summary>
public sealed record CalendarCsvError(int Line, string MessageZh, string MessageEn)
{
    public override string ToString() => $"第{Line}行：{MessageZh}";
}

/// <summary>The rows of a holiday file, or every line error found in it (a file is taken whole or not at all).</summary>
public sealed record CalendarCsvParse(IReadOnlyList<CalendarEntry> Entries, IReadOnlyList<CalendarCsvError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// 节假日数据文件: the CSV format of holidays-cn.csv — a header <c>date,kind,name</c>, then one row per date,
/// kind <c>holiday</c> or <c>workday</c>. An operator's file may add a fourth column <c>region</c>; a row with a region is a
/// local day (a region's own day off or working day). Blank lines and lines starting with <c>#</c> are ignored.
/// </summary>
public static class CalendarCsv
{
    private const string Header3 = "date,kind,name";
    private const string Header4 = "date,kind,name,region";

    public static CalendarCsvParse Parse(string text)
    {
        var entries = new List<CalendarEntry>();
        var errors = new List<CalendarCsvError>();
        var firstLineOf = new Dictionary<(DateOnly, string?), int>();
        int? columns = null;

        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNo = i + 1;
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;

            if (columns is null)
            {
                var header = string.Join(',', line.Split(',').Select(f => f.Trim().ToLowerInvariant()));
                if (header == Header3) columns = 3;
                else if (header == Header4) columns = 4;
                else
                {
                    errors.Add(new(lineNo, $"首行应为表头“{Header3}”或“{Header4}”，实际为“{line}”",
                        $"the first line must be the header '{Header3}' or '{Header4}', found '{line}'"));
                    return new([], errors);
                }
                continue;
            }

            var fields = line.Split(',').Select(f => f.Trim()).ToArray();
            if (fields.Length < 3 || fields.Length > columns)
            {
                errors.Add(new(lineNo, $"应有{(columns == 3 ? "3" : "3或4")}列，实际为{fields.Length}列",
                    $"expected {(columns == 3 ? "3" : "3 or 4")} columns, found {fields.Length}"));
                continue;
            }

            var date = ChineseDates.ParseIso(fields[0]);
            if (date is null)
            {
                errors.Add(new(lineNo, $"日期“{fields[0]}”不是有效的YYYY-MM-DD日期", $"'{fields[0]}' is not a valid YYYY-MM-DD date"));
                continue;
            }

            CalendarEntryKind kind;
            switch (fields[1].ToLowerInvariant())
            {
                case "holiday": kind = CalendarEntryKind.Holiday; break;
                case "workday": kind = CalendarEntryKind.Workday; break;
                default:
                    errors.Add(new(lineNo, $"类型“{fields[1]}”无效，应为holiday或workday", $"kind '{fields[1]}' must be holiday or workday"));
                    continue;
            }

            if (fields[2].Length == 0)
            {
                errors.Add(new(lineNo, "缺少节日名称", "the name is empty"));
                continue;
            }

            var region = fields.Length == 4 && fields[3].Length > 0 ? fields[3] : null;

            // A weekday is already a working day: a workday row on one is a mistake (probably a wrong date).
            if (kind == CalendarEntryKind.Workday && !IsWeekend(date.Value))
            {
                errors.Add(new(lineNo,
                    $"{ChineseDates.Iso(date.Value)}是{ChineseDates.Weekday(date.Value)}，调休上班日（workday）只能是星期六或星期日",
                    $"{ChineseDates.Iso(date.Value)} is a {date.Value.DayOfWeek}; a workday row must be a Saturday or Sunday"));
                continue;
            }

            if (firstLineOf.TryGetValue((date.Value, region), out var earlier))
            {
                errors.Add(new(lineNo, $"日期{ChineseDates.Iso(date.Value)}与第{earlier}行重复",
                    $"date {ChineseDates.Iso(date.Value)} repeats line {earlier}"));
                continue;
            }
            firstLineOf[(date.Value, region)] = lineNo;
            entries.Add(new CalendarEntry(date.Value, kind, fields[2], region));
        }

        if (columns is null) errors.Add(new(1, $"文件为空，缺少表头“{Header3}”", $"the file is empty; the header '{Header3}' is missing"));
        return errors.Count > 0 ? new([], errors) : new(entries, []);
    }

    /// <summary>Writes rows in the same format, sorted by date then region (four columns when any row is local).</summary>
    public static string Format(IEnumerable<CalendarEntry> entries)
    {
        var rows = Sort(entries);
        var withRegion = rows.Any(e => e.IsLocal);
        var sb = new StringBuilder();
        sb.Append(withRegion ? Header4 : Header3).Append('\n');
        foreach (var e in rows)
        {
            sb.Append(ChineseDates.Iso(e.Date)).Append(',').Append(e.KindKeyword).Append(',').Append(e.Name);
            if (withRegion) sb.Append(',').Append(e.Region);
            sb.Append('\n');
        }
        return sb.ToString();
    }

    internal static List<CalendarEntry> Sort(IEnumerable<CalendarEntry> entries) =>
        entries.OrderBy(e => e.Date).ThenBy(e => e.Region ?? "", StringComparer.Ordinal).ToList();

    internal static bool IsWeekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    internal static string Describe(CalendarEntry e) =>
        string.Create(CultureInfo.InvariantCulture, $"{ChineseDates.Iso(e.Date)},{e.KindKeyword},{e.Name}{(e.IsLocal ? "," + e.Region : "")}");
}
