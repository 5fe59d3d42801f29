using FsCheck.Xunit;
using Gongkai.Core.Disclosure.Registers;
using Gongkai.Core.Reporting;
using Gongkai.Core.Reporting.Checks;

namespace Gongkai.Core.Tests.Disclosure;

/// <summary>Table 二 from the registers (report-format.md §3, §7, §9).</summary>
public class ProactiveTableTests
{
    private static NormativeDocumentEntry Doc(NormativeDocumentKind kind, string issued, string? repealed = null, string? superseded = null) =>
        NormativeDocumentEntry.Create(kind, "文件", null, DateOnly.Parse(issued),
            repealed is null ? null : DateOnly.Parse(repealed), superseded is null ? null : DateOnly.Parse(superseded)).Value;

    private static EnforcementStatistics Stats(int year, long fen = 0) => EnforcementStatistics.Create(year, 12, 3, 1, fen).Value;

    [Fact]
    public void F2021_CountsIssuedRepealedAndInForceOn31December()
    {
        var entries = new[]
        {
            Doc(NormativeDocumentKind.NormativeDocument, "2021-03-01"),
            Doc(NormativeDocumentKind.NormativeDocument, "2022-06-01", repealed: "2023-12-31"),
            Doc(NormativeDocumentKind.NormativeDocument, "2023-01-01"),
            Doc(NormativeDocumentKind.NormativeDocument, "2023-05-01", repealed: "2024-01-01"),
            Doc(NormativeDocumentKind.NormativeDocument, "2024-01-02"),
            Doc(NormativeDocumentKind.Rule, "2020-01-01", superseded: "2023-07-01"),
            Doc(NormativeDocumentKind.Rule, "2023-07-01"),
        };

        var t = ProactiveTableCounter.Count(entries, Stats(2023, 12_345_678), 2023);

        Assert.Equal(ReportFormat.F2021, t.Format);
        Assert.Equal((2m, 1m, 3m), (t["t2.行政规范性文件.issued"], t["t2.行政规范性文件.repealed"], t["t2.行政规范性文件.in_force"]));
        Assert.Equal((1m, 0m, 1m), (t["t2.规章.issued"], t["t2.规章.repealed"], t["t2.规章.in_force"]));
        Assert.Equal((12m, 3m, 1m), (t["t2.行政许可.decisions"], t["t2.行政处罚.decisions"], t["t2.行政强制.decisions"]));
        Assert.Equal(12.345678m, t["t2.行政事业性收费.amount_wan"]);
        Assert.Empty(t.Underived);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "0.000001")]
    [InlineData(10_000, "0.01")]
    [InlineData(1_000_000, "1")]
    [InlineData(15_000_000, "15")]
    [InlineData(123_450_000, "123.45")]
    public void FeeAmount_IsRenderedIn万元Exactly(long fen, string wan)
    {
        Assert.Equal(wan, EnforcementStatistics.FenToWan(fen).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void WithoutStatisticsForTheYear_TheirCellsAreLeftUnderivedNotZero()
    {
        var t = ProactiveTableCounter.Count([], null, 2023);

        Assert.Equal(["t2.行政许可.decisions", "t2.行政处罚.decisions", "t2.行政强制.decisions", "t2.行政事业性收费.amount_wan"], t.Underived.Select(u => u.CellId));
        var report = new AnnualReport(ReportFormat.F2021);
        t.ApplyTo(report);
        Assert.Null(report["t2.行政许可.decisions"]);
        Assert.Equal(0m, report.Number("t2.规章.issued"));
    }

    [Fact]
    public void F2019_DerivesNewlyMadeAndDecisions_AndNamesEveryOtherCell()
    {
        var entries = new[] { Doc(NormativeDocumentKind.NormativeDocument, "2020-03-01"), Doc(NormativeDocumentKind.NormativeDocument, "2019-03-01") };

        var t = ProactiveTableCounter.Count(entries, Stats(2020), 2020);

        Assert.Equal(ReportFormat.F2019, t.Format);
        Assert.Equal(["t2.规章.new_made", "t2.规范性文件.new_made", "t2.行政许可.decisions", "t2.行政处罚.decisions", "t2.行政强制.decisions"], t.Cells.Keys);
        Assert.Equal(1m, t["t2.规范性文件.new_made"]);
        Assert.Contains(t.Underived, u => u.CellId == "t2.规范性文件.total_published" && u.ReasonZh.Contains("未经核实"));
    }

    [Fact]
    public void ApplyTo_AReportOfAnotherFormat_IsABug()
    {
        var t = ProactiveTableCounter.Count([], Stats(2023), 2023);

        Assert.Throws<ArgumentException>(() => t.ApplyTo(new AnnualReport(ReportFormat.F2019)));
    }

    [Fact]
    public void StatisticsOfAnotherYear_IsABug()
    {
        Assert.Throws<ArgumentException>(() => ProactiveTableCounter.Count([], Stats(2022), 2023));
    }

    [Fact]
    public void Revision_InTheYear_MakesR10Inexact_AsTheFormatWarns()
    {
        var register = new[] { Doc(NormativeDocumentKind.Rule, "2020-01-01", superseded: "2023-07-01"), Doc(NormativeDocumentKind.Rule, "2023-07-01") };
        AnnualReport For(int year)
        {
            var report = AnnualReport.Empty(ReportFormat.F2021);
            report.Year = year;
            ProactiveTableCounter.Count(register, Stats(year), year).ApplyTo(report);
            return report;
        }

        var r10 = Assert.Single(ReportChecks.Run(For(2023), For(2022)), f => f.RuleId == "R10");

        Assert.Equal(("2", "1"), (r10.Expected, r10.Found));
    }

    [Fact]
    public void Statistics_Negative_IsRefusedWithEveryProblem()
    {
        Assert.Equal(2, EnforcementStatistics.Create(2023, -1, 0, 0, -5).Errors.Count);
    }

    [Fact]
    public void Entry_RepealedBeforeIssue_OrBothRepealedAndSuperseded_IsRefused()
    {
        Assert.IsType<RegisterEndBeforeIssueError>(Assert.Single(
            NormativeDocumentEntry.Create(NormativeDocumentKind.Rule, "规章", null, new(2023, 5, 1), repealedOn: new(2023, 4, 30)).Errors));
        Assert.IsType<RegisterEndedTwiceError>(Assert.Single(
            NormativeDocumentEntry.Create(NormativeDocumentKind.Rule, "规章", null, new(2023, 5, 1), new(2023, 6, 1), new(2023, 6, 1)).Errors));
    }
}

/// <summary>Random registers: the cells always satisfy R6, every table-二 cell is either derived or named as underived, and R10 holds exactly without revisions.</summary>
public class ProactiveTableProperties
{
    private const int Year = 2023;

    private static List<NormativeDocumentEntry> RandomRegister(int seed, bool withRevisions)
    {
        var random = new Random(seed);
        var start = new DateOnly(2015, 1, 1);
        var list = new List<NormativeDocumentEntry>();
        for (int i = random.Next(0, 40); i > 0; i--)
        {
            var issued = start.AddDays(random.Next(0, 365 * 10));
            DateOnly? ended = random.Next(3) == 0 ? issued.AddDays(random.Next(0, 900)) : null;
            bool superseded = withRevisions && ended is not null && random.Next(2) == 0;
            var kind = random.Next(4) == 0 ? NormativeDocumentKind.Rule : NormativeDocumentKind.NormativeDocument;
            list.Add(NormativeDocumentEntry.Create(kind, $"文件{i}", null, issued, superseded ? null : ended, superseded ? ended : null).Value);
        }
        return list;
    }

    private static EnforcementStatistics RandomStatistics(int seed, int year)
    {
        var random = new Random(seed ^ year);
        return EnforcementStatistics.Create(year, random.Next(0, 500), random.Next(0, 500), random.Next(0, 50), random.NextInt64(0, 10_000_000_000)).Value;
    }

    private static AnnualReport Report(IReadOnlyList<NormativeDocumentEntry> register, int seed, int year)
    {
        var report = AnnualReport.Empty(ReportFormat.F2021);
        report.Year = year;
        report.AgencyName = "红寺堡区科学技术局";
        ProactiveTableCounter.Count(register, RandomStatistics(seed, year), year).ApplyTo(report);
        return report;
    }

    [Property(MaxTest = 200)]
    public bool Cells_SatisfyR6(int seed)
    {
        var report = Report(RandomRegister(seed, withRevisions: true), seed, Year);
        return ReportChecks.Run(report).All(f => f.RuleId != "R6");
    }

    [Property(MaxTest = 200)]
    public bool InForce_IsLastYearsPlusIssuedMinusRepealed_WhenNothingWasRevised(int seed)
    {
        var register = RandomRegister(seed, withRevisions: false);
        var now = ProactiveTableCounter.Count(register, null, Year);
        var before = ProactiveTableCounter.Count(register, null, Year - 1);
        return new[] { "规章", "行政规范性文件" }.All(row =>
            now[$"t2.{row}.in_force"] == before[$"t2.{row}.in_force"] + now[$"t2.{row}.issued"] - now[$"t2.{row}.repealed"]);
    }

    [Property(MaxTest = 200)]
    public bool R10_PassesOnConsecutiveYears_WhenNothingWasRevised(int seed)
    {
        var register = RandomRegister(seed, withRevisions: false);
        var findings = ReportChecks.Run(Report(register, seed, Year), Report(register, seed, Year - 1));
        return findings.All(f => f.RuleId is not ("R10" or "R6" or "X1"));
    }

    [Property(MaxTest = 100)]
    public bool EveryTableTwoCell_IsDerivedOrNamedAsUnderived_InBothFormats(int seed, bool withStatistics, bool f2019)
    {
        var format = f2019 ? ReportFormat.F2019 : ReportFormat.F2021;
        var t = ProactiveTableCounter.Count(RandomRegister(seed, true), withStatistics ? RandomStatistics(seed, Year) : null, Year, format);
        var all = ReportLayout.For(format).Cells.Where(c => c.Table == ReportTable.Proactive).Select(c => c.Id).Order().ToList();
        var covered = t.Cells.Keys.Concat(t.Underived.Select(u => u.CellId)).Order().ToList();
        return covered.SequenceEqual(all);
    }

    [Property(MaxTest = 200)]
    public bool FeeAmountIn万元_TimesAMillion_IsTheAmountIn分(long fen)
    {
        long f = Math.Abs(fen % 1_000_000_000_000_000);
        return EnforcementStatistics.FenToWan(f) * EnforcementStatistics.FenPerWan == f;
    }
}
