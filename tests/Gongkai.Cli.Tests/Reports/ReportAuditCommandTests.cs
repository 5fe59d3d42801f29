using System.Text;
using System.Text.Json;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Docx;
using Gongkai.Documents.Rendering.Html;
using Gongkai.Documents.Rendering.Markdown;

namespace Gongkai.Cli.Tests.Reports;

/// <summary>`gongkai report audit`: many files at once, the summary, the findings file and the cells file.</summary>
public sealed class ReportAuditCommandTests : IDisposable
{
    private readonly TempDataDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static AnnualReport Sample(int seed, int year, string agency)
    {
        var report = SampleReports.Consistent(new Random(seed), ReportFormat.F2021, density: 0.7, maxCount: 300);
        report.Year = year;
        report.AgencyName = agency;
        report.Title = $"{agency}{year}年政府信息公开工作年度报告";
        return report;
    }

    [Fact]
    public void Audit_PingtanCorpus_CellsFileMatchesTheTruthForAtLeast95PercentAndAccountsForEveryOtherCell()
    {
        var cellsPath = Path.Combine(_dir.Path, "cells.jsonl");

        var result = CliHarness.Run("report", "audit", SharedFiles.PingtanCorpus, "--cells", cellsPath);

        Assert.Contains("reports read: 5 of 5", result.Stdout);
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedFiles.PingtanCorpus, "truth.json")));
        int numeric = 0, exact = 0;
        foreach (var line in File.ReadAllLines(cellsPath))
        {
            using var read = JsonDocument.Parse(line);
            var name = Path.GetFileName(read.RootElement.GetProperty("file").GetString()!);
            var expected = truth.RootElement.GetProperty("reports").GetProperty(name).GetProperty("cells");
            var cells = read.RootElement.GetProperty("cells");
            var accounted = read.RootElement.GetProperty("missing").EnumerateArray().Concat(read.RootElement.GetProperty("ambiguous").EnumerateArray())
                .Select(e => e.GetString()).ToHashSet();
            foreach (var cell in expected.EnumerateObject())
            {
                bool present = cells.TryGetProperty(cell.Name, out var value);
                Assert.True(present || accounted.Contains(cell.Name), $"{name} {cell.Name}: neither read nor reported missing or ambiguous");
                if (cell.Value.ValueKind == JsonValueKind.Null) continue;
                numeric++;
                if (present && value.ValueKind == JsonValueKind.Number && value.GetDecimal() == cell.Value.GetDecimal()) exact++;
            }
        }
        Assert.True(exact >= numeric * 0.95, $"{exact} of {numeric} numeric cells read exactly");
    }

    [Fact]
    public void Audit_FolderOfMixedFiles_SummarisesReadUnreadableAndFindingsByRule()
    {
        var good = Sample(1, 2023, "某县自然资源局");
        var bad = Sample(2, 2023, "某县生态环境局");
        bad.Set("t3.r1.c1", bad.Number("t3.r1.c1")!.Value + 7);
        File.WriteAllText(Path.Combine(_dir.Path, "good.html"), HtmlReportRenderer.Render(good));
        File.WriteAllBytes(Path.Combine(_dir.Path, "bad.docx"), DocxReportRenderer.Render(bad));
        File.WriteAllBytes(Path.Combine(_dir.Path, "scan.pdf"), "%PDF-1.4\n"u8.ToArray());
        _dir.File(Path.Combine("sub", "deeper.md"), MarkdownReportRenderer.Render(Sample(3, 2023, "某镇人民政府")));
        var findings = Path.Combine(_dir.Path, "findings.json");

        var flat = CliHarness.Run("report", "audit", _dir.Path);
        var result = CliHarness.Run("report", "audit", _dir.Path, "--recursive", "--out", findings);

        Assert.Contains("reports read: 2 of 3", flat.Stdout);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("reports read: 3 of 4", result.Stdout);
        Assert.Contains("scan.pdf", result.Stdout);
        Assert.Matches(@"blocking R1 +\d+ finding\(s\) in 1 report\(s\)", result.Stdout);
        Assert.Contains("worst reports:", result.Stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(findings));
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(4, files.Count);
        var badFile = files.Single(f => f.GetProperty("file").GetString()!.EndsWith("bad.docx", StringComparison.Ordinal));
        Assert.Contains(badFile.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("rule").GetString() == "R1" && f.GetProperty("cells").EnumerateArray().Any(c => c.GetString() == "t3.r1.c1"));
        Assert.Equal(64, badFile.GetProperty("sha256").GetString()!.Length);
    }

    [Fact]
    public void Audit_WithPreviousDir_PairsByAgencyAndYearAndFindsCarryOverMismatch()
    {
        var previous = Sample(4, 2022, "某市生态环境局");
        var current = Sample(5, 2023, "某市生态环境局");
        var previousDir = Path.Combine(_dir.Path, "2022");
        Directory.CreateDirectory(previousDir);
        File.WriteAllText(Path.Combine(previousDir, "2022.md"), MarkdownReportRenderer.Render(previous));
        var path = _dir.File(Path.Combine("2023", "2023.md"), MarkdownReportRenderer.Render(current));
        var csv = Path.Combine(_dir.Path, "findings.csv");
        bool carryOverDiffers = current.Layout.RequestColumns.Any(c => current.RequestCount("r2", c.Id) != previous.RequestCount("r4", c.Id));

        var result = CliHarness.Run("report", "audit", path, "--previous-dir", previousDir, "--out", csv);

        Assert.True(carryOverDiffers);
        var rows = File.ReadAllLines(csv, Encoding.UTF8);
        Assert.StartsWith("file,sha256,agency,year,rule,severity", rows[0].TrimStart('\uFEFF'));
        Assert.Contains(rows, r => r.Contains(",R7,advisory,", StringComparison.Ordinal));
        Assert.Contains("advisory R7", result.Stdout);
    }

    [Fact]
    public void Audit_NothingReadable_ExitsTwo()
    {
        var path = _dir.File("notes.txt", "会议纪要：今天讨论了食堂的菜单。");

        var result = CliHarness.Run("report", "audit", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("reports read: 0 of 1", result.Stdout);
        Assert.Contains("no annual report recognised", result.Stdout);
    }
}
