using System.Text.Json;

namespace Gongkai.Cli.Tests.LegalTime;

public class DeadlineCommandTests : IDisposable
{
    private readonly TempDataDir _data = new();

    public void Dispose() => _data.Dispose();

    private CliResult Run(params string[] args) => CliHarness.Run([.. args, "--data-dir", _data.Path]);

    [Fact]
    public void Deadline_ReceivedBeforeNationalDay2023_IsDue20231027()
    {
        // 2023-10-07 and 10-08 (Sat, Sun) were working days; 09-29 … 10-06 were not.
        var r = Run("deadline", "--received", "2023-09-25", "--channel", "in-person", "--today", "2023-10-20");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("2023-10-27", r.Lines[0]);
        Assert.Contains("2023年9月29日至10月6日为中秋节、国庆节假期，不计入", r.Stdout);
        Assert.Contains("还有5个工作日", r.Stdout);
    }

    [Fact]
    public void Deadline_WithCorrectionConsultationAndExtension_PrintsTheSummaryLine()
    {
        var r = Run("deadline", "--received", "2023-09-25", "--correction-asked", "2023-09-27", "--correction-received", "2023-10-09",
            "--consultation", "2023-10-10", "2023-10-18", "--extension", "20", "--today", "2023-12-13");

        Assert.Equal("2023-12-12", r.Lines[0]);
        Assert.Equal("自2023年10月9日收到补正申请之日起算20个工作日；征求第三方意见期间（6个工作日）不计入；经批准延长20个工作日；至2023年12月12日届满", r.Lines[1]);
        Assert.Contains("已逾期1个工作日", r.Stdout);
    }

    [Fact]
    public void Deadline_RepeatedConsultations_KeepTheirOwnDates()
    {
        // 2023-03-01: third party 03-06 → 03-10 and an unanswered one from 03-20 (runs 15 wd to 04-11).
        var r = Run("deadline", "--received", "2023-03-01", "--consultation", "2023-03-06", "2023-03-10",
            "--consultation", "2023-03-20", "--json", "--today", "2023-03-01");

        using var json = JsonDocument.Parse(r.Stdout);
        var spans = json.RootElement.GetProperty("excludedSpans").EnumerateArray().ToArray();
        Assert.Equal(2, spans.Length);
        Assert.Equal("2023-03-10", spans[0].GetProperty("end").GetString());
        Assert.Equal("answerLimit", spans[1].GetProperty("endReason").GetString());
    }

    [Fact]
    public void Deadline_IntoAnUncoveredYear_SaysProvisionalInTextAndJson()
    {
        var text = Run("deadline", "--received", "2026-12-10", "--today", "2026-12-10");
        var json = Run("deadline", "--received", "2026-12-10", "--today", "2026-12-10", "--json");

        Assert.Equal("2027-01-07", text.Lines[0]);
        Assert.Contains("暂定", text.Lines[1]);
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.True(doc.RootElement.GetProperty("provisional").GetBoolean());
        Assert.Equal("2027-01-07", doc.RootElement.GetProperty("dueDate").GetString());
    }

    [Theory]
    [InlineData("--received", "2023-02-30")]
    [InlineData("--received", "2023/09/25")]
    [InlineData("--received", "2023-09-25", "--channel", "pigeon")]
    [InlineData("--received", "2023-09-25", "--extension", "21")]
    [InlineData("--received", "2023-09-25", "--correction-asked", "2023-09-27")]
    [InlineData("--received", "2023-09-25", "--consultation", "2023-09-28", "2023-09-26")]
    [InlineData("--received", "2023-09-25", "--consultation", "2023-09-26", "2023-09-27", "2023-09-28")]
    [InlineData("--channel", "post")]
    public void Deadline_BadArguments_Exit2WithAOneLineReason(params string[] args)
    {
        var r = Run(["deadline", .. args]);

        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.StartsWith("error: ", r.Stderr);
        Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Deadline_LateCorrectionNotice_IsComputedWithAWarning()
    {
        var r = Run("deadline", "--received", "2024-09-13", "--correction-asked", "2024-09-27", "--correction-received", "2024-10-08", "--today", "2024-10-08");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("2024-11-04", r.Lines[0]);
        Assert.Contains("提示：补正告知晚于2024年9月25日", r.Stdout);
    }
}

public class CalendarCommandTests : IDisposable
{
    private readonly TempDataDir _data = new();

