using System.Text.Json;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Markdown;

namespace Gongkai.Cli.Tests.Reports;

/// <summary>`gongkai report audit`: copied prose between reports of the batch (C1, C2) and publication after the deadline (L1).</summary>
public sealed class ReportAuditCopyAndLateTests : IDisposable
{
    private const string SharedProblems =
        "一是政府信息公开的及时性和规范性还需加强，部分栏目更新不够及时，信息发布审核流程仍需细化。二是政策解读的形式比较单一，" +
        "图解、视频等多样化解读较少，解读的针对性和可读性有待提高。三是工作人员业务能力有待提升。下一步，我局将加强业务培训，" +
        "完善信息发布审核制度，丰富政策解读形式，切实提升政府信息公开工作质量。";

    private readonly TempDataDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string name, int seed, int year, string agency, string problems)
    {
        var report = SampleReports.Consistent(new Random(seed), ReportFormat.F2021, density: 0.6, maxCount: 100);
        report.Year = year;
        report.AgencyName = agency;
        report.Title = $"{agency}{year}年政府信息公开工作年度报告";
        report.SetSection(SectionId.Overview, $"{year}年，本机关依法做好政府信息公开工作。");
        report.SetSection(SectionId.ProblemsAndImprovements, problems);
        return _dir.File(name, MarkdownReportRenderer.Render(report));
    }

    [Fact]
    public void Audit_SiblingWithTheSameSectionFive_IsReportedAsCopiedWithItsSourceAndPassage()
    {
        Write("a.md", 1, 2023, "某县自然资源局", SharedProblems);
        Write("b.md", 2, 2023, "某县生态环境局", SharedProblems.Replace("我局", "本局"));
        Write("c.md", 3, 2023, "某县教育局", "本年度我局在政府网站栏目建设方面仍有不足，个别栏目内容陈旧，依申请公开的答复文书格式不够统一，工作人员对新条例理解不够深入，今后将组织专题学习并定期开展自查，逐项整改落实到位，确保各项要求落到实处，群众满意。");
        var findings = Path.Combine(_dir.Path, "findings.json");

        var result = CliHarness.Run("report", "audit", _dir.Path, "--out", findings);

        Assert.Contains("copied prose: 2 section(s) in 2 report(s)", result.Stdout);
        Assert.Matches(@"C2 +\d+%  a\.md section 5 ← sibling 某县生态环境局", result.Stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(findings));
        var a = json.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("file").GetString()!.EndsWith("a.md", StringComparison.Ordinal));
        var copy = Assert.Single(a.GetProperty("copies").EnumerateArray());
        Assert.Equal("某县生态环境局", copy.GetProperty("sourceAgency").GetString());
        Assert.EndsWith("b.md", copy.GetProperty("sourceFile").GetString(), StringComparison.Ordinal);
        Assert.Contains("政策解读的形式比较单一", copy.GetProperty("passages")[0].GetString());
        Assert.Contains(a.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "C2" && f.GetProperty("severity").GetString() == "advisory");
    }

    [Fact]
    public void Audit_ThisYearsReportRepeatingLastYears_IsCopiedFromLastYear()
    {
        Write("2022.md", 4, 2022, "某县自然资源局", SharedProblems);
        Write("2023.md", 5, 2023, "某县自然资源局", SharedProblems);

        var result = CliHarness.Run("report", "audit", _dir.Path);

        Assert.Matches(@"C1 +100%  2023\.md section 5 ← last year's report \(2022\.md\)", result.Stdout);
    }

    [Fact]
    public void Audit_DepartmentReportPublishedInFebruary_IsLateAndUnknownDatesAreSaidToBeUnknown()
    {
        var path = Write("late.md", 6, 2023, "某县自然资源局", "无。");
        var findings = Path.Combine(_dir.Path, "findings.csv");

        var unknown = CliHarness.Run("report", "audit", path);
        var late = CliHarness.Run("report", "audit", path, "--published", "2024-02-15", "--out", findings);

        Assert.Contains("publication: 0 on time, 0 late, 1 date unknown", unknown.Stdout);
        Assert.Contains("publication: 0 on time, 1 late, 0 date unknown", late.Stdout);
        Assert.Contains("late   15 day(s)  late.md", late.Stdout);
        Assert.Contains(File.ReadAllLines(findings), r => r.Contains(",L1,advisory,", StringComparison.Ordinal) && r.Contains("2024-01-31", StringComparison.Ordinal));
    }

    [Fact]
    public void Audit_PingtanCorpus_ReadsEveryPublicationDateFromThePortalAndFindsNoLateReport()
    {
        var result = CliHarness.Run("report", "audit", SharedFiles.PingtanCorpus);

        Assert.Contains("publication: 5 on time, 0 late, 0 date unknown", result.Stdout);
    }

    [Fact]
    public void Audit_BadPublishedDate_IsAUsageError()
    {
        var path = Write("x.md", 7, 2023, "某县自然资源局", "无。");

        var result = CliHarness.Run("report", "audit", path, "--published", "2024-13-01");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--published", result.Stdout + result.Stderr);
    }
}
