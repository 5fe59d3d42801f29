using System.CommandLine;
using Gongkai.Core.Calendar;

namespace Gongkai.Cli.LegalTime;

/// <summary>
/// <c>gongkai calendar is-workday|add-workdays|show|import</c>: the working-day calendar (工作日历) — the shipped national
/// schedule plus the operator's imported files.
/// </summary>
internal static class CalendarCommand
{
    public static Command Build()
    {
        var dataDir = LegalTimeCli.DataDirOption(recursive: true);
        var command = new Command("calendar", "Working-day calendar: China's holidays and adjusted workdays, plus imported local days");
        command.Options.Add(dataDir);
        command.Subcommands.Add(IsWorkday(dataDir));
        command.Subcommands.Add(AddWorkdays(dataDir));
        command.Subcommands.Add(Show(dataDir));
        command.Subcommands.Add(Import(dataDir));
        return command;
    }

    private static Command IsWorkday(Option<string> dataDir)
    {
        var date = new Argument<string>("DATE") { Description = "YYYY-MM-DD" };
        var region = LegalTimeCli.RegionOption();
        var json = LegalTimeCli.JsonOption();
        var command = new Command("is-workday", "Prints yes or no (exit 0 for a working day, 1 for a day off) and why");
        command.Arguments.Add(date);
        command.Options.Add(region);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var d = LegalTimeCli.ParseDate(parse.GetValue(date), "DATE");
            var calendar = LegalTimeCli.LoadCalendar(parse, dataDir, region);
            var day = calendar.Describe(d);
            if (parse.GetValue(json))
            {
                LegalTimeCli.WriteJson(parse, new
                {
                    date = d,
                    weekday = ChineseDates.Weekday(d),
                    isWorkingDay = day.IsWorkingDay,
                    kind = day.Kind,
                    name = day.Entry?.Name,
                    region = day.Entry?.Region,
                    provisional = day.Provisional,
                    calendarVersion = calendar.Version.ToString(),
                });
            }
            else
            {
                var o = LegalTimeCli.Out(parse);
                o.WriteLine(day.IsWorkingDay ? "yes" : "no");
                o.WriteLine(DescribeDay(day));
                if (day.Provisional) o.WriteLine($"暂定：日历尚未载入{d.Year}年的节假日安排，按星期六、星期日休息判断");
                o.WriteLine($"日历版本：{calendar.Version}");
            }
            return day.IsWorkingDay ? CliRunner.Ok : CliRunner.Failed;
        });
        return command;
    }

    private static Command AddWorkdays(Option<string> dataDir)
    {
        var date = new Argument<string>("DATE") { Description = "Start date YYYY-MM-DD (not itself counted)" };
        var count = new Argument<int>("N") { Description = "Working days to add (0–10000)" };
        var region = LegalTimeCli.RegionOption();
        var json = LegalTimeCli.JsonOption();
        var command = new Command("add-workdays", "Prints the date N working days after DATE, then the holidays skipped and workdays counted");
        command.Arguments.Add(date);
        command.Arguments.Add(count);
        command.Options.Add(region);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var start = LegalTimeCli.ParseDate(parse.GetValue(date), "DATE");
            var n = parse.GetValue(count);
            if (n is < 0 or > 10000) throw new CliUsageException($"N: {n} is outside 0–10000");
            var calendar = LegalTimeCli.LoadCalendar(parse, dataDir, region);
            var result = calendar.AddWorkingDays(start, n);
            var runs = calendar.RunsBetween(start, result.Date);
            if (parse.GetValue(json))
            {
                LegalTimeCli.WriteJson(parse, new
                {
                    start,
                    workingDays = n,
                    date = result.Date,
                    weekday = ChineseDates.Weekday(result.Date),
                    provisional = result.Provisional,
                    provisionalYears = result.ProvisionalYears,
                    schedule = runs.Select(r => new { from = r.From, to = r.To, kind = r.Kind, name = r.Name, region = r.Region }),
                    calendarVersion = calendar.Version.ToString(),
                });
                return CliRunner.Ok;
            }
            var o = LegalTimeCli.Out(parse);
            o.WriteLine(ChineseDates.Iso(result.Date));
            o.WriteLine($"自{ChineseDates.Format(start)}起（当日不计入）第{n}个工作日为{ChineseDates.Format(result.Date)}（{ChineseDates.Weekday(result.Date)}）");
            foreach (var run in runs)
            {
                var local = run.Region is null ? "" : $"（{run.Region}本地安排）";
                o.WriteLine(run.Kind == DayKind.Holiday
                    ? $"{ChineseDates.Range(run.From, run.To)}为{run.Name}假期{local}，不计入"
                    : $"{ChineseDates.Range(run.From, run.To)}为{run.Name}调休上班日{local}，计入");
            }
            if (result.Provisional)
                o.WriteLine($"暂定：日历尚未载入{string.Join("、", result.ProvisionalYears.Select(y => $"{y}年"))}的节假日安排，该年按星期六、星期日休息推算");
            o.WriteLine($"日历版本：{calendar.Version}");
            return CliRunner.Ok;
        });
        return command;
    }

    private static Command Show(Option<string> dataDir)
    {
        var year = new Argument<int?>("YEAR") { Description = "List the year's holidays and adjusted workdays", Arity = ArgumentArity.ZeroOrOne };
        var region = LegalTimeCli.RegionOption();
        var json = LegalTimeCli.JsonOption();
        var command = new Command("show", "Prints the calendar version, covered years, imported files and (with YEAR) that year's days");
        command.Arguments.Add(year);
        command.Options.Add(region);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var loaded = CalendarStore.Load(parse.GetValue(dataDir)!);
            var calendar = LegalTimeCli.LoadCalendar(parse, dataDir, region);
            var y = parse.GetValue(year);
            if (y is < 1900 or > 2200) throw new CliUsageException($"YEAR: {y} is outside 1900–2200");
            var days = y is null ? [] : calendar.Entries.Where(e => e.Date.Year == y).ToList();
            if (parse.GetValue(json))
            {
                LegalTimeCli.WriteJson(parse, new
                {
                    calendarVersion = calendar.Version.ToString(),
                    coveredYears = calendar.CoveredYears,
                    regions = calendar.Regions,
                    sources = loaded.Sources.Select(s => new { path = s.Path, rows = s.Rows }),
                    year = y,
                    yearCovered = y is null ? (bool?)null : calendar.Covers(y.Value),
                    days = days.Select(e => new { date = e.Date, weekday = ChineseDates.Weekday(e.Date), kind = e.KindKeyword, name = e.Name, region = e.Region }),
                });
                return CliRunner.Ok;
            }
            var o = LegalTimeCli.Out(parse);
            o.WriteLine($"日历版本：{calendar.Version}");
            o.WriteLine($"已载入节假日安排的年份：{(calendar.CoveredYears.Count == 0 ? "无" : calendar.Version.CoveredYearsText)}");
            o.WriteLine("数据来源：内置 holidays-cn.csv" + string.Concat(loaded.Sources.Select(s => $"；{s.Path}（{s.Rows}行）")));
            if (calendar.Regions.Count > 0) o.WriteLine($"本地安排地区：{string.Join("、", calendar.Regions)}");
            if (y is not null)
            {
                if (!calendar.Covers(y.Value)) o.WriteLine($"暂定：日历尚未载入{y}年的节假日安排，该年按星期六、星期日休息推算");
                foreach (var e in days)
                {
                    var what = e.Kind == CalendarEntryKind.Holiday ? "放假" : "调休上班";
                    o.WriteLine($"{ChineseDates.Iso(e.Date)} {ChineseDates.Weekday(e.Date)} {what} {e.Name}{(e.IsLocal ? $"（{e.Region}）" : "")}");
                }
            }
            return CliRunner.Ok;
        });
        return command;
    }

    private static Command Import(Option<string> dataDir)
    {
        var file = new Argument<string>("FILE") { Description = "CSV in the format of holidays-cn.csv (date,kind,name[,region])" };
        var command = new Command("import", "Validates a holiday CSV (all lines or none) and stores it in the data directory");
        command.Arguments.Add(file);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) throw new CliUsageException($"FILE: {path} does not exist");
            var text = File.ReadAllText(path);
            var parsed = CalendarCsv.Parse(text);
            if (!parsed.IsValid)
            {
                var err = parse.InvocationConfiguration.Error;
                err.WriteLine($"error: {path}: {parsed.Errors.Count} invalid line(s); nothing was imported");
                foreach (var e in parsed.Errors) err.WriteLine($"{path}:{e.Line}: {e.MessageZh}");
                return CliRunner.BadInput;
            }

            var root = parse.GetValue(dataDir)!;
            var name = Path.GetFileName(path);
            var before = CalendarStore.Load(root).Calendar;
            var merged = CalendarStore.Load(root, exceptFileName: name).Calendar.Merge(parsed.Entries);
            if (!merged.IsValid) throw new CliUsageException($"{path}: {merged.Errors[0]}");
            var after = merged.Calendar!;

            Directory.CreateDirectory(CalendarStore.Folder(root));
            var target = Path.Combine(CalendarStore.Folder(root), name);
            File.WriteAllText(target, text);

            var o = LegalTimeCli.Out(parse);
            var replaced = merged.Changes.Count(c => c.Before is not null);
            o.WriteLine($"已导入{parsed.Entries.Count}行至{target}（新增{merged.Changes.Count - replaced}行，替换{replaced}行）");
            o.WriteLine(before.Version == after.Version ? $"日历版本未变：{after.Version}" : $"日历版本：{before.Version} → {after.Version}");
            o.WriteLine($"已载入节假日安排的年份：{(after.CoveredYears.Count == 0 ? "无" : after.Version.CoveredYearsText)}");
            foreach (var year in parsed.Entries.Where(e => !e.IsLocal).Select(e => e.Date.Year).Distinct().Where(y => !after.Covers(y)))
                o.WriteLine($"提示：{year}年的全国安排中没有春节，该年仍按暂定处理（只有载入含春节的全年安排后才视为已载入）");
            foreach (var c in merged.Changes.Where(c => c.Before is not null))
                o.WriteLine($"替换：{CalendarCsvLine(c.Before!)} → {CalendarCsvLine(c.After)}");
            o.WriteLine("未办结申请的答复期限将按新日历重新计算");
            return CliRunner.Ok;
        });
        return command;
    }

    private static string CalendarCsvLine(CalendarEntry e) =>
        $"{ChineseDates.Iso(e.Date)},{e.KindKeyword},{e.Name}{(e.IsLocal ? "," + e.Region : "")}";

    private static string DescribeDay(CalendarDay day)
    {
        var d = day.Date;
        var head = $"{ChineseDates.Iso(d)} {ChineseDates.Weekday(d)}：";
        var local = day.Entry?.Region is { } r ? $"（{r}本地安排）" : "";
        return day.Kind switch
        {
            DayKind.Holiday => head + $"{day.Entry!.Name}假期{local}，休息日",
            DayKind.AdjustedWorkday => head + $"{day.Entry!.Name}调休上班日{local}，工作日",
            DayKind.Weekend => head + "周末，休息日",
            _ => head + "工作日",
        };
    }
}