    public void Dispose() => _data.Dispose();

    private CliResult Run(params string[] args) => CliHarness.Run([.. args, "--data-dir", _data.Path]);

    [Theory]
    [InlineData("2023-10-07", 0, "yes", "调休上班日")]
    [InlineData("2023-10-02", 1, "no", "假期")]
    [InlineData("2023-10-14", 1, "no", "周末")]
    public void IsWorkday_AnswersYesOrNoAndWhy(string date, int exit, string answer, string why)
    {
        var r = Run("calendar", "is-workday", date);

        Assert.Equal(exit, r.ExitCode);
        Assert.Equal(answer, r.Lines[0]);
        Assert.Contains(why, r.Lines[1]);
    }

    [Fact]
    public void AddWorkdays_SkipsTheHolidayAndLandsOnTheAdjustedSaturday()
    {
        var r = Run("calendar", "add-workdays", "2023-09-28", "1");

        Assert.Equal("2023-10-07", r.Lines[0]);
        Assert.Contains("中秋节、国庆节假期", r.Stdout);
    }

    [Fact]
    public void AddWorkdays_NegativeN_IsBadInput()
    {
        Assert.Equal(2, Run("calendar", "add-workdays", "2023-09-28", "-1").ExitCode);
        Assert.Equal(2, Run("calendar", "add-workdays", "2023-09-28", "x").ExitCode);
    }

    [Fact]
    public void Import_WithBadLines_ListsEveryLineAndStoresNothing()
    {
        var file = _data.File("in/2027.csv", "date,kind,name\n2027-01-01,holiday,元旦\n2027-01-04,workday,元旦\n2027-02-30,holiday,春节\n");

        var r = Run("calendar", "import", file);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(":3:", r.Stderr);
        Assert.Contains(":4:", r.Stderr);
        Assert.False(Directory.Exists(Path.Combine(_data.Path, "calendar")));
    }

    [Fact]
    public void Import_ANewYear_EndsProvisionalDeadlinesAndChangesTheVersion()
    {
        // A made-up 2027 schedule for the test: 2027-01-01 (Fri) off, and a 春节 so the year counts as covered.
        var before = Run("calendar", "show");
        var file = _data.File("in/cn-2027.csv", "date,kind,name\n2027-01-01,holiday,元旦\n2027-02-08,holiday,春节\n");

        var r = Run("calendar", "import", file);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("→", r.Stdout);
        Assert.Contains("2019-2027", r.Stdout);
        Assert.True(File.Exists(Path.Combine(_data.Path, "calendar", "cn-2027.csv")));
        Assert.NotEqual(before.Lines[0], Run("calendar", "show").Lines[0]);

        // Received Thu 2026-12-10: 11 (1); 14–18 (2–6); 21–25 (7–11); 28–31 (12–15); skip 2027-01-01 (hol); 04–08 (16–20).
        var deadline = Run("deadline", "--received", "2026-12-10", "--today", "2026-12-10");
        Assert.Equal("2027-01-08", deadline.Lines[0]);
        Assert.DoesNotContain("暂定", deadline.Stdout);
    }

    [Fact]
    public void Import_TheSameFileNameAgain_ReplacesTheEarlierImport()
    {
        var first = _data.File("in/local.csv", "date,kind,name,region\n2024-04-11,holiday,本地休假,某市\n");
        Assert.Equal(0, Run("calendar", "import", first).ExitCode);
        Assert.Equal("no", Run("calendar", "is-workday", "2024-04-11").Lines[0]);

        var second = _data.File("in/local.csv", "date,kind,name,region\n2024-04-12,holiday,本地休假,某市\n");
        Assert.Equal(0, Run("calendar", "import", second).ExitCode);

        Assert.Equal("yes", Run("calendar", "is-workday", "2024-04-11").Lines[0]);
        Assert.Equal("no", Run("calendar", "is-workday", "2024-04-12").Lines[0]);
    }

