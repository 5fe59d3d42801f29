using FsCheck.Xunit;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Reading.Text;
using Gongkai.Documents.Tests.Support;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// Generated reports with non-zero values, written as copied text the way the seed is (tab-separated tables, torn
/// labels, half- and full-width brackets, headings at any level), read back to exactly the same cells.
/// </summary>
public class TextVariantReadingTests
{
    [Property(MaxTest = 60)]
    public void GeneratedReport_AsCleanTabText_ReadsBackExactly(int seed, bool trialFormat)
    {
        var report = Samples.Report(seed, trialFormat ? ReportFormat.F2019 : ReportFormat.F2021);
        string text = new SeedStyleText(new Random(seed), TextDamage.None).Write(report);

        var reading = ReportTextReader.Read(text);

        Assert.Empty(reading.Problems);
        ReadBackAssert.SameCells(report, reading.Report!);
        ReadBackAssert.SameSections(report, reading.Report!);
        ReadBackAssert.SameIdentity(report, reading.Report!);
    }

    [Property(MaxTest = 100)]
    public void GeneratedReport_WithTheSeedsExtractionDamage_ReadsBackExactly(int seed, bool trialFormat)
    {
        var report = Samples.Report(seed, trialFormat ? ReportFormat.F2019 : ReportFormat.F2021);
        string text = new SeedStyleText(new Random(seed), TextDamage.LikeTheSeed).Write(report);

        var reading = ReportTextReader.Read(text);

        Assert.Empty(reading.Problems);
        ReadBackAssert.SameCells(report, reading.Report!);
        ReadBackAssert.SameSections(report, reading.Report!, sameHeadings: false);
    }

    [Property(MaxTest = 60)]
    public void GeneratedReport_WithBlankDashAndNotApplicableCells_KeepsEachKindDistinct(int seed, bool trialFormat)
    {
        var report = Samples.Report(seed, trialFormat ? ReportFormat.F2019 : ReportFormat.F2021, withNonNumbers: true);
        string text = new SeedStyleText(new Random(seed), TextDamage.LikeTheSeed).Write(report);

        var reading = ReportTextReader.Read(text);

        Assert.Empty(reading.Problems);
        ReadBackAssert.SameCells(report, reading.Report!);
    }

    [Property(MaxTest = 30)]
    public void GeneratedReport_WithFullWidthDigitsAndTraditionalLabels_ReadsBackExactly(int seed)
    {
        var report = Samples.Report(seed, ReportFormat.F2021);
        var damage = TextDamage.LikeTheSeed with { FullWidthDigits = true, Traditional = true };
        string text = new SeedStyleText(new Random(seed), damage).Write(report);

        var reading = ReportTextReader.Read(text);

        Assert.Empty(reading.Problems);
        ReadBackAssert.SameCells(report, reading.Report!);
    }

    [Fact]
    public void FormatDetection_UsesTheLabels_EvenWhenTheYearSaysOtherwise()
    {
        var report = Samples.Report(3, ReportFormat.F2019);
        report.Year = 2023;
        string text = new SeedStyleText(new Random(3), TextDamage.None).Write(report);

        Assert.Equal(ReportFormat.F2019, ReportTextReader.Read(text).Report!.Format);
    }

    [Fact]
    public void FlattenedRow_WithDigitsRunTogether_IsSplitByTheTotalColumnRule()
    {
        var text = Flattened("一、本年新收政府信息公开申请数量15130000154二、上年结转政府信息公开申请数量0000000");

        var report = ReportTextReader.Read(text).Report!;

        decimal[] expected = [151, 3, 0, 0, 0, 0, 154];
        for (int c = 0; c < 7; c++) Assert.Equal(expected[c], report.RequestCount("r1", $"c{c + 1}"));
        Assert.Equal(0, report.RequestCount("r2", "c7"));
    }

    [Fact]
    public void FlattenedRow_ThatSplitsMoreThanOneWay_IsReportedAmbiguousWithItsCandidates()
    {
        // 22,0,0,0,0,0,22 and 2,20,0,0,0,0,22 both add up.
        var reading = ReportTextReader.Read(Flattened("一、本年新收政府信息公开申请数量220000022"));

        var report = reading.Report!;
        Assert.Null(report["t3.r1.c1"]);
        Assert.Equal([2m, 22m], report.AmbiguousCells["t3.r1.c1"]);
        Assert.Equal(22, report.RequestCount("r1", "c7"));
        Assert.Contains(reading.Problems, p => p is { Kind: ReadProblemKind.Ambiguous, Part: "t3.r1.c1" });
    }

    [Fact]
    public void NumberingStuckToThePreviousRowsDigits_IsTakenAsNumbering()
    {
        var report = ReportTextReader.Read(Flattened(
            "（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开3000003")).Report!;

        Assert.Equal(0, report.RequestCount("r3.3.1", "c7"));
        Assert.Equal(3, report.RequestCount("r3.3.2", "c1"));
        Assert.Equal(3, report.RequestCount("r3.3.2", "c7"));
    }

    [Fact]
    public void ExtraRowAndSubtotalColumn_AreReportedAsExtras_AndTheFormatsCellsStillRead()
    {
        string text = "## 三、收到和处理政府信息公开申请情况\n\n" +
                      "申请人情况\t自然人\t法人或其他组织\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计\t总计\n" +
                      "一、本年新收政府信息公开申请数量\t1\t2\t0\t0\t0\t0\t2\t3\n" +
                      "其中：网上申请\t1\t1\t0\t0\t0\t0\t1\t2\n" +
                      "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\t0\n";

        var report = ReportTextReader.Read(text).Report!;

        Assert.Equal(3, report.RequestCount("r1", "c7"));
        Assert.Equal(2, report.RequestCount("r1", "c2"));
        Assert.Contains(report.Extras, e => e.Label == "小计");
        Assert.Contains(report.Extras, e => e.Label.Contains("网上申请"));
    }

    private static string Flattened(string tableThree) =>
        "某县自然资源局2023年政府信息公开工作年度报告 三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" +
        "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他" + tableThree + "四、政府信息公开行政复议、行政诉讼情况";
}
