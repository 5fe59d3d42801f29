using System.Text.Json;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Json;
using Gongkai.Documents.Rendering.Markdown;

namespace Gongkai.Cli.Tests.Reports;

/// <summary>`gongkai report check|render` on the seed report and on variants of it (issue 2's acceptance).</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempDataDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string SeedPath => SharedFiles.SeedPath;
    private static string Seed => File.ReadAllText(SeedPath);

    [Fact]
    public void Check_Seed_ExitsZeroWithEveryCellReadAndTheStated225Items()
    {
        var result = CliHarness.Run("report", "check", SeedPath, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.DoesNotContain(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
        var cells = root.GetProperty("cells").EnumerateObject().ToList();
        Assert.Equal(ReportLayout.F2021.Cells.Count, cells.Count);
        Assert.All(cells, c => Assert.Equal(0m, c.Value.GetDecimal()));
        foreach (var prefix in new[] { "t2.", "t3.", "t4." }) Assert.Contains(cells, c => c.Name.StartsWith(prefix, StringComparison.Ordinal));
        var items = root.GetProperty("extras").GetProperty("proseFacts").GetProperty("proactiveItems");
        Assert.Equal(225, items.GetProperty("total").GetInt32());
        Assert.Equal(225, items.GetProperty("partsSum").GetInt32());
        Assert.Equal(9, items.GetProperty("parts").GetArrayLength());
    }

    [Theory]
    [InlineData("一、\t本年新收政府信息公开申请数量", 1, "t3.r1.c1")]
    [InlineData("\t(二) 部分公开（区分处理的，只计这一情形，不计其他情形）", 5, "t3.r3.2.c5")]
    [InlineData("\t\t7.属于行政执法案卷", 7, "t3.r3.3.7.c7")]
    [InlineData("\t3.补正后申请内容仍不明确", 3, "t3.r3.4.3.c3")]
    [InlineData("四、结转下年度继续办理", 2, "t3.r4.c2")]
    public void Check_SeedWithOneTable3NumberChanged_ExitsOneNamingRuleAndCell(string linePrefix, int numberIndex, string cellId)
    {
        var path = _dir.File("changed.txt", ChangeNumber(Seed, linePrefix, numberIndex, "3"));

        var result = CliHarness.Run("report", "check", path, "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var errors = json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error").ToList();
        Assert.NotEmpty(errors);
        Assert.Contains(errors, f => f.GetProperty("rule").GetString() is "R1" or "R2" or "R3"
            && f.GetProperty("cells").EnumerateArray().Any(c => c.GetProperty("id").GetString() == cellId));
    }

    [Fact]
    public void Check_SeedWithOneTable4NumberChanged_ExitsOneWithR5()
    {
        var lines = Seed.Split('\n');
        int row = Array.FindLastIndex(lines, l => l.StartsWith("0\t0\t0\t0\t0\t0", StringComparison.Ordinal));
        var cells = lines[row].Split('\t');
        cells[6] = "4"; // b2: 行政诉讼 未经复议直接起诉 结果纠正
        lines[row] = string.Join('\t', cells);
        var path = _dir.File("t4.txt", string.Join('\n', lines));

        var result = CliHarness.Run("report", "check", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("R5", result.Stdout);
        Assert.Contains("t4.b2", result.Stdout);
    }

    [Fact]
    public void Check_SeedWithTable3CutOut_ExitsOneNamingTheMissingParts()
    {
        var seed = Seed;
        int start = seed.IndexOf("### 三、收到和处理", StringComparison.Ordinal);
        int end = seed.IndexOf("#### 四、", StringComparison.Ordinal);
        var path = _dir.File("cut.txt", seed[..start] + seed[end..]);

        var result = CliHarness.Run("report", "check", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("R11", result.Stdout);
        Assert.Contains("三、收到和处理政府信息公开申请情况", result.Stdout);
        Assert.Contains("表三", result.Stdout);
        Assert.DoesNotContain("cells read: 200", result.Stdout);
    }

    [Fact]
    public void Check_EmptyFile_ExitsTwoWithOneLineReason()
    {
        var result = CliHarness.Run("report", "check", _dir.File("empty.txt", ""));

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.Contains("empty", result.Stderr);
    }

    [Fact]
    public void Check_BinaryFile_ExitsTwo()
    {
        var path = Path.Combine(_dir.Path, "image.png");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3]);

        var result = CliHarness.Run("report", "check", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a report", result.Stderr);
    }

    [Fact]
    public void Check_UnrelatedText_ExitsTwo()
    {
        var result = CliHarness.Run("report", "check", _dir.File("notes.txt", "今天天气很好，我们去公园散步。\nThe weather is fine."));

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Check_MissingFile_ExitsTwo()
    {
        var result = CliHarness.Run("report", "check", Path.Combine(_dir.Path, "nope.txt"));

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Check_WithPreviousYear_RunsCrossYearRules()
    {
        var rng = new Random(7);
        var previous = SampleReports.Consistent(rng, ReportFormat.F2021, density: 0.8);
        previous.Year = 2022;
        var current = SampleReports.Consistent(rng, ReportFormat.F2021, density: 0.8);
        current.Year = 2023;
        current.AgencyName = previous.AgencyName;
        var prevPath = _dir.File("2022.md", MarkdownReportRenderer.Render(previous));
        var currPath = _dir.File("2023.md", MarkdownReportRenderer.Render(current));

        var result = CliHarness.Run("report", "check", currPath, "--previous", prevPath);

        // Independent random years almost surely disagree on r2(2023) vs r4(2022): R7 is a warning, so the exit stays 0.
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("R7", result.Stdout);
    }

    [Fact]
    public void Render_SeedToJsonThenCheckTheJson_GivesTheSameCells()
    {
        var jsonPath = Path.Combine(_dir.Path, "seed.json");
        Assert.Equal(0, CliHarness.Run("report", "render", SeedPath, "--to", "json", "-o", jsonPath).ExitCode);

        var reading = JsonReportReader.Read(File.ReadAllText(jsonPath));
        Assert.NotNull(reading.Report);
        Assert.Equal(200, reading.Report!.Cells.Count);
        Assert.Equal(0, CliHarness.Run("report", "check", jsonPath).ExitCode);
    }

    [Fact]
    public void Render_GeneratedReportToMarkdown_ReadsBackIdentically()
    {
        var report = SampleReports.Consistent(new Random(11), ReportFormat.F2021, density: 0.9);
        var source = _dir.File("report.json", JsonReportWriter.Write(report));

        var result = CliHarness.Run("report", "render", source, "--to", "md");

        Assert.Equal(0, result.ExitCode);
        var back = Gongkai.Documents.Reading.Text.ReportTextReader.Read(result.Stdout).Report!;
        foreach (var (id, value) in report.Cells) Assert.Equal(value, back[id]);
    }

    [Fact]
    public void Render_ToHtml_WritesAFullDocument()
    {
        var result = CliHarness.Run("report", "render", SeedPath, "--to", "html");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<!doctype html>", result.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data-cell=\"t3.r1.c1\"", result.Stdout);
    }

    [Fact]
    public void Render_UnknownTarget_ExitsTwo()
    {
        Assert.Equal(2, CliHarness.Run("report", "render", SeedPath, "--to", "rtf").ExitCode);
    }

    /// <summary>Replaces the <paramref name="numberIndex"/>-th (1-based) number cell of the first line starting with the prefix.</summary>
    private static string ChangeNumber(string text, string linePrefix, int numberIndex, string value)
    {
        var lines = text.Split('\n');
        int row = Array.FindIndex(lines, l => l.StartsWith(linePrefix, StringComparison.Ordinal));
        Assert.True(row >= 0, $"no line starts with {linePrefix}");
        var cells = lines[row].Split('\t');
        int seen = 0;
        bool changed = false;
        for (int i = 0; i < cells.Length; i++)
            if (cells[i] == "0" && ++seen == numberIndex) { cells[i] = value; changed = true; break; }
        Assert.True(changed, $"line {linePrefix} has no number {numberIndex}");
        lines[row] = string.Join('\t', cells);
        return string.Join('\n', lines);
    }
}
