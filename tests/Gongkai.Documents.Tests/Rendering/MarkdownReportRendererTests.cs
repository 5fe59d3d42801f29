using FsCheck.Xunit;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Reading.Text;
using Gongkai.Documents.Rendering.Markdown;
using Gongkai.Documents.Tests.Support;

namespace Gongkai.Documents.Tests.Rendering;

public class MarkdownReportRendererTests
{
    [Property(MaxTest = 100)]
    public void RenderedMarkdown_ReadBack_GivesIdenticalCellsSectionsAndIdentity(int seed, bool trialFormat)
    {
        var report = Samples.Report(seed, trialFormat ? ReportFormat.F2019 : ReportFormat.F2021);

        var reading = ReportTextReader.Read(MarkdownReportRenderer.Render(report));

        Assert.Empty(reading.Problems);
        ReadBackAssert.SameCells(report, reading.Report!);
        ReadBackAssert.SameSections(report, reading.Report!);
        ReadBackAssert.SameIdentity(report, reading.Report!);
        Assert.Equal(report.Title, reading.Report!.Title);
    }

    [Property(MaxTest = 100)]
    public void RenderedMarkdown_WithBlankDashAndNotApplicableCells_ReadsBackToTheSameKinds(int seed, bool trialFormat)
    {
        var report = Samples.Report(seed, trialFormat ? ReportFormat.F2019 : ReportFormat.F2021, withNonNumbers: true);

        var reading = ReportTextReader.Read(MarkdownReportRenderer.Render(report));

        Assert.Empty(reading.Problems);
        ReadBackAssert.SameCells(report, reading.Report!);
    }

    [Fact]
    public void Seed_RenderedAndReadBack_KeepsItsCells_AndGetsTheOfficialHeadingForPartFive()
    {
        var seed = ReportTextReader.Read(SharedFiles.Seed).Report!;

        string markdown = MarkdownReportRenderer.Render(seed);
        var again = ReportTextReader.Read(markdown).Report!;

        ReadBackAssert.SameCells(seed, again);
        ReadBackAssert.SameSections(seed, again, sameHeadings: false);
        Assert.Contains("\n## 五、存在的主要问题及改进情况\n", markdown);
        Assert.Equal("五、存在的主要问题及改进情况", again.Sections[SectionId.ProblemsAndImprovements].Heading);
        Assert.Equal(seed.Preamble, again.Preamble);
    }

    [Fact]
    public void Render_WritesTheTitleAndTheSixOfficialHeadingsInOrder()
    {
        var report = Samples.Report(11, ReportFormat.F2021);

        string markdown = MarkdownReportRenderer.Render(report);

        Assert.StartsWith($"# {report.Title}\n", markdown);
        int at = 0;
        foreach (var section in report.Layout.Sections)
        {
            int next = markdown.IndexOf($"\n## {section.Heading}\n", at, StringComparison.Ordinal);
            Assert.True(next > at, section.Heading);
            at = next;
        }
    }

    [Theory]
    [InlineData(ReportFormat.F2021)]
    [InlineData(ReportFormat.F2019)]
    public void Render_WritesEveryLabelOfTheFormatVerbatim(ReportFormat format)
    {
        var report = Samples.Report(5, format);
        var layout = report.Layout;

        string markdown = MarkdownReportRenderer.Render(report);

        var labels = layout.ProactiveBlocks.SelectMany(b => b.Columns.Select(c => c.Label).Concat(b.Rows).Append(b.Caption))
            .Concat(layout.RequestRows.Select(r => r.Label))
            .Concat(layout.RequestColumns.Select(c => c.Label))
            .Concat(layout.AppealColumns.Select(c => c.Label))
            .Concat(layout.AppealColumns.Select(c => c.SubGroup).OfType<string>())
            .Concat([ReportLayout.RequestTableNote, ReportLayout.ApplicantGroupLabel, ReportLayout.OrganizationGroupLabel,
                     ReportLayout.ReconsiderationLabel, ReportLayout.LitigationLabel, ProactiveBlock.ContentHeading]);
        foreach (var label in labels) Assert.Contains($"| {label} |", markdown);
    }

    [Fact]
    public void Render_WritesEachTableAsPipeRowsOfOneWidth_WithADelimiterRowUnderTheFirst()
    {
        string markdown = MarkdownReportRenderer.Render(Samples.Report(2, ReportFormat.F2021));

        var tables = markdown.Split("\n\n").Where(block => block.StartsWith('|')).ToList();
        Assert.Equal(4 + 1 + 1, tables.Count);
        foreach (var table in tables)
        {
            var rows = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Single(rows.Select(r => r.Count(c => c == '|')).Distinct());
            Assert.Matches(@"^\|( --- \|)+$", rows[1]);
        }
    }

    [Fact]
    public void Render_WritesBlankAndAbsentCellsEmpty_AndDashesAsStated()
    {
        var report = Samples.Report(4, ReportFormat.F2021);
        report.Set("t4.a1", CellValue.Blank);
        report.Set("t4.a2", CellValue.DashOf("——"));
        report.Set("t4.a3", CellValue.NotApplicableOf("不适用"));
        report.Unset("t4.a4");

        string markdown = MarkdownReportRenderer.Render(report);

        string dataRow = markdown.Split('\n').Single(l => l.StartsWith("| | —— | 不适用 | |", StringComparison.Ordinal));
        Assert.Equal(16, dataRow.Count(c => c == '|'));
    }
}
