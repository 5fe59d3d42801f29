using System.Text.RegularExpressions;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Reading.Text;
using Gongkai.Documents.Tests.Support;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>The seed report (红寺堡区科学技术局 2023), read as it is and with parts changed or cut out.</summary>
public class SeedReportReadingTests
{
    private static readonly string Seed = SharedFiles.Seed;

    [Fact]
    public void Seed_IsReadInThe2021Format_WithAllTwoHundredCellsPresentAndZero()
    {
        var reading = ReportTextReader.Read(Seed);

        var report = Assert.IsType<AnnualReport>(reading.Report);
        Assert.Equal(ReportFormat.F2021, report.Format);
        Assert.Equal(200, report.Layout.Cells.Count);
        Assert.Equal(10, report.Layout.Cells.Count(c => c.Table == ReportTable.Proactive));
        Assert.Equal(175, report.Layout.Cells.Count(c => c.Table == ReportTable.Requests));
        Assert.Equal(15, report.Layout.Cells.Count(c => c.Table == ReportTable.Appeals));
        foreach (var cell in report.Layout.Cells)
            Assert.Equal(CellValue.Of(0), report[cell.Id]);
        Assert.Empty(report.AmbiguousCells);
    }

    [Fact]
    public void Seed_ReadsWithoutProblemsOrExtras()
    {
        var reading = ReportTextReader.Read(Seed);

        Assert.Empty(reading.Problems);
        Assert.Empty(reading.Report!.Extras);
        Assert.Empty(reading.Report.AbsentLabels);
        Assert.Equal(ReportTextReader.Version, reading.ReaderVersion);
    }

    [Fact]
    public void Seed_AgencyYearAndTitle_AreTakenFromTheTitleSplitOverTwoHeadings()
    {
        var report = ReportTextReader.Read(Seed).Report!;

        Assert.Equal("红寺堡区科学技术局", report.AgencyName);
        Assert.Equal(2023, report.Year);
        Assert.Equal("红寺堡区科学技术局2023年政府信息公开工作年度报告", report.Title);
        Assert.StartsWith("根据《中华人民共和国政府信息公开条例》", report.Preamble);
    }

    [Fact]
    public void Seed_SixSections_AreFound_AndTheHeadingOfPartFiveIsKeptAsWritten()
    {
        var report = ReportTextReader.Read(Seed).Report!;

        Assert.Equal(Enum.GetValues<SectionId>(), report.Sections.Keys.Order());
        Assert.Equal("五、存在主要问题及改进情况", report.Sections[SectionId.ProblemsAndImprovements].Heading);
        Assert.Equal("一、总体情况", report.Sections[SectionId.Overview].Heading);
        Assert.Equal("四、政府信息公开行政复议、行政诉讼情况", report.Sections[SectionId.Appeals].Heading);
    }

    [Fact]
    public void Seed_SectionBodies_HoldTheProseAndNoTableText()
    {
        var report = ReportTextReader.Read(Seed).Report!;

        Assert.Contains("225 条", report.Sections[SectionId.Overview].Body);
        Assert.Contains("（五）监督保障情况。一是组织管理", report.Sections[SectionId.Overview].Body);
        Assert.DoesNotContain("**", report.Sections[SectionId.Overview].Body); // Markdown bold is layout, not text
        Assert.Equal("", report.Sections[SectionId.ProactiveDisclosure].Body);
        Assert.Equal("", report.Sections[SectionId.Requests].Body);
        Assert.Equal("", report.Sections[SectionId.Appeals].Body);
        Assert.StartsWith("2023年，我局按照政府信息公开条例", report.Sections[SectionId.ProblemsAndImprovements].Body);
        Assert.EndsWith("未收取信息处理费。", report.Sections[SectionId.OtherMatters].Body);
    }

    [Fact]
    public void Seed_WithTableThreeCutOut_LeavesEveryTableThreeCellAbsent_AndNamesTheMissingTableAndSection()
    {
        string cut = Cut(Seed, "### 三、收到和处理政府信息公开申请情况", "#### 四、");

        var reading = ReportTextReader.Read(cut);

        var report = reading.Report!;
        Assert.All(report.Layout.Cells.Where(c => c.Table == ReportTable.Requests), c => Assert.Null(report[c.Id]));
        Assert.All(report.Layout.Cells.Where(c => c.Table != ReportTable.Requests), c => Assert.Equal(CellValue.Of(0), report[c.Id]));
        Assert.Contains(reading.Problems, p => p is { Kind: ReadProblemKind.Missing, Part: "t3" });
        Assert.Contains(reading.Problems, p => p is { Kind: ReadProblemKind.Missing, Part: "S3" });
        Assert.Contains("（四）无法提供", report.AbsentLabels);
        Assert.False(report.Sections.ContainsKey(SectionId.Requests));
    }

