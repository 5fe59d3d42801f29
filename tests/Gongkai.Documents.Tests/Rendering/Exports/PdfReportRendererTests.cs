using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Pdf;
using Gongkai.Documents.Rendering.Tables;
using FsCheck.Xunit;

namespace Gongkai.Documents.Tests.Rendering.Exports;

public class PdfReportRendererTests
{
    private const double A4Width = 595.28, A4Height = 841.89;

    [Property(MaxTest = 6)]
    public void ExtractedText_HoldsEveryHeadingParagraphLabelAndValue_InReadingOrder(int seed, bool trialFormat)
    {
        var report = TestReports.Consistent(seed, TestReports.FormatOf(trialFormat));
        var text = new PdfText(PdfReportRenderer.Render(report));

        text.AssertInOrder(ReadingOrder.Of(report));
    }

    [Fact]
    public void ReadingOrderExpectation_CoversEveryLabelOfTheFormatAndEveryValue()
    {
        // Guards the test above: the lines it looks for name every label and value of the report.
        foreach (var format in new[] { ReportFormat.F2021, ReportFormat.F2019 })
        {
            var report = TestReports.Consistent(7, format);
            var expected = string.Concat(ReadingOrder.Of(report).SelectMany(l => l.Tokens));
            foreach (var item in ReadingOrder.LabelsAndValues(report)) Assert.Contains(item, expected);
            Assert.Equal(report.Layout.Cells.Count, ReportTableGrids.All(report).Sum(g => g.DataCells.Count()));
        }
    }

    [Theory]
    [InlineData(ReportFormat.F2021, 11)]
    [InlineData(ReportFormat.F2019, 12)]
    public void EveryPage_IsA4_AndEveryFontIsEmbedded(ReportFormat format, int seed)
    {
        var pdf = PdfReportRenderer.Render(TestReports.Consistent(seed, format));

        var text = new PdfText(pdf);
        Assert.InRange(text.PageCount, 2, 6);
        Assert.All(text.PageSizes, size =>
        {
            Assert.Equal(A4Width, size.Width, 0.5);
            Assert.Equal(A4Height, size.Height, 0.5);
        });
        var fonts = PdfText.Fonts(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"font {f.Font} is not embedded"));
    }

    [Theory]
    [InlineData(ReportFormat.F2021, 21)]
    [InlineData(ReportFormat.F2019, 22)]
    public void RequestTableValues_StandUnderTheirColumnHeads_OnTheRowOfTheirLabel(ReportFormat format, int seed)
    {
        var report = TestReports.Consistent(seed, format);
        var found = new PdfText(PdfReportRenderer.Render(report)).AssertInOrder(ReadingOrder.Of(report));
        TableGeometry.AssertRequestTable(found);
    }

    [Fact]
    public void AppealTable_PrintsFifteenValuesOnOneLine_UnderTheirMergedHeads()
    {
        var report = TestReports.Consistent(31, ReportFormat.F2021);
        var found = new PdfText(PdfReportRenderer.Render(report)).AssertInOrder(ReadingOrder.Of(report));
        TableGeometry.AssertAppealTable(found);
    }

    [Property(MaxTest = 5)]
    public void CellsAsRead_AreWrittenAsIs_AndUnreadOrUndecidedCellsAreExplainedUnderTheTable(int seed, bool trialFormat)
    {
        var report = TestReports.AsRead(seed, TestReports.FormatOf(trialFormat));
        var text = PdfText.Normalize(new PdfText(PdfReportRenderer.Render(report)).Text);

        foreach (var cell in report.Cells.Where(c => !c.Value.IsNumber && c.Value.Text is { Length: > 0 }))
            Assert.Contains(PdfText.Normalize(cell.Value.Text!), text);
        bool anyNotRead = report.Layout.Cells.Any(c => report[c.Id] is null && !report.AmbiguousCells.ContainsKey(c.Id));
        Assert.Equal(anyNotRead, text.Contains("注：灰底单元格未能读取。"));
        foreach (var id in report.AmbiguousCells.Keys) Assert.Contains($"黄底单元格{id}的数值无法确定", text);
    }

    [Theory]
    [InlineData(ReportFormat.F2021, 51)]
    [InlineData(ReportFormat.F2019, 52)]
    public void RequestTable_SplitOverPages_RepeatsItsHeadOnEachPage_AndWrapsLongLabelsInsideTheirCell(ReportFormat format, int seed)
    {
        var report = TestReports.Consistent(seed, format);
        // 四号 table text makes table 三 longer than a page.
        var text = new PdfText(PdfReportRenderer.Render(report, new PdfRenderOptions { TableFontSize = 14 }));
        var found = text.AssertInOrder(ReadingOrder.Of(report));

        var rows = found.Where(f => f.Line.Table == ReportTable.Requests).ToList();
        var pages = rows.Skip(3).SelectMany(r => r.Tokens.SelectMany(t => t)).Select(g => g.Page).Distinct().ToList();
        Assert.True(pages.Count > 1, "table 三 was expected to run over a page break");
        int heads = CountOf(text.Text, ReportLayout.ApplicantGroupLabel);
        Assert.Equal(pages.Count, heads);

        // 1.申请人无正当理由逾期不补正、… is longer than its column: it runs over several lines left of the values.
        var longest = rows.Skip(3).Select(r => (Label: r.Tokens[^8], Values: r.Tokens.TakeLast(7).ToList())).MaxBy(r => r.Label.Count);
        Assert.True(longest.Label.Select(g => g.Baseline).Distinct().Count() > 1);
        Assert.True(longest.Label.Max(g => g.Right) <= longest.Values[0].Min(g => g.Left));
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    [Fact]
    public void MissingFontFile_FailsNamingTheFileAndTheDebianPackage()
    {
        var options = new PdfRenderOptions { Fonts = PdfFonts.Single("/nonexistent/fonts/song.ttf") };

        var error = Assert.Throws<FileNotFoundException>(() => PdfReportRenderer.Render(AnnualReport.Empty(ReportFormat.F2021), options));
        Assert.Contains("/nonexistent/fonts/song.ttf", error.Message);
        Assert.Contains("fonts-arphic-gbsn00lp", error.Message);
    }

    [Fact]
    public void FontCollectionFile_IsRefusedWithAClearMessage()
    {
        var options = new PdfRenderOptions { Fonts = PdfFonts.Single("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc") };

        var error = Assert.Throws<ArgumentException>(() => PdfReportRenderer.Render(AnnualReport.Empty(ReportFormat.F2021), options));
        Assert.Contains(".ttc", error.Message);
    }
}