    [Fact]
    public void Import_LocalDayOff_AppliesWithItsRegion()
    {
        var file = _data.File("in/local.csv", "date,kind,name,region\n2024-04-11,holiday,三月三,广西壮族自治区\n");
        Assert.Equal(0, Run("calendar", "import", file).ExitCode);

        Assert.Equal("no", Run("calendar", "is-workday", "2024-04-11").Lines[0]);
        Assert.Equal("no", Run("calendar", "is-workday", "2024-04-11", "--region", "广西壮族自治区").Lines[0]);
        Assert.Equal(2, Run("calendar", "is-workday", "2024-04-11", "--region", "湖北省").ExitCode);
        Assert.Contains("广西壮族自治区", Run("calendar", "show").Stdout);
    }

    [Fact]
    public void Show_Year_ListsHolidaysAndAdjustedWorkdays()
    {
        var r = Run("calendar", "show", "2023");

        Assert.Contains("2023-10-07 星期六 调休上班 中秋节、国庆节", r.Stdout);
        Assert.Contains("2023-01-23 星期一 放假 春节", r.Stdout);
    }

    [Fact]
    public void Show_UncoveredYear_SaysItIsProvisional()
    {
        Assert.Contains("暂定", Run("calendar", "show", "2027").Stdout);
    }
}

public class FeeCommandTests : IDisposable
{
    private readonly TempDataDir _data = new();

    public void Dispose() => _data.Dispose();

    private CliResult Run(params string[] args) => CliHarness.Run([.. args, "--data-dir", _data.Path]);

    [Theory]
    [InlineData("piece", "31", "0", "2200")]
    [InlineData("piece", "10", "25", "1500")]
    [InlineData("page", "201", "0", "2740")]
    [InlineData("page", "30", "0", "0")]
    public void Fee_PrintsThePlainAmountFirst(string method, string count, string earlier, string expected)
    {
        var r = Run("fee", "--method", method, "--count", count, "--earlier-this-month", earlier);

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(expected, r.Lines[0]);
        Assert.Contains("合计", r.Stdout);
    }

    [Fact]
    public void Fee_ByPage_SaysEarlierApplicationsAreIgnored()
    {
        var r = Run("fee", "--method", "page", "--count", "31", "--earlier-this-month", "40");

        Assert.Equal("10", r.Lines[0]);
        Assert.Contains("已忽略", r.Stdout);
    }

    [Fact]
    public void Fee_WithAConfiguredExemption_ReducesIt()
    {
        _data.File("fees/exemptions.csv", "code,name,percent\nhardship,生活困难,100\n");

        var r = Run("fee", "--method", "page", "--count", "201", "--exemption", "hardship");

        Assert.Equal("0", r.Lines[0]);
        Assert.Contains("减免", r.Stdout);
    }

    [Theory]
    [InlineData("--method", "piece", "--count", "0")]
    [InlineData("--method", "both", "--count", "3")]
    [InlineData("--method", "page", "--count", "3", "--exemption", "none-configured")]
    public void Fee_BadArguments_Exit2(params string[] args)
    {
        var r = Run(["fee", .. args]);

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("error: ", r.Stderr);
    }
}

public class IdCommandTests
{
    [Theory]
    [InlineData("11010519491231002X", "居民身份证号码")]
    [InlineData("11341702486344515H", "统一社会信用代码")]
    public void IdCheck_Valid_Exits0(string number, string kind)
    {
        var r = CliHarness.Run("id", "check", number);

        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("有效", r.Lines[0]);
        Assert.Contains(kind, r.Lines[0]);
    }

    [Theory]
    [InlineData("110105194912310021", "校验码错误")]
    [InlineData("11341702486344515J", "校验码错误")]
    [InlineData("11010519491331002X", "出生日期")]
    [InlineData("1101051949", "18位")]
    [InlineData("11341702486344515I", "I、O、S、V、Z")]
    public void IdCheck_Invalid_Exits1WithTheReason(string number, string reason)
    {
        var r = CliHarness.Run("id", "check", number);

        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("无效", r.Lines[0]);
        Assert.Contains(reason, r.Lines[0]);
    }

    [Fact]
    public void IdCheck_Json_GivesTheMaskedNumber()
    {
        var r = CliHarness.Run("id", "check", "11010519491231002X", "--json");

        using var json = JsonDocument.Parse(r.Stdout);
        Assert.Equal("1101**********002X", json.RootElement.GetProperty("masked").GetString());
    }
}