    [Fact]
    public void Seed_WithTableThreeCutButItsHeadingKept_ReportsOnlyTheTableMissing()
    {
        string cut = Cut(Seed, "(本列数据的勾稽关系为", "#### 四、");

        var reading = ReportTextReader.Read(cut);

        Assert.All(reading.Report!.Layout.Cells.Where(c => c.Table == ReportTable.Requests), c => Assert.Null(reading.Report[c.Id]));
        var missing = Assert.Single(reading.Problems, p => p.Part == "t3");
        Assert.Equal(ReadProblemKind.Missing, missing.Kind);
        Assert.Contains("175", missing.MessageEn);
        Assert.DoesNotContain(reading.Problems, p => p.Part.StartsWith('S'));
    }

    [Fact]
    public void Seed_WithOneRowRemoved_ReportsThatRowMissing_AndReadsAllOthers()
    {
        string text = string.Join('\n', Seed.Split('\n').Where(l => !l.Contains("4.保护第三方合法权益")));

        var reading = ReportTextReader.Read(text);

        var report = reading.Report!;
        var problem = Assert.Single(reading.Problems);
        Assert.Equal((ReadProblemKind.Missing, "t3.r3.3.4"), (problem.Kind, problem.Part));
        Assert.NotNull(problem.Line);
        Assert.All(report.Layout.Cells, c => Assert.Equal(c.RowId == "r3.3.4" ? null : CellValue.Of(0), report[c.Id]));
    }

    [Fact]
    public void Seed_WithTheTornGroupLabelRemoved_ReportsTheGroupLabelAbsent()
    {
        string text = Seed.Replace("(四) 无\t", "\t").Replace("法提供\t", "\t");

        var reading = ReportTextReader.Read(text);

        Assert.Equal(new[] { "（四）无法提供" }, reading.Report!.AbsentLabels);
        Assert.Contains(reading.Problems, p => p is { Kind: ReadProblemKind.Missing, Part: "t3.r3.4" });
        Assert.Equal(200, reading.Report.Cells.Count);
    }

    public static TheoryData<int> CellPositions() => [.. Enumerable.Range(0, 200)];

    [Theory]
    [MemberData(nameof(CellPositions))]
    public void Seed_WithOneNumberChanged_ReadsThatCellWithTheNewValue_AndAllOthersAsZero(int position)
    {
        var layout = ReportLayout.F2021;
        var cell = layout.Cells[position];
        string value = cell.Type == CellValueType.Amount ? "12.5" : "7";

        var report = ReportTextReader.Read(ReplaceValueField(Seed, position, value)).Report!;

        Assert.Equal(CellValue.Of(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)), report[cell.Id]);
        Assert.All(layout.Cells.Where(c => c.Id != cell.Id), c => Assert.Equal(CellValue.Of(0), report[c.Id]));
    }

    [Theory]
    [InlineData("—", CellKind.Dash)]
    [InlineData("/", CellKind.Dash)]
    [InlineData("不适用", CellKind.NotApplicable)]
    [InlineData("", CellKind.Blank)]
    public void Seed_WithACellWrittenAsDashBlankOrNotApplicable_KeepsThatKindInsteadOfZero(string written, CellKind kind)
    {
        int position = ReportLayout.F2021.Cells.ToList().FindIndex(c => c.Id == "t3.r3.3.2.c4");

        var report = ReportTextReader.Read(ReplaceValueField(Seed, position, written)).Report!;

        Assert.Equal(kind, report["t3.r3.3.2.c4"]!.Value.Kind);
        Assert.Equal(200, report.Cells.Count);
    }

    [Fact]
    public void Seed_WithACellHoldingWords_ReportsItUnreadable_AndLeavesItAbsent()
    {
        int position = ReportLayout.F2021.Cells.ToList().FindIndex(c => c.Id == "t4.b3");

        var reading = ReportTextReader.Read(ReplaceValueField(Seed, position, "见附件"));

        Assert.Null(reading.Report!["t4.b3"]);
        var problem = Assert.Single(reading.Problems);
        Assert.Equal((ReadProblemKind.Unreadable, "t4.b3"), (problem.Kind, problem.Part));
        Assert.Contains("见附件", problem.MessageZh);
        Assert.Equal(199, reading.Report.Cells.Count);
    }

    /// <summary>Removes the text from the first occurrence of <paramref name="from"/> up to <paramref name="to"/>.</summary>
    internal static string Cut(string text, string from, string to)
    {
        int start = text.IndexOf(from, StringComparison.Ordinal);
        int end = text.IndexOf(to, start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start);
        return text[..start] + text[end..];
    }

    /// <summary>
    /// Rewrites the n-th value field of the seed's tables. The seed lists its cells in layout order, each as a
    /// tab-separated "0", so the n-th such field is the n-th cell of ReportLayout.
    /// </summary>
    internal static string ReplaceValueField(string seed, int position, string value)
    {
        int tables = seed.IndexOf("## 二、主动公开政府信息情况", StringComparison.Ordinal);
        int end = seed.IndexOf("#### 五、", StringComparison.Ordinal);
        var fields = Regex.Matches(seed[tables..end], @"(?<=^|\t)0(?=\t|\n|$)", RegexOptions.Multiline);
        Assert.Equal(200, fields.Count);
        int at = tables + fields[position].Index;
        return seed[..at] + value + seed[(at + 1)..];
    }
}
