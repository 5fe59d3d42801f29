using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using FsCheck.Xunit;
using Gongkai.Core.Reporting;
using Gongkai.Documents.Rendering.Docx;
using Gongkai.Documents.Rendering.Tables;

namespace Gongkai.Documents.Tests.Rendering.Exports;

public class DocxReportRendererTests
{
    // A4 and the GB/T 9704 margins in twentieths of a point: 210 × 297 mm; top 37, bottom 35, left 28, right 26 mm.
    private const int A4WidthTwips = 11906, A4HeightTwips = 16838;
    private const int TopTwips = 2098, BottomTwips = 1984, LeftTwips = 1587, RightTwips = 1474;

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static Body BodyOf(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    [Theory]
    [InlineData(ReportFormat.F2021)]
    [InlineData(ReportFormat.F2019)]
    public void Document_IsValidOpenXml(ReportFormat format)
    {
        using var document = Open(DocxReportRenderer.Render(TestReports.AsRead(5, format)));

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Page_IsA4_WithTheGbt9704Margins_MirroredForDoubleSidedPrinting()
    {
        using var document = Open(DocxReportRenderer.Render(TestReports.Consistent(1, ReportFormat.F2021)));

        var section = BodyOf(document).Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((uint)A4WidthTwips, size.Width!.Value);
        Assert.Equal((uint)A4HeightTwips, size.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(TopTwips, margin.Top!.Value);
        Assert.Equal(BottomTwips, margin.Bottom!.Value);
        Assert.Equal((uint)LeftTwips, margin.Left!.Value);
        Assert.Equal((uint)RightTwips, margin.Right!.Value);
        Assert.NotNull(document.MainDocumentPart!.DocumentSettingsPart!.Settings!.GetFirstChild<MirrorMargins>());
    }

    [Fact]
    public void Styles_SetTheGbt9704Type_WithEastAsianFontsAndChineseLanguage()
    {
        using var document = Open(DocxReportRenderer.Render(TestReports.Consistent(2, ReportFormat.F2021)));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var fonts = DocxFonts.Default;

        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal(fonts.Body, defaults.RunFonts!.EastAsia!.Value);
        Assert.Equal(fonts.Body, defaults.RunFonts.Ascii!.Value);
        Assert.Equal("zh-CN", defaults.Languages!.EastAsia!.Value);
        Assert.Equal("32", defaults.FontSize!.Val!.Value); // 3号 = 16 pt

        Style StyleOf(string id) => styles.Elements<Style>().Single(s => s.StyleId == id);
        var title = StyleOf(DocxReportRenderer.TitleStyleId);
        Assert.Equal("44", title.StyleRunProperties!.FontSize!.Val!.Value); // 2号 = 22 pt
        Assert.Equal(fonts.Title, title.StyleRunProperties.RunFonts!.EastAsia!.Value);
        Assert.Equal(JustificationValues.Center, title.StyleParagraphProperties!.Justification!.Val!.Value);

        Assert.Equal(fonts.Heading, StyleOf(DocxReportRenderer.HeadingStyleId).StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal(fonts.Subheading, StyleOf(DocxReportRenderer.SubheadingCharStyleId).StyleRunProperties!.RunFonts!.EastAsia!.Value);

        var body = StyleOf(DocxReportRenderer.BodyStyleId).StyleParagraphProperties!;
        Assert.Equal("640", body.Indentation!.FirstLine!.Value); // two 16 pt characters
        Assert.Equal(200, body.Indentation.FirstLineChars!.Value);
        var spacing = styles.DocDefaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.SpacingBetweenLines!;
        Assert.Equal(LineSpacingRuleValues.Exact, spacing.LineRule!.Value);
        Assert.InRange(int.Parse(spacing.Line!.Value!), 560, 580); // 28–29 pt
    }

    [Fact]
    public void FontMapping_IsConfigurable()
    {
        var options = new DocxRenderOptions { Fonts = DocxFonts.Official };
        using var document = Open(DocxReportRenderer.Render(TestReports.Consistent(3, ReportFormat.F2021), options));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

        Assert.Equal("仿宋_GB2312", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.EastAsia!.Value);
        Assert.Equal("黑体", styles.Elements<Style>().Single(s => s.StyleId == DocxReportRenderer.HeadingStyleId).StyleRunProperties!.RunFonts!.EastAsia!.Value);
    }

    [Property(MaxTest = 6)]
    public void Body_HasTheTitle_TheSixOfficialHeadingsInOrder_AndTheProse(int seed, bool trialFormat)
    {
        var report = TestReports.Consistent(seed, TestReports.FormatOf(trialFormat));
        using var document = Open(DocxReportRenderer.Render(report));
        var paragraphs = BodyOf(document).Elements<Paragraph>().ToList();
        string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

        Assert.Equal(report.Title, paragraphs.Single(p => StyleOf(p) == DocxReportRenderer.TitleStyleId).InnerText);
        Assert.Equal(report.Layout.Sections.Select(s => s.Heading),
            paragraphs.Where(p => StyleOf(p) == DocxReportRenderer.HeadingStyleId).Select(p => p.InnerText));
        var texts = paragraphs.Select(p => p.InnerText).ToList();
        foreach (var section in report.Sections.Values)
            foreach (var line in section.Body.Split('\n').Where(l => l.Trim().Length > 0))
                Assert.Contains(line.Trim(), texts);
        // A （一） lead-in is set in the 楷体 character style, the rest of the paragraph in the body face.
        var lead = paragraphs.First(p => p.InnerText.StartsWith("（一）", StringComparison.Ordinal));
        Assert.Equal(DocxReportRenderer.SubheadingCharStyleId, lead.Elements<Run>().First().RunProperties!.RunStyle!.Val!.Value);
    }

    [Property(MaxTest = 8)]
    public void Tables_ReproduceTheGridsCellForCell_WithTheirMerges(int seed, bool trialFormat)
    {
        var report = TestReports.AsRead(seed, TestReports.FormatOf(trialFormat));
        using var document = Open(DocxReportRenderer.Render(report));
        var tables = BodyOf(document).Elements<Table>().ToList();
        var grids = ReportTableGrids.All(report);
        Assert.Equal(grids.Count, tables.Count);

        for (int t = 0; t < grids.Count; t++)
        {
            var expected = grids[t].Place().Select(p => (p.Row, p.Column, p.Cell.ColumnSpan, p.Cell.RowSpan, p.Cell.Text));
            var actual = DocxTables.Cells(tables[t]).Select(c => (c.Row, c.Column, c.ColumnSpan, c.RowSpan, c.Text));
            Assert.Equal(expected, actual);
        }
    }

    [Property(MaxTest = 6)]
    public void EveryValue_StandsInTheTableCellOfItsRowLabelAndColumn(int seed, bool trialFormat)
    {
        // Independent of the grids: find each row by its verbatim label, then read the values at the right of it.
        var report = TestReports.AsRead(seed, TestReports.FormatOf(trialFormat));
        var layout = report.Layout;
        using var document = Open(DocxReportRenderer.Render(report));
        var tables = BodyOf(document).Elements<Table>().Select(DocxTables.Rows).ToList();
        string Value(string id) => report[id]?.ToString() ?? "";

        foreach (var block in layout.ProactiveBlocks)
            foreach (var label in block.Rows)
            {
                var row = tables[0].Single(r => r[0].Text == label && r.Skip(1).Select(c => c.Text).SequenceEqual(block.Columns.Select(col => Value(ReportLayout.ProactiveCellId(label, col.Key)))));
                Assert.Equal(block.Columns.Count + 1, row.Count);
            }

        foreach (var requestRow in layout.RequestRows.Where(r => r.HasCells))
        {
            var row = tables[1].Single(r => r.Any(c => c.Text == requestRow.Label && c.Element.InnerText == requestRow.Label && c.RowSpan == 1));
            Assert.Equal(layout.RequestColumns.Select(c => Value(ReportLayout.RequestCellId(requestRow.Id, c.Id))), row.TakeLast(7).Select(c => c.Text));
        }

        Assert.Equal(layout.AppealColumns.Select(c => Value(ReportLayout.AppealCellId(c.Id))), tables[2][^1].Select(c => c.Text));
    }

    [Theory]
    [InlineData(ReportFormat.F2021)]
    [InlineData(ReportFormat.F2019)]
    public void MergedHeads_FollowTheOfficialForm(ReportFormat format)
    {
        using var document = Open(DocxReportRenderer.Render(AnnualReport.Empty(format)));
        var tables = BodyOf(document).Elements<Table>().Select(DocxTables.Cells).ToList();
        DocxCell Head(int table, string text) => tables[table].First(c => c.Text == text);

        Assert.Equal(7, Head(1, "申请人情况").ColumnSpan);
        Assert.Equal(5, Head(1, "法人或其他组织").ColumnSpan);
        Assert.Equal(2, Head(1, "自然人").RowSpan);
        Assert.Equal(2, Head(1, "总计").RowSpan);
        Assert.Equal(3, Head(1, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）").RowSpan);
        Assert.Equal(8, Head(1, "（三）不予公开").RowSpan);
        Assert.Equal(format == ReportFormat.F2021 ? 22 : 20, Head(1, "三、本年度办理结果").RowSpan);

        Assert.Equal(5, Head(2, "行政复议").ColumnSpan);
        Assert.Equal(10, Head(2, "行政诉讼").ColumnSpan);
        Assert.Equal(5, Head(2, "未经复议直接起诉").ColumnSpan);
        Assert.Equal(5, Head(2, "复议后起诉").ColumnSpan);
        Assert.Equal(2, Head(2, "结果维持").RowSpan); // 行政复议's outcome heads span levels two and three
    }

    [Fact]
    public void Tables_FitTheTypeArea_RepeatTheirHeadRows_AndSetTableFourSmaller()
    {
        using var document = Open(DocxReportRenderer.Render(TestReports.Consistent(4, ReportFormat.F2021)));
        var tables = BodyOf(document).Elements<Table>().ToList();
        int typeArea = 8844; // 156 mm

        foreach (var table in tables)
        {
            Assert.InRange(table.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableGrid>()!.Elements<GridColumn>().Sum(g => int.Parse(g.Width!.Value!)), typeArea - 5, typeArea);
            Assert.Equal(TableLayoutValues.Fixed, table.GetFirstChild<TableProperties>()!.TableLayout!.Type!.Value);
            Assert.All(table.Elements<TableRow>(), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));
        }
        int HeaderRows(Table t) => t.Elements<TableRow>().TakeWhile(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null).Count();
        Assert.Equal(3, HeaderRows(tables[1]));
        Assert.Equal(3, HeaderRows(tables[2]));

        var sizes = tables[2].Descendants<Run>().Select(r => r.RunProperties!.FontSize!.Val!.Value).Distinct();
        Assert.Equal(["18"], sizes); // 小五 = 9 pt
    }

    [Fact]
    public void Footers_PrintThePageNumberBetweenDashes_RightOnOddPagesLeftOnEven()
    {
        using var document = Open(DocxReportRenderer.Render(TestReports.Consistent(6, ReportFormat.F2021)));
        var main = document.MainDocumentPart!;
        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());

        var section = BodyOf(document).Elements<SectionProperties>().Single();
        Footer FooterOf(HeaderFooterValues type) =>
            ((FooterPart)main.GetPartById(section.Elements<FooterReference>().Single(f => f.Type!.Value == type).Id!.Value!)).Footer!;
        foreach (var (type, side) in new[] { (HeaderFooterValues.Default, JustificationValues.Right), (HeaderFooterValues.Even, JustificationValues.Left) })
        {
            var paragraph = FooterOf(type).Elements<Paragraph>().Single();
            Assert.Equal("— 1 —", paragraph.InnerText.Replace(" PAGE ", ""));
            Assert.Equal(" PAGE ", paragraph.Descendants<FieldCode>().Single().Text);
            Assert.Equal(side, paragraph.ParagraphProperties!.Justification!.Val!.Value);
        }
    }

    [Property(MaxTest = 6)]
    public void UnreadCells_AreEmptyOnGrey_UndecidedOnYellow_AndWrittenCellsAsWritten(int seed, bool trialFormat)
    {
        var report = TestReports.AsRead(seed, TestReports.FormatOf(trialFormat));
        using var document = Open(DocxReportRenderer.Render(report));
        var body = BodyOf(document);
        var tables = body.Elements<Table>().ToList();
        var grids = ReportTableGrids.All(report);

        for (int t = 0; t < grids.Count; t++)
        {
            var cells = DocxTables.Cells(tables[t]).ToDictionary(c => (c.Row, c.Column));
            foreach (var placed in grids[t].Place().Where(p => p.Cell.Role == GridCellRole.Data))
            {
                var cell = cells[(placed.Row, placed.Column)];
                var fill = cell.Element.TableCellProperties!.Shading?.Fill?.Value;
                var id = placed.Cell.CellId!;
                if (report[id] is { } value)
                {
                    Assert.Equal(value.ToString(), cell.Text);
                    Assert.Null(fill);
                }
                else
                {
                    Assert.Equal("", cell.Text);
                    Assert.Equal(report.AmbiguousCells.ContainsKey(id) ? "FFF2CC" : "D9D9D9", fill);
                }
            }
        }
        var notes = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == DocxReportRenderer.TableNoteStyleId).Select(p => p.InnerText).ToList();
        foreach (var (id, candidates) in report.AmbiguousCells)
            Assert.Contains(notes, n => n.Contains(id, StringComparison.Ordinal) && n.Contains(string.Join("、", candidates), StringComparison.Ordinal));
    }
}
